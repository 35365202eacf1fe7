#include "myworkview.h"

#include "myworkmodel.h"
#include "workspace.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

MyWorkView::MyWorkView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new MyWorkModel(workspace.sql(), this)),
      m_heading(new QLabel(this)), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_error(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("myWorkHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_summary->setObjectName(QStringLiteral("myWorkSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("myWorkTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error->setObjectName(QStringLiteral("myWorkError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_error->setPalette(palette);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit householdActivated(index.data(MyWorkModel::IdRole).toString());
    });
    retranslate();
    refresh();
}

void MyWorkView::setToday(const QDate &today)
{
    m_model->setToday(today);
    refresh();
}

void MyWorkView::refresh()
{
    const auto &user = m_workspace.user();
    m_model->setUser(user ? user->id : QString());
    const Status status = m_model->reload();
    if (status) {
        m_error->hide();
    } else {
        const Error &error = status.error();
        m_error->setText(
            tr("Your due visits could not be read: %1")
                .arg(Error{error.message, QDir::toNativeSeparators(error.where)}.toString()));
        m_error->show();
    }
    m_table->resizeColumnsToContents();
    updateSummary();
}

void MyWorkView::updateSummary()
{
    if (!m_workspace.user()) {
        m_summary->setText(tr("Sign in to see the visits due in your households."));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No visits are due within 7 days in the households you filed or "
                              "visited, and none is overdue."));
        return;
    }
    const qsizetype overdue = m_model->overdueCount();
    const qsizetype drafts = m_model->draftCount();
    const qsizetype thisWeek = m_model->rowCount() - overdue - drafts;
    if (drafts == 0) {
        m_summary->setText(tr("%1 overdue, %2 due within 7 days, among the households you filed or "
                              "visited. Double-click one to open its file.")
                               .arg(overdue)
                               .arg(thisWeek));
        return;
    }
    m_summary->setText(tr("%1 overdue, %2 due within 7 days and %3 drafts not yet filed, among the "
                          "households you entered or visited. Double-click one to open its file.")
                           .arg(overdue)
                           .arg(thisWeek)
                           .arg(drafts));
}

void MyWorkView::retranslate()
{
    m_heading->setText(tr("My work"));
    m_model->retranslate();
    updateSummary();
}

void MyWorkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

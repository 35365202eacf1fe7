#include "coverageview.h"

#include "coveragemodel.h"
#include "workspace.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

CoverageView::CoverageView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new CoverageModel(workspace.sql(), this)),
      m_heading(new QLabel(this)), m_yearLabel(new QLabel(this)), m_year(new QComboBox(this)),
      m_tree(new QTreeView(this)), m_error(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("coverageHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_yearLabel->setBuddy(m_year);
    m_tree->setObjectName(QStringLiteral("coverageTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_error->setObjectName(QStringLiteral("coverageError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_error->setPalette(palette);
    m_error->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_tree);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (m_year->currentIndex() >= 0)
            reloadCounts();
    });
    retranslate();
    refresh();
}

void CoverageView::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void CoverageView::refresh()
{
    auto years = Coverage(m_workspace.sql()).years(today());
    const int chosen = m_year->currentIndex() >= 0 ? m_year->currentData().toInt() : today().year();
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        for (int year : years ? years.value() : QList<int>{today().year()})
            m_year->addItem(QString::number(year), year);
        const int index = m_year->findData(chosen);
        m_year->setCurrentIndex(index >= 0 ? index : 0);
    }
    reloadCounts();
    if (!years) {
        m_error->setText(
            tr("The survey coverage could not be read: %1").arg(years.error().toString()));
        m_error->show();
    }
}

void CoverageView::reloadCounts()
{
    m_model->setYear(m_year->currentData().toInt());
    m_model->setToday(today());
    const Status status = m_model->reload();
    if (status) {
        m_error->hide();
    } else {
        const Error &error = status.error();
        m_error->setText(
            tr("The survey coverage could not be read: %1")
                .arg(Error{error.message, QDir::toNativeSeparators(error.where)}.toString()));
        m_error->show();
    }
    m_tree->header()->setSectionResizeMode(CoverageModel::Name, QHeaderView::Stretch);
    for (int column = CoverageModel::Expected; column < CoverageModel::ColumnCount; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

void CoverageView::retranslate()
{
    m_heading->setText(tr("Survey coverage"));
    m_yearLabel->setText(tr("&Year:"));
    m_tree->setToolTip(
        tr("Expected: households in the community's roster. Visited: households with a field "
           "visit in the chosen year. Re-verification overdue: filed households not re-verified "
           "within 12 months."));
    m_model->retranslate();
}

void CoverageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

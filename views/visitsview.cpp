#include "visitsview.h"

#include "areasummary.h"
#include "coverageview.h"
#include "myworkview.h"
#include "workspace.h"

#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

VisitsView::VisitsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_workspace(workspace), m_heading(new QLabel(this)),
      m_description(new QLabel(this)), m_visitsLabel(new QLabel(this)),
      m_visitsValue(new QLabel(this)), m_latestLabel(new QLabel(this)),
      m_latestValue(new QLabel(this)), m_dueLabel(new QLabel(this)), m_dueValue(new QLabel(this)),
      m_error(new QLabel(this)), m_coverage(new CoverageView(workspace)),
      m_myWork(new MyWorkView(workspace))
{
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSize(16);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setObjectName(QStringLiteral("descriptionLabel"));
    m_description->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_error->setPalette(palette);
    m_error->hide();
    m_coverage->setObjectName(QStringLiteral("coverageView"));
    m_myWork->setObjectName(QStringLiteral("myWorkView"));

    auto *figures = new QHBoxLayout;
    for (QLabel *value : {m_visitsValue, m_latestValue, m_dueValue})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    figures->addWidget(m_visitsLabel);
    figures->addWidget(m_visitsValue);
    figures->addSpacing(24);
    figures->addWidget(m_latestLabel);
    figures->addWidget(m_latestValue);
    figures->addSpacing(24);
    figures->addWidget(m_dueLabel);
    figures->addWidget(m_dueValue);
    figures->addStretch();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("visitsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_coverage);
    splitter->addWidget(m_myWork);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addLayout(figures);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_myWork, &MyWorkView::householdActivated, this, &VisitsView::householdActivated);
    retranslate();
}

QString VisitsView::title() const
{
    return tr("Visits");
}

void VisitsView::retranslate()
{
    m_heading->setText(title());
    m_description->setText(
        tr("Field visits and door-to-door surveys, so that no household is missed: coverage "
           "of every community by year, and the visits due in your own households."));
    m_visitsLabel->setText(tr("Visits logged:"));
    m_latestLabel->setText(tr("Most recent visit:"));
    m_dueLabel->setText(tr("Households due now:"));
    refreshFigures();
}

void VisitsView::refresh()
{
    refreshFigures();
    m_coverage->refresh();
    m_myWork->refresh();
}

void VisitsView::refreshFigures()
{
    const auto figures = AreaSummary(m_workspace.sql()).visits(QDate::currentDate());
    if (!figures) {
        const Error &error = figures.error();
        m_error->setText(
            tr("The visit figures could not be read: %1")
                .arg(Error{error.message, QDir::toNativeSeparators(error.where)}.toString()));
        m_error->show();
        return;
    }
    m_error->hide();
    const QLocale locale;
    m_visitsValue->setText(locale.toString(figures->visits));
    m_latestValue->setText(figures->latestVisit.isValid()
                               ? figures->latestVisit.toString(Qt::ISODate)
                               : tr("None yet"));
    m_dueValue->setText(locale.toString(figures->householdsDue));
}

#include "householdsearchbar.h"

#include "codelabels.h"
#include "divisions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

HouseholdSearchBar::HouseholdSearchBar(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_text(new QLineEdit(this)),
      m_division(new QComboBox(this)), m_category(new QComboBox(this)),
      m_status(new QComboBox(this)), m_overdue(new QCheckBox(this))
{
    m_text->setObjectName(QStringLiteral("searchEdit"));
    m_division->setObjectName(QStringLiteral("divisionFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(260);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_division);
    layout->addWidget(m_category);
    layout->addWidget(m_status);
    layout->addWidget(m_overdue);

    // Typing waits for a pause so that each keystroke does not query; the
    // other filters apply at once.
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(m_text, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(&m_typing, &QTimer::timeout, this, &HouseholdSearchBar::filterChanged);
    for (QComboBox *box : {m_division, m_category, m_status})
        connect(box, &QComboBox::activated, this, &HouseholdSearchBar::filterChanged);
    connect(m_overdue, &QCheckBox::toggled, this, &HouseholdSearchBar::filterChanged);
    retranslate();
}

HouseholdFilter HouseholdSearchBar::filter() const
{
    HouseholdFilter filter;
    filter.text = m_text->text();
    filter.divisionCode = m_division->currentData().toString();
    filter.category = m_category->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    return filter;
}

void HouseholdSearchBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HouseholdSearchBar::retranslate()
{
    m_text->setPlaceholderText(
        tr("Search: name, pinyin or initials, ID number, phone or file number"));
    m_overdue->setText(tr("Re-verification overdue"));
    fillCodes();
}

void HouseholdSearchBar::fillCodes()
{
    // Keep the choices across a language switch: they are stored as data.
    const QString division = m_division->currentData().toString();
    const QString category = m_category->currentData().toString();
    const QString status = m_status->currentData().toString();

    m_division->clear();
    m_division->addItem(tr("All sub-districts and towns"), QString());
    if (auto divisions = Divisions::list(m_db)) {
        for (const DivisionRow &row : divisions.value())
            m_division->addItem(row.name, row.code);
    }
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &code : CodeLabels::hardshipCategories())
        m_category->addItem(CodeLabels::hardshipCategory(code), code);
    m_category->addItem(CodeLabels::hardshipCategory(QString()), QStringLiteral("none"));
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &code : CodeLabels::householdStatuses())
        m_status->addItem(CodeLabels::householdStatus(code), code);

    m_division->setCurrentIndex(std::max(0, m_division->findData(division)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

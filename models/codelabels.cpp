#include "codelabels.h"

#include <QCoreApplication>

namespace {

// The labels are translated when asked for, not when the table is built, so a
// language switch at run time shows the new language at once.
struct Label
{
    const char *code;
    const char *text;
};

template <std::size_t N> QString lookup(const Label (&table)[N], const QString &code)
{
    for (const Label &label : table) {
        if (code == QLatin1String(label.code))
            return QCoreApplication::translate("CodeLabels", label.text);
    }
    return code;
}

template <std::size_t N> QStringList codes(const Label (&table)[N])
{
    QStringList list;
    for (const Label &label : table)
        list.append(QString::fromLatin1(label.code));
    return list;
}

const Label HouseholdStatuses[] = {
    {"identified", QT_TRANSLATE_NOOP("CodeLabels", "Identified")},
    {"filed", QT_TRANSLATE_NOOP("CodeLabels", "Filed")},
    {"exited", QT_TRANSLATE_NOOP("CodeLabels", "Exited")},
};

const Label HardshipCategories[] = {
    {"deep", QT_TRANSLATE_NOOP("CodeLabels", "Deep hardship")},
    {"relative", QT_TRANSLATE_NOOP("CodeLabels", "Relative hardship")},
    {"accident", QT_TRANSLATE_NOOP("CodeLabels", "Hardship from an accident")},
    {"not_eligible", QT_TRANSLATE_NOOP("CodeLabels", "Not eligible")},
};

const Label ClaimStatuses[] = {
    {"draft", QT_TRANSLATE_NOOP("CodeLabels", "Draft")},
    {"submitted", QT_TRANSLATE_NOOP("CodeLabels", "Submitted")},
    {"approved", QT_TRANSLATE_NOOP("CodeLabels", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("CodeLabels", "Rejected")},
    {"paid", QT_TRANSLATE_NOOP("CodeLabels", "Paid")},
};

const Label AidRequestStatuses[] = {
    {"draft", QT_TRANSLATE_NOOP("CodeLabels", "Draft")},
    {"submitted", QT_TRANSLATE_NOOP("CodeLabels", "Submitted")},
    {"returned", QT_TRANSLATE_NOOP("CodeLabels", "Returned")},
    {"approved", QT_TRANSLATE_NOOP("CodeLabels", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("CodeLabels", "Rejected")},
    {"cancelled", QT_TRANSLATE_NOOP("CodeLabels", "Cancelled")},
};

const Label DeviceRoles[] = {
    {"office", QT_TRANSLATE_NOOP("CodeLabels", "Office")},
    {"laptop", QT_TRANSLATE_NOOP("CodeLabels", "Laptop")},
};

} // namespace

namespace CodeLabels {

QStringList householdStatuses()
{
    return codes(HouseholdStatuses);
}
QStringList hardshipCategories()
{
    return codes(HardshipCategories);
}
QStringList claimStatuses()
{
    return codes(ClaimStatuses);
}
QStringList aidRequestStatuses()
{
    return codes(AidRequestStatuses);
}

QString householdStatus(const QString &code)
{
    return lookup(HouseholdStatuses, code);
}

QString hardshipCategory(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("CodeLabels", "Not assessed");
    return lookup(HardshipCategories, code);
}

QString claimStatus(const QString &code)
{
    return lookup(ClaimStatuses, code);
}

QString aidRequestStatus(const QString &code)
{
    return lookup(AidRequestStatuses, code);
}

QString deviceRole(const QString &code)
{
    return lookup(DeviceRoles, code);
}

} // namespace CodeLabels

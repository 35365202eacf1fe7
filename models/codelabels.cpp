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

const Label BatchStatuses[] = {
    {"open", QT_TRANSLATE_NOOP("CodeLabels", "Open")},
    {"printed", QT_TRANSLATE_NOOP("CodeLabels", "Printed")},
    {"paid", QT_TRANSLATE_NOOP("CodeLabels", "All paid out")},
    {"superseded", QT_TRANSLATE_NOOP("CodeLabels", "Superseded")},
};

const Label DisbursementStatuses[] = {
    {"pending", QT_TRANSLATE_NOOP("CodeLabels", "To be paid")},
    {"paid", QT_TRANSLATE_NOOP("CodeLabels", "Paid out")},
    {"cancelled", QT_TRANSLATE_NOOP("CodeLabels", "Taken off")},
};

const Label PaymentMethods[] = {
    {"cash", QT_TRANSLATE_NOOP("CodeLabels", "Cash")},
    {"bank", QT_TRANSLATE_NOOP("CodeLabels", "Bank transfer")},
};

const Label CashReceipts[] = {
    {"signed", QT_TRANSLATE_NOOP("CodeLabels", "Signed")},
    {"thumbprint", QT_TRANSLATE_NOOP("CodeLabels", "Thumbprint")},
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

QStringList batchStatuses()
{
    return codes(BatchStatuses);
}

QString batchStatus(const QString &code)
{
    return lookup(BatchStatuses, code);
}

QString disbursementStatus(const QString &code)
{
    return lookup(DisbursementStatuses, code);
}

QString paymentMethod(const QString &code)
{
    return lookup(PaymentMethods, code);
}

QString paymentReference(const QString &reference)
{
    return lookup(CashReceipts, reference);
}

} // namespace CodeLabels

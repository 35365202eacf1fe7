// DisbursementBatch and DisbursementLine: a batch of approved aid paid out
// together on one disbursement sheet (发放表), and its lines (disbursements).
// A batch is open while office staff gather it, printed (locked) once its
// sheet is printed, paid once every line is paid, and superseded when a
// supervisor revises it after printing (the new version replaces it).
#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace BatchStatus {
inline const QString Open = QStringLiteral("open");
inline const QString Printed = QStringLiteral("printed");
inline const QString Paid = QStringLiteral("paid");
inline const QString Superseded = QStringLiteral("superseded");
} // namespace BatchStatus

struct DisbursementBatch
{
    QString id;
    QString batchNo; ///< e.g. SNW-2026-002; shared by all versions
    int version = 1;
    QString supersedesId;
    QString programmeId;
    QString programmeName;
    QString period;
    QString divisionCode; ///< empty: the whole district
    QString divisionName;
    QString title;
    QString status = BatchStatus::Open;
    QDateTime printedAt;
    QString printedByName;
    QString revisionReason;
    QString createdByName;
    QDateTime createdAt;
    int lineCount = 0; ///< lines not cancelled
    int paidCount = 0;
    Money total;       ///< of lines not cancelled
    int printCount = 0; ///< prints logged (not previews)

    /// "SNW-2026-002" for version 1, "SNW-2026-002-v2" after.
    QString code() const
    {
        return version == 1 ? batchNo : QStringLiteral("%1-v%2").arg(batchNo).arg(version);
    }
    bool isLocked() const { return status != BatchStatus::Open; }
};

struct DisbursementLine
{
    QString id;
    int lineNo = 0;
    QString batchId;
    QString requestId;
    QString householdId;
    QString fileNo;
    QString recipientName;
    QString recipientIdNumber; ///< full; mask it for display (IdNumber::mask)
    QString divisionName;
    QString communityName;
    QString category; ///< code
    QString programmeName;
    Money amount;
    QString method; ///< cash, bank
    QString status; ///< pending, paid, cancelled
    QDate paidOn;
    QString paymentReference; ///< bank reference, or "signed"/"thumbprint"
    QString remark;
    QString bankName;
    QString bankAccount;
};

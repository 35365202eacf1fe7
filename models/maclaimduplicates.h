// MaClaimDuplicates: the same invoice claimed twice. An invoice number from
// the same hospital in any other claim is flagged, naming that claim and its
// member, so the caseworker can look at it. It blocks submission unless the
// other claim was rejected: a claim rejected for a missing document is made
// again as a new claim with the same invoices (补齐后可重新申请).
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// One invoice that also appears in another claim.
struct MaDuplicateInvoice
{
    QString invoiceId; ///< this claim's invoice (empty when checking a number not stored yet)
    QString hospital;
    QString number;
    QString otherClaimId;
    QString otherClaimNo; ///< empty while the other claim is a draft
    QString otherStatus;
    QString otherPersonName;
    QString otherIdNumber;

    /// Whether it stops this claim from being submitted.
    bool blocks() const;
};

class MaClaimDuplicates
{
    Q_DECLARE_TR_FUNCTIONS(MaClaimDuplicates)

public:
    /// The invoices of claim \a claimId that appear in other claims, in
    /// invoice order, each other claim once per invoice.
    static Result<QList<MaDuplicateInvoice>> ofClaim(const QSqlDatabase &db,
                                                     const QString &claimId);
    /// Claims other than \a exceptClaimId holding invoice \a number of
    /// \a hospital (compared as MaClaims stores them): the form's check while typing.
    static Result<QList<MaDuplicateInvoice>> ofInvoice(const QSqlDatabase &db,
                                                       const QString &hospital,
                                                       const QString &number,
                                                       const QString &exceptClaimId);
    /// "Invoice 0012345 of 临沂市人民医院 is also in claim MA-2026-000012 of 张三 (submitted)."
    static QString describe(const MaDuplicateInvoice &duplicate);
};

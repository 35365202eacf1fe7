// MaClaim: one medical mutual-aid claim (互助金申请) as the claim form and the
// printed statement see it — the stay in hospital, the diagnosis, the
// invoices with their scans, and where the claim is in its workflow
// (draft → submitted → approved / rejected → paid). Plain data: MaClaims
// reads and writes drafts, MaClaimWorkflow moves claims on.
#pragma once

#include "fieldvisits.h"
#include "money.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

/// Stored codes of ma_claims.status; CodeLabels::claimStatus() shows them.
namespace MaClaimStatus {
inline const QString Draft = QStringLiteral("draft");
inline const QString Submitted = QStringLiteral("submitted");
inline const QString Approved = QStringLiteral("approved");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Paid = QStringLiteral("paid");
} // namespace MaClaimStatus

/// One hospital invoice (住院收费票据) of a claim.
struct MaInvoice
{
    QString id;       ///< empty for an invoice not stored yet
    QString hospital; ///< empty: the claim's hospital
    QString number;   ///< stored without spaces, full-width characters folded, upper case
    QDate date;
    Money total;
    Money insurance; ///< paid by basic medical insurance (统筹支付)
    Money personal;  ///< the personal share the payout is computed on (个人负担)
    /// Scans of this invoice; read only here, written with MaClaimAttachments.
    QList<AttachmentInfo> attachments;
};

/// What the caseworker enters and may change while the claim is a draft.
struct MaClaimInput
{
    QString enrolmentId;
    QString hospital;
    QDate admittedOn;
    QDate dischargedOn;
    QString diagnosis;   ///< free text
    QString diseaseCode; ///< a listed disease of the plan, or empty
    QList<MaInvoice> invoices;
};

/// A stored claim with what the workflow added to it.
struct MaClaim
{
    QString id;
    QString claimNo; ///< "MA-2026-000001", given at submission; empty for a draft
    QString status = MaClaimStatus::Draft;
    MaClaimInput input;

    // The enrolment and plan it is made under.
    QString personName;
    QString idNumber;
    QString planId;
    QString planName;
    int planYear = 0;

    std::optional<Money> computedPayout; ///< from the payout engine, at submission and approval
    std::optional<Money> approvedPayout;
    QString explanation; ///< the engine's trace as text, when computed
    QString createdBy;   ///< users.id of who entered the claim
    QString createdByName;
    QDateTime createdAt;
    QDateTime submittedAt;
    QString decidedBy; ///< users.id of the supervisor who approved or rejected it
    QString decidedByName;
    QDateTime decidedAt;
    QString rejectionReason;
    QDate paidOn;
    QString paymentReference;
    /// Documents of the claim itself (application form, ID card, discharge
    /// record ...); invoice scans are with their invoice.
    QList<AttachmentInfo> attachments;

    bool isDraft() const { return status == MaClaimStatus::Draft; }
    /// Sums over the invoices.
    Money total() const;
    Money insurance() const;
    Money personalShare() const;
};

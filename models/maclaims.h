// MaClaims: entering and keeping draft claims — create, save (the invoice
// table is saved as a whole: invoices kept, added and removed), load, delete.
// Only drafts change; once submitted a claim is a record, and only
// MaClaimWorkflow moves it on. Every write goes through the AuditedWriter.
//
//     Session::write(workspace, [&](AuditedWriter &w) -> Status {
//         auto id = MaClaims::create(w, input);
//         return id ? Status() : Status(id.error());
//     });
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "maclaim.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class MaClaims
{
    Q_DECLARE_TR_FUNCTIONS(MaClaims)

public:
    /// Stores a new draft and returns its id. Needs Permission::EditClaims.
    static Result<QString> create(AuditedWriter &writer, const MaClaimInput &input);
    /// Replaces draft \a id's fields and invoice table with \a input: invoices
    /// with an id are updated, those without are added, stored invoices not in
    /// \a input are deleted with their scans. Refused unless the claim is a draft.
    static Status save(AuditedWriter &writer, const QString &id, const MaClaimInput &input);
    /// Deletes draft \a id with its invoices and attachments.
    static Status removeDraft(AuditedWriter &writer, const QString &id);

    /// The claim with its invoices, attachments, enrolment and plan names.
    static Result<MaClaim> load(const QSqlDatabase &db, const QString &id);

    /// The first problem of \a input (Error::where names the field or
    /// "Invoice N"): no enrolment, no hospital, admission or discharge missing,
    /// in the future or in the wrong order, a disease the plan does not list;
    /// an invoice without number or date, with a date in the future, a negative
    /// amount, insurance + personal share above the total, or listed twice.
    static Status check(const QSqlDatabase &db, const MaClaimInput &input, const QDate &today);

    /// How invoice numbers and hospitals are compared and stored: white space
    /// and full-width forms folded; invoice numbers in upper case.
    static QString normalisedInvoiceNumber(const QString &number);
    static QString normalisedHospital(const QString &hospital);

    /// The draft's status check shared by everything that changes a claim:
    /// an Error unless claim \a id exists and is a draft.
    static Status requireDraft(const QSqlDatabase &db, const QString &id);
};

// CodeLabels: the translated, user-facing names of the text codes the schema
// stores (household status, hardship category, claim status ...). The
// database keeps the codes; every screen and printout shows these names.
#pragma once

#include <QString>
#include <QStringList>

namespace CodeLabels {

/// Codes in display order, as the schema's CHECK constraints allow them.
QStringList householdStatuses();
QStringList hardshipCategories();
QStringList claimStatuses();
QStringList aidRequestStatuses();

/// "Identified", "Filed", "Exited"; an unknown code is returned unchanged.
QString householdStatus(const QString &code);
/// "Deep hardship", "Relative hardship", "Hardship from an accident", "Not eligible";
/// an empty code is "Not assessed"; an unknown code is returned unchanged.
QString hardshipCategory(const QString &code);
/// "Draft", "Submitted", "Approved", "Rejected", "Paid".
QString claimStatus(const QString &code);
/// "Draft", "Submitted", "Returned", "Approved", "Rejected", "Cancelled".
QString aidRequestStatus(const QString &code);
/// Disbursement batches: "Open", "Printed", "All paid out", "Superseded".
QStringList batchStatuses();
QString batchStatus(const QString &code);
/// Lines of a batch: "To be paid", "Paid out", "Taken off".
QString disbursementStatus(const QString &code);
/// "Cash", "Bank transfer".
QString paymentMethod(const QString &code);
/// A payment reference as shown: "signed" and "thumbprint" (cash) translated,
/// a bank reference unchanged.
QString paymentReference(const QString &reference);
/// "Office", "Laptop".
QString deviceRole(const QString &code);

} // namespace CodeLabels

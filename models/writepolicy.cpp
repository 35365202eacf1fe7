#include "writepolicy.h"

#include <algorithm>

namespace {

QVariant valueOf(const RowValues &values, const QString &column)
{
    for (const auto &[name, value] : values)
        if (name == column)
            return value;
    return {};
}

bool hasAny(const RowValues &values, const QStringList &columns)
{
    for (const auto &[name, value] : values) {
        Q_UNUSED(value);
        if (columns.contains(name))
            return true;
    }
    return false;
}

} // namespace

namespace WritePolicy {

QList<Permission> accepted(const QString &table, const RowValues &values, const QString &rowId,
                           const QString &userId)
{
    if (table == QStringLiteral("households") || table == QStringLiteral("members"))
        return {Permission::EditHouseholds};
    if (table == QStringLiteral("field_visits") || table == QStringLiteral("survey_records"))
        return {Permission::EditVisits};
    if (table == QStringLiteral("attachments"))
        return {Permission::EditHouseholds, Permission::EditVisits, Permission::EditClaims,
                Permission::ProposeAid};
    if (table == QStringLiteral("ma_enrolments") || table == QStringLiteral("ma_invoices"))
        return {Permission::EditClaims};
    if (table == QStringLiteral("ma_claims")) {
        // Deciding and paying a claim is a supervisor's act, not data entry.
        const QString status = valueOf(values, QStringLiteral("status")).toString();
        const bool decides =
            status == QStringLiteral("approved") || status == QStringLiteral("rejected") ||
            status == QStringLiteral("paid") ||
            hasAny(values, {QStringLiteral("decided_by"), QStringLiteral("decided_at"),
                            QStringLiteral("approved_payout_fen"), QStringLiteral("rejection_reason"),
                            QStringLiteral("paid_on"), QStringLiteral("payment_reference")});
        return {decides ? Permission::DecideClaims : Permission::EditClaims};
    }
    if (table == QStringLiteral("aid_requests")) {
        const QString status = valueOf(values, QStringLiteral("status")).toString();
        const bool decides = status == QStringLiteral("approved") ||
                             status == QStringLiteral("rejected") ||
                             status == QStringLiteral("returned");
        return {decides ? Permission::DecideAid : Permission::ProposeAid};
    }
    if (table == QStringLiteral("aid_approvals"))
        return {Permission::DecideAid};
    if (table == QStringLiteral("disbursement_batches") || table == QStringLiteral("disbursements"))
        return {Permission::ManageDisbursements};
    if (table == QStringLiteral("users")) {
        // Everyone may change their own password, and nothing else of an account.
        const bool ownPasswordOnly = !rowId.isEmpty() && rowId == userId && !values.isEmpty() &&
                                     std::all_of(values.begin(), values.end(), [](const auto &v) {
                                         return v.first == QStringLiteral("password_hash");
                                     });
        if (ownPasswordOnly)
            return {Permission::ChangeOwnPassword, Permission::ManageUsers};
        return {Permission::ManageUsers};
    }
    if (table == QStringLiteral("aid_programmes"))
        return {Permission::ManageProgrammes};
    if (table == QStringLiteral("ma_plans") || table == QStringLiteral("ma_plan_bands") ||
        table == QStringLiteral("ma_listed_diseases"))
        return {Permission::ManagePlans};
    if (table == QStringLiteral("settings") || table == QStringLiteral("poverty_lines") ||
        table == QStringLiteral("communities"))
        return {Permission::ManageSettings};
    return {};
}

bool isActorColumn(const QString &table, const QString &column)
{
    return (column == QStringLiteral("decided_by") &&
            (table == QStringLiteral("aid_approvals") || table == QStringLiteral("ma_claims"))) ||
           (column == QStringLiteral("printed_by") && table == QStringLiteral("disbursement_batches")) ||
           (column == QStringLiteral("paired_by"));
}

} // namespace WritePolicy

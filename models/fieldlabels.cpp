#include "fieldlabels.h"

#include "maclaimattachments.h"

#include "codelabels.h"
#include "communities.h"
#include "fieldvisits.h"
#include "idnumber.h"
#include "money.h"
#include "permissions.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Label
{
    const char *table; ///< nullptr: any table
    const char *column;
    const char *text;
};

// Translated when asked for, so a language switch shows at once.
const Label ColumnLabels[] = {
    {nullptr, "name", QT_TRANSLATE_NOOP("FieldLabels", "name")},
    {nullptr, "phone", QT_TRANSLATE_NOOP("FieldLabels", "phone")},
    {nullptr, "address", QT_TRANSLATE_NOOP("FieldLabels", "address")},
    {nullptr, "notes", QT_TRANSLATE_NOOP("FieldLabels", "notes")},
    {nullptr, "status", QT_TRANSLATE_NOOP("FieldLabels", "status")},
    {"households", "file_no", QT_TRANSLATE_NOOP("FieldLabels", "file number")},
    {"households", "division_code", QT_TRANSLATE_NOOP("FieldLabels", "sub-district or town")},
    {"households", "community_id", QT_TRANSLATE_NOOP("FieldLabels", "community")},
    {"households", "work_unit", QT_TRANSLATE_NOOP("FieldLabels", "work unit")},
    {"households", "category", QT_TRANSLATE_NOOP("FieldLabels", "hardship category")},
    {"households", "category_proposed", QT_TRANSLATE_NOOP("FieldLabels", "proposed category")},
    {"households", "main_cause", QT_TRANSLATE_NOOP("FieldLabels", "main cause")},
    {"households", "housing", QT_TRANSLATE_NOOP("FieldLabels", "housing")},
    {"households", "bank_account", QT_TRANSLATE_NOOP("FieldLabels", "bank account")},
    {"households", "filed_on", QT_TRANSLATE_NOOP("FieldLabels", "filed on")},
    {"households", "next_due_on", QT_TRANSLATE_NOOP("FieldLabels", "next due on")},
    {"households", "exited_on", QT_TRANSLATE_NOOP("FieldLabels", "exited on")},
    {"households", "exit_reason", QT_TRANSLATE_NOOP("FieldLabels", "exit reason")},
    {"households", "category_override_reason",
     QT_TRANSLATE_NOOP("FieldLabels", "reason for overriding the category")},
    {"households", "secondary_causes", QT_TRANSLATE_NOOP("FieldLabels", "secondary causes")},
    {"households", "housing_area_m2", QT_TRANSLATE_NOOP("FieldLabels", "housing area (m²)")},
    {"households", "bank_name", QT_TRANSLATE_NOOP("FieldLabels", "bank")},
    {"households", "bank_account_holder", QT_TRANSLATE_NOOP("FieldLabels", "account holder")},
    {"households", "last_verified_on", QT_TRANSLATE_NOOP("FieldLabels", "last verified on")},
    {"members", "household_id", QT_TRANSLATE_NOOP("FieldLabels", "household")},
    {"members", "position", QT_TRANSLATE_NOOP("FieldLabels", "order in the file")},
    {"members", "name_pinyin", QT_TRANSLATE_NOOP("FieldLabels", "name in pinyin")},
    {"members", "name_initials", QT_TRANSLATE_NOOP("FieldLabels", "pinyin initials")},
    {"members", "sex", QT_TRANSLATE_NOOP("FieldLabels", "sex")},
    {"members", "health", QT_TRANSLATE_NOOP("FieldLabels", "health")},
    {"members", "major_illness", QT_TRANSLATE_NOOP("FieldLabels", "major illness")},
    {"members", "disability", QT_TRANSLATE_NOOP("FieldLabels", "disability")},
    {"members", "work_status", QT_TRANSLATE_NOOP("FieldLabels", "work status")},
    {"members", "school", QT_TRANSLATE_NOOP("FieldLabels", "school")},
    {"members", "school_stage", QT_TRANSLATE_NOOP("FieldLabels", "school stage")},
    {"members", "id_number", QT_TRANSLATE_NOOP("FieldLabels", "ID number")},
    {"members", "relationship", QT_TRANSLATE_NOOP("FieldLabels", "relationship")},
    {"members", "is_head", QT_TRANSLATE_NOOP("FieldLabels", "head of household")},
    {"members", "birth_date", QT_TRANSLATE_NOOP("FieldLabels", "date of birth")},
    {"members", "monthly_income_fen", QT_TRANSLATE_NOOP("FieldLabels", "monthly income")},
    {"disbursements", "recipient_id_number", QT_TRANSLATE_NOOP("FieldLabels", "recipient's ID number")},
    {"disbursements", "recipient_name", QT_TRANSLATE_NOOP("FieldLabels", "recipient")},
    {"disbursements", "amount_fen", QT_TRANSLATE_NOOP("FieldLabels", "amount")},
    {"disbursements", "payment_reference", QT_TRANSLATE_NOOP("FieldLabels", "payment reference")},
    {"disbursements", "paid_on", QT_TRANSLATE_NOOP("FieldLabels", "paid on")},
    {"aid_requests", "amount_fen", QT_TRANSLATE_NOOP("FieldLabels", "amount")},
    {"aid_requests", "reason", QT_TRANSLATE_NOOP("FieldLabels", "reason")},
    {"aid_requests", "cancel_reason", QT_TRANSLATE_NOOP("FieldLabels", "reason for withdrawing")},
    {"users", "username", QT_TRANSLATE_NOOP("FieldLabels", "user name")},
    {"users", "display_name", QT_TRANSLATE_NOOP("FieldLabels", "name")},
    {"users", "role", QT_TRANSLATE_NOOP("FieldLabels", "role")},
    {"users", "password_hash", QT_TRANSLATE_NOOP("FieldLabels", "password")},
    {"users", "disabled", QT_TRANSLATE_NOOP("FieldLabels", "disabled")},
    {"users", "division_code", QT_TRANSLATE_NOOP("FieldLabels", "home sub-district or town")},
    {"field_visits", "household_id", QT_TRANSLATE_NOOP("FieldLabels", "household")},
    {"field_visits", "visit_date", QT_TRANSLATE_NOOP("FieldLabels", "visit date")},
    {"field_visits", "purpose", QT_TRANSLATE_NOOP("FieldLabels", "purpose")},
    {"field_visits", "visitors", QT_TRANSLATE_NOOP("FieldLabels", "visitors")},
    {"field_visits", "present", QT_TRANSLATE_NOOP("FieldLabels", "who was present")},
    {"field_visits", "latitude", QT_TRANSLATE_NOOP("FieldLabels", "latitude")},
    {"field_visits", "longitude", QT_TRANSLATE_NOOP("FieldLabels", "longitude")},
    {"field_visits", "next_due_on", QT_TRANSLATE_NOOP("FieldLabels", "next due on")},
    // Survey amounts are annual; the per-capita figure and the line are monthly.
    {"survey_records", "household_id", QT_TRANSLATE_NOOP("FieldLabels", "household")},
    {"survey_records", "visit_id", QT_TRANSLATE_NOOP("FieldLabels", "visit")},
    {"survey_records", "survey_date", QT_TRANSLATE_NOOP("FieldLabels", "survey date")},
    {"survey_records", "household_size", QT_TRANSLATE_NOOP("FieldLabels", "household size")},
    {"survey_records", "income_wages_fen", QT_TRANSLATE_NOOP("FieldLabels", "annual wages")},
    {"survey_records", "income_business_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "annual business income")},
    {"survey_records", "income_pension_fen", QT_TRANSLATE_NOOP("FieldLabels", "annual pensions")},
    {"survey_records", "income_unemployment_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "annual unemployment benefit")},
    {"survey_records", "income_compensation_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "annual compensation")},
    {"survey_records", "income_property_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "annual interest and rent")},
    {"survey_records", "income_maintenance_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "annual maintenance received")},
    {"survey_records", "income_other_fen", QT_TRANSLATE_NOOP("FieldLabels", "other annual income")},
    {"survey_records", "imputed_wage_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "imputed minimum wage (annual)")},
    {"survey_records", "expense_illness_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "annual illness costs")},
    {"survey_records", "expense_disability_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "annual disability costs")},
    {"survey_records", "expense_schooling_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "annual schooling costs")},
    {"survey_records", "expense_job_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "annual necessary job costs")},
    {"survey_records", "accident_loss_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "accident and disaster losses")},
    {"survey_records", "per_capita_monthly_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "per-capita monthly income")},
    {"survey_records", "dibao_monthly_fen", QT_TRANSLATE_NOOP("FieldLabels", "低保 line applied")},
    {"survey_records", "assessed_category", QT_TRANSLATE_NOOP("FieldLabels", "assessed category")},
    {"survey_records", "answers", QT_TRANSLATE_NOOP("FieldLabels", "further answers")},
    {"attachments", "owner_table", QT_TRANSLATE_NOOP("FieldLabels", "attached to")},
    {"attachments", "owner_id", QT_TRANSLATE_NOOP("FieldLabels", "attached to record")},
    {"attachments", "doc_type", QT_TRANSLATE_NOOP("FieldLabels", "document type")},
    {"attachments", "file_name", QT_TRANSLATE_NOOP("FieldLabels", "file name")},
    {"attachments", "mime_type", QT_TRANSLATE_NOOP("FieldLabels", "file type")},
    {"attachments", "size_bytes", QT_TRANSLATE_NOOP("FieldLabels", "size in bytes")},
    {"attachments", "sha256", QT_TRANSLATE_NOOP("FieldLabels", "SHA-256 checksum")},
    {"attachments", "data", QT_TRANSLATE_NOOP("FieldLabels", "content")},
    {"communities", "division_code", QT_TRANSLATE_NOOP("FieldLabels", "sub-district or town")},
    {"communities", "kind", QT_TRANSLATE_NOOP("FieldLabels", "kind")},
    {"communities", "invented", QT_TRANSLATE_NOOP("FieldLabels", "invented for the demo")},
    {"communities", "expected_households", QT_TRANSLATE_NOOP("FieldLabels", "expected households")},
    {"poverty_lines", "year", QT_TRANSLATE_NOOP("FieldLabels", "year")},
    {"poverty_lines", "division_code", QT_TRANSLATE_NOOP("FieldLabels", "sub-district or town")},
    {"poverty_lines", "dibao_monthly_fen", QT_TRANSLATE_NOOP("FieldLabels", "低保 line per month")},
    {"poverty_lines", "min_wage_monthly_fen",
     QT_TRANSLATE_NOOP("FieldLabels", "minimum wage per month")},
    {"poverty_lines", "source", QT_TRANSLATE_NOOP("FieldLabels", "source")},
};

struct Code
{
    const char *code;
    const char *text;
};

const Code Relationships[] = {
    {"self", QT_TRANSLATE_NOOP("FieldLabels", "Self")},
    {"spouse", QT_TRANSLATE_NOOP("FieldLabels", "Spouse")},
    {"child", QT_TRANSLATE_NOOP("FieldLabels", "Child")},
    {"parent", QT_TRANSLATE_NOOP("FieldLabels", "Parent")},
    {"parent_in_law", QT_TRANSLATE_NOOP("FieldLabels", "Parent-in-law")},
    {"grandchild", QT_TRANSLATE_NOOP("FieldLabels", "Grandchild")},
    {"grandparent", QT_TRANSLATE_NOOP("FieldLabels", "Grandparent")},
    {"sibling", QT_TRANSLATE_NOOP("FieldLabels", "Sibling")},
    {"other", QT_TRANSLATE_NOOP("FieldLabels", "Other")},
};

const Code ExitReasons[] = {
    {"income_above_line", QT_TRANSLATE_NOOP("FieldLabels", "Income above the line")},
    {"death", QT_TRANSLATE_NOOP("FieldLabels", "Death")},
    {"retirement", QT_TRANSLATE_NOOP("FieldLabels", "Retirement")},
    {"transfer", QT_TRANSLATE_NOOP("FieldLabels", "Transfer")},
    {"other", QT_TRANSLATE_NOOP("FieldLabels", "Other")},
};

const Code Sexes[] = {
    {"male", QT_TRANSLATE_NOOP("FieldLabels", "Male")},
    {"female", QT_TRANSLATE_NOOP("FieldLabels", "Female")},
};

// A visit's photos; the document types of claims are MaClaimAttachments'.
const Code DocTypes[] = {
    {"photo", QT_TRANSLATE_NOOP("FieldLabels", "Photo")},
};

// attachments.owner_table: what kind of record a file belongs to.
const Code OwnerTables[] = {
    {"households", QT_TRANSLATE_NOOP("FieldLabels", "Household")},
    {"members", QT_TRANSLATE_NOOP("FieldLabels", "Household member")},
    {"field_visits", QT_TRANSLATE_NOOP("FieldLabels", "Field visit")},
    {"survey_records", QT_TRANSLATE_NOOP("FieldLabels", "Survey")},
    {"ma_claims", QT_TRANSLATE_NOOP("FieldLabels", "Mutual-aid claim")},
    {"ma_invoices", QT_TRANSLATE_NOOP("FieldLabels", "Invoice")},
    {"aid_requests", QT_TRANSLATE_NOOP("FieldLabels", "Aid request")},
    {"disbursements", QT_TRANSLATE_NOOP("FieldLabels", "Disbursement")},
    {"disbursement_batches", QT_TRANSLATE_NOOP("FieldLabels", "Disbursement batch")},
};

template <std::size_t N> QString lookup(const Code (&codes)[N], const QString &code)
{
    for (const Code &c : codes) {
        if (code == QLatin1String(c.code))
            return QCoreApplication::translate("FieldLabels", c.text);
    }
    return code;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("FieldLabels", text);
}

} // namespace

namespace FieldLabels {

bool hasLabel(const QString &table, const QString &column)
{
    return std::any_of(std::begin(ColumnLabels), std::end(ColumnLabels), [&](const Label &label) {
        return (!label.table || table == QLatin1String(label.table)) &&
               column == QLatin1String(label.column);
    });
}

QString column(const QString &table, const QString &column)
{
    for (const Label &label : ColumnLabels) {
        if ((!label.table || table == QLatin1String(label.table)) &&
            column == QLatin1String(label.column))
            return translated(label.text);
    }
    QString words = column;
    if (words.endsWith(QLatin1String("_fen")))
        words.chop(4);
    return words.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString relationship(const QString &code)
{
    return lookup(Relationships, code);
}

QString exitReason(const QString &code)
{
    return lookup(ExitReasons, code);
}

QString value(const QString &table, const QString &column, const QJsonValue &value)
{
    const QString dash = QStringLiteral("—");
    if (value.isNull() || value.isUndefined()) {
        // A poverty line without a division is the district-wide default.
        if (table == QLatin1String("poverty_lines") && column == QLatin1String("division_code"))
            return QCoreApplication::translate("FieldLabels", "district default");
        return dash;
    }
    // AuditedWriter writes this marker in place of secrets (password hashes, keys).
    if (value.isString() && value.toString() == QLatin1String("(hidden)"))
        return QCoreApplication::translate("FieldLabels", "hidden");
    if (column.endsWith(QLatin1String("id_number")))
        return value.toString().isEmpty() ? dash : IdNumber::mask(value.toString());
    if (column.endsWith(QLatin1String("_fen")) && value.isDouble())
        return Money::fromFen(qint64(value.toDouble())).toStringWithSymbol();
    if (column == QLatin1String("is_head") || column == QLatin1String("disabled") ||
        column == QLatin1String("invented"))
        return value.toInt() ? QCoreApplication::translate("FieldLabels", "yes")
                             : QCoreApplication::translate("FieldLabels", "no");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("FieldLabels", "yes")
                              : QCoreApplication::translate("FieldLabels", "no");
    const QString text = value.toString();
    if (text.isEmpty())
        return dash;
    if (column == QLatin1String("status") && table == QLatin1String("households"))
        return CodeLabels::householdStatus(text);
    if (column == QLatin1String("status") && table == QLatin1String("ma_claims"))
        return CodeLabels::claimStatus(text);
    if (column == QLatin1String("status") && table == QLatin1String("aid_requests"))
        return CodeLabels::aidRequestStatus(text);
    if (column == QLatin1String("category") || column == QLatin1String("category_proposed") ||
        column == QLatin1String("assessed_category"))
        return CodeLabels::hardshipCategory(text);
    if (column == QLatin1String("relationship"))
        return relationship(text);
    if (column == QLatin1String("exit_reason"))
        return exitReason(text);
    if (column == QLatin1String("sex"))
        return lookup(Sexes, text);
    if (column == QLatin1String("purpose") && table == QLatin1String("field_visits"))
        return FieldVisits::purposeLabel(text);
    if (column == QLatin1String("kind") && table == QLatin1String("communities"))
        return Communities::kindLabel(text);
    if (table == QLatin1String("attachments") && column == QLatin1String("doc_type"))
        return text == QLatin1String("photo") ? lookup(DocTypes, text)
                                              : MaClaimAttachments::documentTypeLabel(text);
    if (table == QLatin1String("attachments") && column == QLatin1String("owner_table"))
        return lookup(OwnerTables, text);
    if (column == QLatin1String("role") && table == QLatin1String("users")) {
        Role role = Role::Caseworker;
        return Permissions::roleFromCode(text, &role) ? Permissions::roleLabel(role) : text;
    }
    return text;
}

} // namespace FieldLabels

// MaEnrolments: enrolling and its checks; reading back is in maenrolmentqueries.cpp.
#include "maenrolments.h"

#include "idnumber.h"
#include "rostervocabulary.h"
#include "sqlerror.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using Field = MaEnrolmentProblem::Field;

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

// The same rule as the household roster's phone column.
bool isPhoneText(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 \\-]*$"));
    return phone.match(RosterVocabulary::folded(text)).hasMatch();
}

Error fieldError(const MaEnrolmentProblem &problem)
{
    return Error{problem.message, MaEnrolments::fieldLabel(problem.field)};
}

} // namespace

QString MaEnrolments::fieldLabel(Field field)
{
    switch (field) {
    case Field::Plan:
        return tr("Plan");
    case Field::Member:
        return tr("Member");
    case Field::Name:
        return tr("Name");
    case Field::IdNumber:
        return tr("ID number");
    case Field::PaidOn:
        return tr("Payment date");
    case Field::ReceiptNo:
        return tr("Receipt number");
    case Field::Contribution:
        return tr("Contribution");
    case Field::Phone:
        return tr("Phone");
    }
    return {};
}

QString MaEnrolments::alreadyEnrolled(const MaEnrolment &e)
{
    const QString who = QStringLiteral("%1 (%2)").arg(e.personName, IdNumber::mask(e.idNumber));
    if (!e.paidOn.isValid())
        return tr("%1 is already enrolled in %2 (not paid yet).").arg(who, e.planName);
    if (e.receiptNo.isEmpty())
        return tr("%1 is already enrolled in %2 (paid on %3).")
            .arg(who, e.planName, e.paidOn.toString(Qt::ISODate));
    return tr("%1 is already enrolled in %2 (receipt %3, paid on %4).")
        .arg(who, e.planName, e.receiptNo, e.paidOn.toString(Qt::ISODate));
}

Result<MaEnrolmentInput> MaEnrolments::resolved(const QSqlDatabase &db, MaEnrolmentInput input)
{
    if (input.memberId.isEmpty())
        return input;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT m.name, coalesce(m.id_number, ''), coalesce(m.phone, ''),"
                             " coalesce(h.phone, ''), coalesce(h.work_unit, '')"
                             " FROM members m JOIN households h ON h.id = m.household_id"
                             " WHERE m.id = ?"));
    q.addBindValue(input.memberId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("members"));
    if (!q.next())
        return Error{tr("The member does not exist in the household register."),
                     fieldLabel(Field::Member)};
    input.personName = q.value(0).toString();
    input.idNumber = q.value(1).toString();
    if (input.phone.trimmed().isEmpty())
        input.phone =
            q.value(2).toString().isEmpty() ? q.value(3).toString() : q.value(2).toString();
    if (input.workUnit.trimmed().isEmpty())
        input.workUnit = q.value(4).toString();
    return input;
}

QList<MaEnrolmentProblem> MaEnrolments::problems(const QSqlDatabase &db, const MaPlan &plan,
                                                 const MaEnrolmentInput &input, const QDate &today,
                                                 const QString &exceptId)
{
    QList<MaEnrolmentProblem> list;
    auto add = [&](Field f, const QString &m) { list.append({f, m}); };
    if (plan.id.isEmpty() || plan.id != input.planId)
        add(Field::Plan, tr("Choose the plan to enrol in."));
    if (!input.memberId.isEmpty() && input.idNumber.trimmed().isEmpty())
        add(Field::Member, tr("The member has no ID number in the household register; add it "
                              "there first."));
    if (input.personName.trimmed().isEmpty())
        add(Field::Name, tr("Enter the name."));
    QString number;
    if (input.idNumber.trimmed().isEmpty()) {
        if (input.memberId.isEmpty())
            add(Field::IdNumber, tr("Enter the ID number."));
    } else if (auto info = IdNumber::parse(input.idNumber, today); !info) {
        add(Field::IdNumber, tr("Invalid ID number: %1.").arg(info.error().message));
    } else {
        number = info->number;
    }
    if (input.paidOn.isValid()) {
        const QString paid = input.paidOn.toString(Qt::ISODate);
        if (input.paidOn > today)
            add(Field::PaidOn, tr("The payment date %1 is in the future.").arg(paid));
        else if ((plan.enrolFrom.isValid() && input.paidOn < plan.enrolFrom) ||
                 (plan.enrolTo.isValid() && input.paidOn > plan.enrolTo))
            add(Field::PaidOn, tr("The payment date %1 is outside the plan's enrolment window "
                                  "(%2 to %3).")
                                   .arg(paid, plan.enrolFrom.toString(Qt::ISODate),
                                        plan.enrolTo.toString(Qt::ISODate)));
    }
    const QString receipt = input.receiptNo.trimmed();
    if (!receipt.isEmpty() && !plan.id.isEmpty()) {
        auto used = findReceipt(db, plan.id, receipt);
        if (!used)
            add(Field::ReceiptNo, used.error().message);
        else if (*used && (*used)->id != exceptId)
            add(Field::ReceiptNo, tr("The receipt number %1 is already used in this plan, by the "
                                     "enrolment of %2.")
                                      .arg(receipt, (*used)->personName));
    }
    if (input.contribution && input.contribution->fen() < 0)
        add(Field::Contribution, tr("The contribution cannot be negative."));
    else if (input.contribution && input.contribution->fen() > MaPlan::MaxFen)
        add(Field::Contribution, tr("The contribution is too large."));
    if (!input.phone.trimmed().isEmpty() && !isPhoneText(input.phone))
        add(Field::Phone,
            tr("A phone number may hold only digits, spaces, \"-\" and a leading \"+\"."));
    if (!number.isEmpty() && !plan.id.isEmpty()) {
        auto existing = find(db, plan.id, number);
        if (!existing)
            add(Field::IdNumber, existing.error().message);
        else if (*existing && (*existing)->id != exceptId)
            add(Field::IdNumber, alreadyEnrolled(**existing));
    }
    return list;
}

Result<QString> MaEnrolments::enrol(AuditedWriter &writer, const MaEnrolmentInput &given)
{
    if (Status s = writer.require(Permission::EditClaims); !s)
        return s.error();
    auto plan = MaPlans::load(writer.database(), given.planId);
    if (!plan)
        return Error{plan.error().message, fieldLabel(Field::Plan)};
    auto input = resolved(writer.database(), given);
    if (!input)
        return input.error();
    const QDate today = writer.now().toLocalTime().date();
    if (const auto found = problems(writer.database(), *plan, *input, today); !found.isEmpty())
        return fieldError(found.constFirst());
    const QString number = IdNumber::parse(input->idNumber, today)->number;
    return writer.insert(Permission::EditClaims, QStringLiteral("ma_enrolments"),
                         {{QStringLiteral("plan_id"), plan->id},
                          {QStringLiteral("member_id"), orNull(input->memberId)},
                          {QStringLiteral("person_name"), input->personName.trimmed()},
                          {QStringLiteral("id_number"), number},
                          {QStringLiteral("work_unit"), orNull(input->workUnit.trimmed())},
                          {QStringLiteral("phone"), orNull(input->phone.trimmed())},
                          {QStringLiteral("paid_on"), dateOrNull(input->paidOn)},
                          {QStringLiteral("receipt_no"), orNull(input->receiptNo.trimmed())},
                          {QStringLiteral("contribution_fen"),
                           input->contribution.value_or(plan->contribution).fen()}});
}

Status MaEnrolments::update(AuditedWriter &writer, const QString &id, const MaEnrolmentInput &given)
{
    if (Status s = writer.require(Permission::EditClaims); !s)
        return s;
    auto stored = load(writer.database(), id);
    if (!stored)
        return stored.error();
    auto plan = MaPlans::load(writer.database(), stored->planId);
    if (!plan)
        return plan.error();
    MaEnrolmentInput input = given;
    input.planId = stored->planId;
    input.memberId = stored->memberId;
    input.personName = stored->personName;
    input.idNumber = stored->idNumber;
    const QDate today = writer.now().toLocalTime().date();
    if (const auto found = problems(writer.database(), *plan, input, today, id); !found.isEmpty())
        return fieldError(found.constFirst());
    return writer.update(Permission::EditClaims, QStringLiteral("ma_enrolments"), id,
                         {{QStringLiteral("work_unit"), orNull(input.workUnit.trimmed())},
                          {QStringLiteral("phone"), orNull(input.phone.trimmed())},
                          {QStringLiteral("paid_on"), dateOrNull(input.paidOn)},
                          {QStringLiteral("receipt_no"), orNull(input.receiptNo.trimmed())},
                          {QStringLiteral("contribution_fen"),
                           input.contribution.value_or(plan->contribution).fen()}});
}

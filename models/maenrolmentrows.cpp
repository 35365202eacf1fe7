#include "maenrolmentrows.h"

#include "idnumber.h"
#include "rostervocabulary.h"
#include "sqlerror.h"

#include <optional>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace MaEnrolmentRows {

namespace {

using Field = MaEnrolmentProblem::Field;

std::optional<Column> columnOf(Field field)
{
    switch (field) {
    case Field::Name:
        return Column::Name;
    case Field::Member:
    case Field::IdNumber:
        return Column::IdNumber;
    case Field::PaidOn:
        return Column::PaidOn;
    case Field::ReceiptNo:
        return Column::ReceiptNo;
    case Field::Contribution:
        return Column::Contribution;
    case Field::Phone:
        return Column::Phone;
    case Field::Plan:
        break;
    }
    return std::nullopt;
}

// A person of the household register, found by ID number.
struct RegisterEntry
{
    QString memberId;
    QString name;
};

Result<std::optional<RegisterEntry>> inRegister(const QSqlDatabase &db, const QString &number)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, name FROM members WHERE id_number = ? ORDER BY id LIMIT 1"));
    q.addBindValue(number);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("members"));
    if (!q.next())
        return std::optional<RegisterEntry>();
    return std::optional<RegisterEntry>(
        RegisterEntry{q.value(0).toString(), q.value(1).toString()});
}

} // namespace

// Messages the roster import has too are its own, so the two imports word them alike.
MaEnrolmentInput readRow(const CsvRecord &record, Reading &r)
{
    auto cell = [&](Column c) {
        const int index = r.positions.value(c, -1);
        return index >= 0 ? record.fields.value(index).trimmed() : QString();
    };
    const int row = record.row;
    auto problem = [&](Column c, const QString &message) { r.problems.add(row, c, message); };
    auto required = [&](Column c) {
        problem(c, RosterImport::tr("This column must not be empty."));
    };

    MaEnrolmentInput in;
    in.planId = r.plan.id;
    in.personName = cell(Column::Name);
    if (in.personName.isEmpty())
        required(Column::Name);

    static const QRegularExpression scientific(QStringLiteral("^[0-9](\\.[0-9]+)?E\\+?[0-9]+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QString id = cell(Column::IdNumber);
    if (id.isEmpty()) {
        required(Column::IdNumber);
    } else if (scientific.match(id).hasMatch()) {
        problem(Column::IdNumber,
                RosterImport::tr("The spreadsheet turned the ID number into the number %1 and "
                                 "lost its last digits. Format the column as text and type the "
                                 "numbers again.")
                    .arg(id));
    } else if (auto info = IdNumber::parse(id, r.today); !info) {
        problem(Column::IdNumber,
                RosterImport::tr("Invalid ID number: %1.").arg(info.error().message));
    } else {
        in.idNumber = info->number;
    }

    const QString paid = cell(Column::PaidOn);
    static const QRegularExpression serial(QStringLiteral("^[0-9]{1,5}$"));
    in.paidOn = MaEnrolmentImport::parseDate(paid);
    if (paid.isEmpty())
        required(Column::PaidOn);
    else if (!in.paidOn.isValid() && serial.match(paid).hasMatch())
        problem(Column::PaidOn, MaEnrolmentImport::tr("The spreadsheet turned the date into the "
                                                      "number %1. Format the column as text or "
                                                      "as a date and type the dates again.")
                                    .arg(paid));
    else if (!in.paidOn.isValid())
        problem(Column::PaidOn, MaEnrolmentImport::tr("Unreadable date \"%1\": write it as "
                                                      "2026-01-15.")
                                    .arg(paid));

    in.receiptNo = cell(Column::ReceiptNo);
    if (const QString amount = cell(Column::Contribution); !amount.isEmpty()) {
        if (auto money = Money::parse(amount))
            in.contribution = money.value();
        else
            problem(Column::Contribution, RosterImport::tr("Unreadable amount \"%1\": %2.")
                                              .arg(amount, money.error().message));
    }
    in.workUnit = cell(Column::WorkUnit);
    in.phone = cell(Column::Phone);

    if (!in.idNumber.isEmpty()) {
        if (const int first = r.idRows.value(in.idNumber); first > 0)
            problem(Column::IdNumber,
                    RosterImport::tr("The same person as on row %1: the ID number is the same.")
                        .arg(first));
        else
            r.idRows.insert(in.idNumber, row);
    }
    if (!in.receiptNo.isEmpty()) {
        if (const int first = r.receiptRows.value(in.receiptNo); first > 0)
            problem(Column::ReceiptNo,
                    MaEnrolmentImport::tr("The same receipt number as on row %1.").arg(first));
        else
            r.receiptRows.insert(in.receiptNo, row);
    }
    if (!in.idNumber.isEmpty()) {
        auto entry = inRegister(r.db, in.idNumber);
        if (!entry) {
            problem(Column::IdNumber, entry.error().message);
        } else if (*entry && !in.personName.isEmpty() &&
                   RosterVocabulary::folded((*entry)->name) !=
                       RosterVocabulary::folded(in.personName)) {
            problem(Column::Name, MaEnrolmentImport::tr("The household register has this ID "
                                                        "number for %1; check the name and the ID "
                                                        "number.")
                                      .arg((*entry)->name));
        } else if (*entry) {
            in.memberId = (*entry)->memberId;
            ++r.linked;
        }
    }
    // The rules of one enrolment typed in, where the cell itself was readable.
    for (const MaEnrolmentProblem &p : MaEnrolments::problems(r.db, r.plan, in, r.today)) {
        const std::optional<Column> column = columnOf(p.field);
        if (!column)
            r.problems.add(row, -1, QString(), p.message);
        else if (!r.problems.has(row, *column))
            problem(*column, p.message);
    }
    return in;
}

} // namespace MaEnrolmentRows

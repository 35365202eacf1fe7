#include "rosterrows.h"

#include "idnumber.h"
#include "money.h"
#include "sqlerror.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace RosterRows {

Result<References> loadReferences(const QSqlDatabase &db)
{
    References refs;
    QSqlQuery q(db);
    // Only the sub-districts and towns: a household is never filed at district level.
    if (!q.prepare(QStringLiteral("SELECT code, name, kind FROM divisions WHERE length(code) = 9 "
                                  "ORDER BY code")) ||
        !q.exec())
        return sqlError(q.lastError(), QStringLiteral("divisions"));
    while (q.next())
        refs.divisions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!q.prepare(QStringLiteral("SELECT id, division_code, name FROM communities")) || !q.exec())
        return sqlError(q.lastError(), QStringLiteral("communities"));
    while (q.next())
        refs.communities.insert(q.value(1).toString() + u'\n' +
                                    RosterVocabulary::folded(q.value(2).toString()),
                                q.value(0).toString());
    return refs;
}


QString wordList(const QStringList &words)
{
    return words.join(QStringLiteral(", "));
}

static bool isPhoneText(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 \\-]*$"));
    return phone.match(RosterVocabulary::folded(text)).hasMatch();
}

// Reads one person row; problems go to \a problems.
PersonRow readRow(const CsvRecord &record, const QHash<Column, int> &positions,
                  const References &refs, const QDate &today, ProblemList &problems)
{
    auto cell = [&](Column c) {
        const int index = positions.value(c, -1);
        return index >= 0 ? record.fields.value(index).trimmed() : QString();
    };
    const int row = record.row;
    auto required = [&](Column c) {
        problems.add(row, c, RosterImport::tr("This column must not be empty."));
    };

    PersonRow p;
    p.member.row = row;
    p.key = cell(Column::HouseholdKey);
    if (p.key.isEmpty())
        required(Column::HouseholdKey);
    p.member.name = cell(Column::Name);
    if (p.member.name.isEmpty())
        required(Column::Name);

    const QString id = cell(Column::IdNumber);
    static const QRegularExpression scientific(QStringLiteral("^[0-9](\\.[0-9]+)?E\\+?[0-9]+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (id.isEmpty()) {
        required(Column::IdNumber);
    } else if (scientific.match(id).hasMatch()) {
        problems.add(row, Column::IdNumber,
                     RosterImport::tr("The spreadsheet turned the ID number into the number %1 "
                                      "and lost its last digits. Format the column as text and "
                                      "type the numbers again.")
                         .arg(id));
    } else if (auto info = IdNumber::parse(id, today); !info) {
        problems.add(row, Column::IdNumber,
                     RosterImport::tr("Invalid ID number: %1.").arg(info.error().message));
    } else {
        p.member.idNumber = info->number;
        p.member.birthDate = info->birthDate;
        p.member.sex = info->sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
    }

    const QString relation = cell(Column::Relationship);
    p.member.relationship = RosterVocabulary::relationship(relation);
    if (relation.isEmpty())
        required(Column::Relationship);
    else if (p.member.relationship.isEmpty())
        problems.add(row, Column::Relationship,
                     RosterImport::tr("Unknown relationship \"%1\". Write one of: %2.")
                         .arg(relation, wordList(RosterVocabulary::relationshipWords())));

    p.divisionText = cell(Column::Division);
    if (!p.divisionText.isEmpty()) {
        p.divisionCode = refs.division(p.divisionText);
        if (!p.divisionCode) {
            QStringList names;
            for (const Division &d : refs.divisions)
                names.append(d.name);
            problems.add(row, Column::Division,
                         RosterImport::tr("Unknown sub-district or town \"%1\". Write one of: %2.")
                             .arg(p.divisionText, wordList(names)));
        }
    }
    p.communityText = cell(Column::Community);
    p.address = cell(Column::Address);

    p.member.phone = cell(Column::Phone);
    if (!p.member.phone.isEmpty() && !isPhoneText(p.member.phone))
        problems.add(row, Column::Phone,
                     RosterImport::tr("A phone number may hold only digits, spaces, \"-\" and a "
                                      "leading \"+\"."));

    struct Coded
    {
        Column column;
        QString (*code)(const QString &);
        QStringList (*words)();
        QString *target;
        const char *message;
    };
    const Coded coded[] = {
        {Column::Health, RosterVocabulary::health, RosterVocabulary::healthWords, &p.member.health,
         QT_TRANSLATE_NOOP("RosterImport", "Unknown state of health \"%1\". Write one of: %2.")},
        {Column::Disability, RosterVocabulary::disability, RosterVocabulary::disabilityWords,
         &p.member.disability, QT_TRANSLATE_NOOP("RosterImport", "Unknown disability grade \"%1\". Write one of: %2.")},
        {Column::WorkStatus, RosterVocabulary::workStatus, RosterVocabulary::workStatusWords,
         &p.member.workStatus, QT_TRANSLATE_NOOP("RosterImport", "Unknown work status \"%1\". Write one of: %2.")},
    };
    for (const Coded &c : coded) {
        const QString text = cell(c.column);
        *c.target = c.code(text);
        if (!text.isEmpty() && c.target->isEmpty())
            problems.add(row, c.column,
                         RosterImport::tr(c.message).arg(text, wordList(c.words())));
    }

    const QString income = cell(Column::MonthlyIncome);
    if (!income.isEmpty()) {
        if (auto amount = Money::parse(income); !amount)
            problems.add(row, Column::MonthlyIncome,
                         RosterImport::tr("Unreadable amount \"%1\": %2.")
                             .arg(income, amount.error().message));
        else if (amount->fen() < 0)
            problems.add(row, Column::MonthlyIncome,
                         RosterImport::tr("The monthly income cannot be negative."));
        else
            p.member.monthlyIncomeFen = amount->fen();
    }
    p.member.school = cell(Column::School);
    return p;
}

// listed twice, communities of the household's division.
QList<RosterHousehold> assemble(const QList<PersonRow> &rows, const References &refs,
                                ProblemList &problems)
{
    QStringList keys;
    QHash<QString, QList<const PersonRow *>> byKey;
    for (const PersonRow &p : rows) {
        if (p.key.isEmpty())
            continue;
        if (!byKey.contains(p.key))
            keys.append(p.key);
        byKey[p.key].append(&p);
    }

    QHash<QString, int> firstRowOfId;
    for (const PersonRow &p : rows) {
        if (p.member.idNumber.isEmpty())
            continue;
        if (const auto seen = firstRowOfId.constFind(p.member.idNumber); seen != firstRowOfId.cend())
            problems.add(p.member.row, Column::IdNumber,
                         RosterImport::tr("The same person as on row %1: the ID number is the same.")
                             .arg(*seen));
        else
            firstRowOfId.insert(p.member.idNumber, p.member.row);
    }

    QList<RosterHousehold> households;
    for (const QString &key : std::as_const(keys)) {
        const QList<const PersonRow *> &people = byKey[key];
        const PersonRow *head = nullptr;
        for (const PersonRow *p : people) {
            if (p->member.relationship != QLatin1String("self"))
                continue;
            if (head)
                problems.add(p->member.row, Column::Relationship,
                             RosterImport::tr("Household %1 already has its head (户主) on row %2.")
                                 .arg(key)
                                 .arg(head->member.row));
            else
                head = p;
        }
        if (!head) {
            problems.add(people.first()->member.row, Column::Relationship,
                         RosterImport::tr("Household %1 has no head (户主): mark one person as 户主.")
                             .arg(key));
            continue;
        }

        RosterHousehold h;
        h.key = key;
        h.row = head->member.row;
        h.address = head->address;
        h.phone = head->member.phone;
        if (head->divisionText.isEmpty())
            problems.add(h.row, Column::Division,
                         RosterImport::tr("The head of household's row must name the sub-district "
                                          "or town."));
        if (head->address.isEmpty())
            problems.add(h.row, Column::Address,
                         RosterImport::tr("The head of household's row must give the address."));
        h.divisionCode = head->divisionCode.value_or(QString());

        // Other rows may leave the household's fields empty, or repeat them.
        auto differs = [&](const PersonRow *p, Column column, const QString &headText) {
            problems.add(p->member.row, column,
                         RosterImport::tr("Differs from the head of household's row %1 (\"%2\").")
                             .arg(h.row)
                             .arg(headText));
        };
        for (const PersonRow *p : people) {
            if (p == head)
                continue;
            if (p->divisionCode && head->divisionCode && *p->divisionCode != *head->divisionCode)
                differs(p, Column::Division, head->divisionText);
            if (!p->communityText.isEmpty() &&
                RosterVocabulary::folded(p->communityText) !=
                    RosterVocabulary::folded(head->communityText))
                differs(p, Column::Community, head->communityText);
            if (!p->address.isEmpty() && p->address != head->address)
                differs(p, Column::Address, head->address);
        }

        if (!head->communityText.isEmpty() && !h.divisionCode.isEmpty()) {
            h.communityId = refs.community(h.divisionCode, head->communityText);
            if (h.communityId.isEmpty())
                problems.add(h.row, Column::Community,
                             RosterImport::tr("There is no community or village \"%1\" in %2. An "
                                              "administrator adds communities; check the name.")
                                 .arg(head->communityText, refs.divisionName(h.divisionCode)));
        }

        h.members.append(head->member);
        h.members.first().relationship = QStringLiteral("self");
        for (const PersonRow *p : people) {
            if (p != head)
                h.members.append(p->member);
        }
        households.append(h);
    }
    return households;
}

} // namespace RosterRows

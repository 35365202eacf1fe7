#include "aidprogramme.h"

#include "codelabels.h"
#include "sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Table = QStringLiteral("aid_programmes");

const QString Columns = QStringLiteral(
    "id, code, name, default_amount_fen, max_count_per_year, max_fen_per_year,"
    " eligible_categories, requires_student, second_approval_above_fen, active");

AidProgramme fromQuery(const QSqlQuery &q)
{
    AidProgramme p;
    p.id = q.value(0).toString();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.defaultAmount = Money::fromFen(q.value(3).toLongLong());
    p.maxCountPerYear = q.value(4).isNull() ? 0 : q.value(4).toInt();
    p.maxAmountPerYear = Money::fromFen(q.value(5).isNull() ? 0 : q.value(5).toLongLong());
    p.eligibleCategories.clear();
    const QJsonArray categories = QJsonDocument::fromJson(q.value(6).toByteArray()).array();
    for (const QJsonValue &c : categories)
        p.eligibleCategories.append(c.toString());
    p.requiresStudent = q.value(7).toInt() != 0;
    if (!q.value(8).isNull())
        p.secondApprovalAbove = Money::fromFen(q.value(8).toLongLong());
    p.active = q.value(9).toInt() != 0;
    return p;
}

QVariant nullIfZero(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QStringList AidProgrammes::studentStages()
{
    return {QStringLiteral("senior"), QStringLiteral("vocational"), QStringLiteral("college"),
            QStringLiteral("university"), QStringLiteral("postgraduate")};
}

Result<QList<AidProgramme>> AidProgrammes::list(const QSqlDatabase &db, bool activeOnly)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM aid_programmes %2 ORDER BY active DESC, name, id")
                    .arg(Columns, activeOnly ? QStringLiteral("WHERE active = 1") : QString())))
        return sqlError(q.lastError(), Table);
    QList<AidProgramme> programmes;
    while (q.next())
        programmes.append(fromQuery(q));
    return programmes;
}

Result<AidProgramme> AidProgrammes::load(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM aid_programmes WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    if (!q.next())
        return Error{tr("The aid programme no longer exists."), id};
    return fromQuery(q);
}

QStringList AidProgrammes::problems(const AidProgramme &p)
{
    QStringList problems;
    if (p.name.trimmed().isEmpty())
        problems.append(tr("Enter the programme's name."));
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{0,29}$"));
    if (!codePattern.match(p.code).hasMatch())
        problems.append(tr("The code must start with a lower-case letter and use only lower-case "
                           "letters, digits and '_' (at most 30), e.g. \"warmth\"."));
    if (p.defaultAmount.fen() <= 0)
        problems.append(tr("The default amount must be more than zero."));
    if (p.maxCountPerYear < 0)
        problems.append(tr("The number of payments per year cannot be negative."));
    if (p.maxAmountPerYear.fen() < 0)
        problems.append(tr("The yearly amount limit cannot be negative."));
    if (p.maxAmountPerYear.fen() > 0 && p.defaultAmount > p.maxAmountPerYear)
        problems.append(tr("The default amount is above the yearly amount limit."));
    if (p.secondApprovalAbove && p.secondApprovalAbove->fen() < 0)
        problems.append(tr("The second-approval threshold cannot be negative."));
    if (p.eligibleCategories.isEmpty())
        problems.append(tr("Tick at least one hardship category that may receive it."));
    const QStringList known = CodeLabels::hardshipCategories();
    for (const QString &c : p.eligibleCategories)
        if (!known.contains(c) || c == QLatin1String("not_eligible"))
            problems.append(tr("Unknown hardship category \"%1\".").arg(c));
    return problems;
}

Result<QString> AidProgrammes::save(AuditedWriter &writer, const AidProgramme &p)
{
    if (Status s = writer.require(Permission::ManageProgrammes); !s)
        return s.error();
    if (const QStringList found = problems(p); !found.isEmpty())
        return Error{found.join(u'\n'), p.name};
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT name FROM aid_programmes WHERE code = ? AND id IS NOT ?"));
    q.addBindValue(p.code);
    q.addBindValue(p.id);
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    if (q.next())
        return Error{tr("The code \"%1\" is already used by %2.").arg(p.code, q.value(0).toString()),
                     p.name};
    QJsonArray categories;
    for (const QString &c : p.eligibleCategories)
        categories.append(c);
    const RowValues values{
        {QStringLiteral("code"), p.code},
        {QStringLiteral("name"), p.name.trimmed()},
        {QStringLiteral("default_amount_fen"), p.defaultAmount.fen()},
        {QStringLiteral("max_count_per_year"), nullIfZero(p.maxCountPerYear)},
        {QStringLiteral("max_fen_per_year"), nullIfZero(p.maxAmountPerYear.fen())},
        {QStringLiteral("eligible_categories"),
         QString::fromUtf8(QJsonDocument(categories).toJson(QJsonDocument::Compact))},
        {QStringLiteral("requires_student"), p.requiresStudent ? 1 : 0},
        {QStringLiteral("second_approval_above_fen"),
         p.secondApprovalAbove ? QVariant(p.secondApprovalAbove->fen())
                               : QVariant(QMetaType(QMetaType::LongLong))},
        {QStringLiteral("active"), p.active ? 1 : 0},
    };
    if (p.id.isEmpty())
        return writer.insert(Permission::ManageProgrammes, Table, values);
    if (Status s = writer.update(Permission::ManageProgrammes, Table, p.id, values); !s)
        return s.error();
    return p.id;
}

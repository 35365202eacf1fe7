#include "povertylines.h"

#include "divisions.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Table = QStringLiteral("poverty_lines");

Status check(const QSqlDatabase &db, const PovertyLineInput &line)
{
    if (line.year < PovertyLines::MinYear || line.year > PovertyLines::MaxYear)
        return Error{PovertyLines::tr("The year must lie between %1 and %2.")
                         .arg(PovertyLines::MinYear)
                         .arg(PovertyLines::MaxYear),
                     QStringLiteral("year")};
    if (!line.divisionCode.isEmpty()) {
        if (auto name = Divisions::subdivisionName(db, line.divisionCode); !name)
            return name.error();
    }
    if (line.dibaoMonthly.fen() <= 0)
        return Error{PovertyLines::tr("The 低保 line must be more than zero."),
                     QStringLiteral("dibao_monthly_fen")};
    if (line.minWageMonthly.fen() <= 0)
        return Error{PovertyLines::tr("The minimum wage must be more than zero."),
                     QStringLiteral("min_wage_monthly_fen")};
    return {};
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

Result<QList<PovertyLineRow>> PovertyLines::list(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT p.id, p.year, p.division_code, d.name, p.dibao_monthly_fen,"
                       "       p.min_wage_monthly_fen, p.source"
                       "  FROM poverty_lines p LEFT JOIN divisions d ON d.code = p.division_code"
                       " ORDER BY p.year DESC, p.division_code IS NOT NULL, p.division_code"));
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    QList<PovertyLineRow> rows;
    while (q.next()) {
        PovertyLineRow row;
        row.id = q.value(0).toString();
        row.year = q.value(1).toInt();
        row.divisionCode = q.value(2).toString();
        row.divisionName = q.value(3).toString();
        row.dibaoMonthly = Money::fromFen(q.value(4).toLongLong());
        row.minWageMonthly = Money::fromFen(q.value(5).toLongLong());
        row.source = q.value(6).toString();
        rows.append(row);
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError(), Table);
    return rows;
}

Result<QString> PovertyLines::set(AuditedWriter &writer, const PovertyLineInput &line)
{
    if (Status s = writer.require(Permission::ManageSettings); !s)
        return s.error();
    if (Status s = check(writer.database(), line); !s)
        return s.error();
    const QVariant division = orNull(line.divisionCode);
    const RowValues values = {{QStringLiteral("dibao_monthly_fen"), line.dibaoMonthly.fen()},
                              {QStringLiteral("min_wage_monthly_fen"), line.minWageMonthly.fen()},
                              {QStringLiteral("source"), orNull(line.source.trimmed())}};
    // The unique index treats a NULL division as '' so that a year has one
    // district default; look the row up the same way (an empty QString binds
    // as NULL, hence ifnull on both sides).
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT id FROM poverty_lines"
                             " WHERE year = ? AND ifnull(division_code, '') = ifnull(?, '')"));
    q.addBindValue(line.year);
    q.addBindValue(line.divisionCode);
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    if (q.next()) {
        const QString id = q.value(0).toString();
        if (Status s = writer.update(Permission::ManageSettings, Table, id, values); !s)
            return s.error();
        return id;
    }
    RowValues row = {{QStringLiteral("year"), line.year},
                     {QStringLiteral("division_code"), division}};
    row += values;
    return writer.insert(Permission::ManageSettings, Table, row);
}

Status PovertyLines::remove(AuditedWriter &writer, const QString &id)
{
    if (Status s = writer.require(Permission::ManageSettings); !s)
        return s;
    return writer.remove(Permission::ManageSettings, Table, id);
}

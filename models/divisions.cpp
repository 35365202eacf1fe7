#include "divisions.h"

#include "database.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Divisions", text);
}

Error lineError(const QString &sourceName, int line, const QString &message)
{
    return Error{message,
                 QCoreApplication::translate("Divisions", "%1, line %2").arg(sourceName).arg(line)};
}

// Splits one CSV line into fields per RFC 4180. Quoted fields may hold commas
// and doubled quotes; a division name never spans lines, so a quote left open
// at the end of the line is an error rather than a continuation.
Result<QStringList> splitLine(QStringView line)
{
    QStringList fields;
    QString field;
    qsizetype i = 0;
    while (true) {
        field.clear();
        if (i < line.size() && line.at(i) == u'"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                const QChar c = line.at(i++);
                if (c != u'"') {
                    field.append(c);
                } else if (i < line.size() && line.at(i) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                return Error{tr("A quoted field has no closing quote."), {}};
            if (i < line.size() && line.at(i) != u',')
                return Error{tr("Unexpected text after a closing quote."), {}};
        } else {
            while (i < line.size() && line.at(i) != u',') {
                if (line.at(i) == u'"')
                    return Error{tr("A quote inside a field that does not start with one."), {}};
                field.append(line.at(i++));
            }
        }
        fields.append(field);
        if (i >= line.size())
            return fields;
        ++i; // the comma
    }
}

bool isDigits(const QString &text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

} // namespace

namespace Divisions {

QString districtCode()
{
    return QStringLiteral("371312");
}

QString districtName()
{
    return QStringLiteral("河东区");
}

QString builtinCsv()
{
    return QStringLiteral(":/data/hedong-divisions.csv");
}

Result<QList<DivisionRow>> parseCsv(QIODevice &device, const QString &sourceName)
{
    const QByteArray bytes = device.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{tr("The file is not UTF-8 text."), sourceName};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    const QString district = districtCode();
    QList<DivisionRow> rows;
    QHash<QString, int> firstLine; // code -> line, to name both lines of a duplicate
    bool headerSeen = false;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNo = int(index) + 1;
        QStringView line = lines.at(index);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        auto fields = splitLine(line);
        if (!fields)
            return lineError(sourceName, lineNo, fields.error().message);
        QStringList values = fields.value();
        for (QString &v : values)
            v = v.trimmed();
        if (!headerSeen) {
            const QStringList expected{QStringLiteral("code"), QStringLiteral("name"),
                                       QStringLiteral("kind")};
            if (values != expected)
                return lineError(sourceName, lineNo,
                                 tr("The first line should be the header \"code,name,kind\"."));
            headerSeen = true;
            continue;
        }
        if (values.size() != 3)
            return lineError(
                sourceName, lineNo,
                tr("Expected 3 fields (code, name, kind), found %1.").arg(values.size()));
        DivisionRow row{values.at(0), values.at(1), values.at(2)};
        if (row.code.size() != 9 || !isDigits(row.code))
            return lineError(
                sourceName, lineNo,
                tr("The code \"%1\" is not a 9-digit statistical code.").arg(row.code));
        if (!row.code.startsWith(district))
            return lineError(sourceName, lineNo,
                             tr("The code %1 is not inside district %2.").arg(row.code, district));
        if (row.name.isEmpty())
            return lineError(sourceName, lineNo, tr("The name is empty."));
        if (row.kind.isEmpty())
            return lineError(sourceName, lineNo, tr("The kind is empty."));
        if (const auto it = firstLine.constFind(row.code); it != firstLine.constEnd())
            return lineError(
                sourceName, lineNo,
                tr("The code %1 already appears on line %2.").arg(row.code).arg(it.value()));
        firstLine.insert(row.code, lineNo);
        rows.append(row);
    }
    if (!headerSeen || rows.isEmpty())
        return Error{tr("The file lists no divisions."), sourceName};
    return rows;
}

Status insert(QSqlDatabase db, const QList<DivisionRow> &rows)
{
    // An upsert, so that loading twice (or a corrected list) updates rows in place
    // instead of failing on the primary key or orphaning references.
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO divisions (code, name, kind, parent_code) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            "parent_code = excluded.parent_code")))
        return sqlError(q.lastError(), db.databaseName());
    auto write = [&](const QString &code, const QString &name, const QString &kind,
                     const QVariant &parent) -> Status {
        q.addBindValue(code);
        q.addBindValue(name);
        q.addBindValue(kind);
        q.addBindValue(parent);
        if (!q.exec())
            return sqlError(q.lastError(), db.databaseName());
        return {};
    };
    if (Status s = write(districtCode(), districtName(), QStringLiteral("区"),
                         QVariant(QMetaType::fromType<QString>()));
        !s)
        return s;
    for (const DivisionRow &row : rows) {
        if (Status s = write(row.code, row.name, row.kind, districtCode()); !s)
            return s;
    }
    return {};
}

Status load(Database &db)
{
    return load(db, builtinCsv());
}

Status load(Database &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the division list: %1").arg(file.errorString()), path};
    return load(db, file, path);
}

Status load(Database &db, QIODevice &device, const QString &sourceName)
{
    auto rows = parseCsv(device, sourceName);
    if (!rows)
        return rows.error();
    Transaction transaction(db.sql());
    if (Status s = transaction.begun(); !s)
        return s;
    if (Status s = insert(db.sql(), rows.value()); !s)
        return s;
    return transaction.commit();
}

Result<QList<DivisionRow>> list(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code, name, kind FROM divisions WHERE parent_code IS NOT NULL "
                             "ORDER BY code"));
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    QList<DivisionRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return rows;
}

Result<QString> subdivisionName(const QSqlDatabase &db, const QString &code)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT name FROM divisions WHERE code = ? AND parent_code IS NOT NULL"));
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("divisions"));
    if (!q.next())
        return Error{QCoreApplication::translate(
                         "Divisions", "There is no sub-district or town with the code \"%1\".")
                         .arg(code),
                     QStringLiteral("division_code")};
    return q.value(0).toString();
}

} // namespace Divisions

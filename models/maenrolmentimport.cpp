#include "maenrolmentimport.h"

#include "maenrolmentrows.h"
#include "rostercsv.h"
#include "rostervocabulary.h"

#include <algorithm>
#include <optional>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace {

using Column = MaEnrolmentImport::Column;
using MaEnrolmentRows::Problems;
using MaEnrolmentRows::Reading;

struct ColumnSpec
{
    Column column;
    const char16_t *header;
    std::initializer_list<const char16_t *> synonyms;
    bool required;
};

// Compared after RosterVocabulary::folded(), as the roster's headers are.
const ColumnSpec Specs[] = {
    {Column::Name, u"姓名", {u"参保人姓名", u"职工姓名", u"会员姓名"}, true},
    {Column::IdNumber, u"身份证号码", {u"身份证号", u"身份证", u"公民身份号码", u"身份号码"}, true},
    {Column::PaidOn, u"缴费日期", {u"交费日期", u"缴费时间", u"参保日期"}, true},
    {Column::ReceiptNo, u"收据号", {u"收据编号", u"收据号码", u"票据号", u"票据号码"}, false},
    {Column::Contribution, u"缴费金额", {u"缴费金额(元)", u"交费金额", u"金额", u"互助金"}, false},
    {Column::WorkUnit, u"工作单位", {u"单位", u"所在单位", u"单位名称"}, false},
    {Column::Phone, u"联系电话", {u"电话", u"手机", u"手机号码", u"联系方式"}, false},
};

const ColumnSpec &spec(Column column)
{
    return *std::find_if(std::begin(Specs), std::end(Specs),
                         [column](const ColumnSpec &s) { return s.column == column; });
}

std::optional<Column> columnForHeader(const QString &text)
{
    QString key = RosterVocabulary::folded(text);
    while (key.startsWith(u'*'))
        key.remove(0, 1);
    while (key.endsWith(u'*'))
        key.chop(1);
    for (const ColumnSpec &s : Specs) {
        if (key == QStringView(s.header))
            return s.column;
        for (const char16_t *synonym : s.synonyms)
            if (key == QStringView(synonym))
                return s.column;
    }
    return std::nullopt;
}

MaEnrolmentImportPlan unreadable(const QString &message, int row, const QString &encoding)
{
    MaEnrolmentImportPlan plan;
    plan.report.encoding = encoding;
    plan.report.problems.append({row, QString(), message});
    return plan;
}

} // namespace

QList<MaEnrolmentImport::Column> MaEnrolmentImport::columns()
{
    QList<Column> list;
    for (const ColumnSpec &s : Specs)
        list.append(s.column);
    return list;
}

QString MaEnrolmentImport::header(Column column)
{
    return QString::fromUtf16(spec(column).header);
}

QStringList MaEnrolmentImport::synonyms(Column column)
{
    QStringList list;
    for (const char16_t *synonym : spec(column).synonyms)
        list.append(QString::fromUtf16(synonym));
    return list;
}

bool MaEnrolmentImport::isRequired(Column column)
{
    return spec(column).required;
}

QDate MaEnrolmentImport::parseDate(const QString &text)
{
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const QString folded = RosterVocabulary::folded(text);
    QRegularExpressionMatch m = separated.match(folded);
    if (!m.hasMatch())
        m = compact.match(folded);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

MaEnrolmentImportPlan MaEnrolmentImport::check(const QSqlDatabase &db, const QString &planId,
                                               const QByteArray &bytes, const QDate &today)
{
    auto decoded = RosterCsv::decode(bytes);
    if (!decoded)
        return unreadable(decoded.error().message, 0, {});
    int failedRow = 0;
    auto records = RosterCsv::records(decoded->text, &failedRow);
    if (!records)
        return unreadable(records.error().message, failedRow, decoded->encoding);
    auto plan = MaPlans::load(db, planId);
    if (!plan)
        return unreadable(plan.error().message, 0, decoded->encoding);

    const QList<CsvRecord> &all = records.value();
    if (all.isEmpty() || all.first().fields.join(QString()).trimmed().isEmpty())
        return unreadable(RosterImport::tr("The first row must hold the column headers."), 1,
                          decoded->encoding);
    MaEnrolmentImportPlan result;
    result.planId = planId;
    MaEnrolmentImportReport &report = result.report;
    report.encoding = decoded->encoding;

    QHash<Column, int> positions;
    QHash<Column, QString> headers;
    Problems headerProblems({}, {});
    const QStringList headerCells = all.first().fields;
    for (int i = 0; i < headerCells.size(); ++i) {
        const QString text = headerCells.at(i).trimmed();
        if (text.isEmpty())
            continue;
        if (const std::optional<Column> column = columnForHeader(text); !column) {
            report.ignoredColumns.append(text);
        } else if (positions.contains(*column)) {
            headerProblems.add(1, i, text,
                               RosterImport::tr("The same column as \"%1\"; keep only one of them.")
                                   .arg(headers.value(*column)));
        } else {
            positions.insert(*column, i);
            headers.insert(*column, text);
        }
    }
    for (const ColumnSpec &s : Specs) {
        if (s.required && !positions.contains(s.column))
            headerProblems.add(1, int(headerCells.size()), QString::fromUtf16(s.header),
                               RosterImport::tr("The column is missing (other names accepted: %1).")
                                   .arg(synonyms(s.column).join(QStringLiteral(", "))));
    }
    if (report.problems = headerProblems.sorted(); !report.problems.isEmpty())
        return result;

    Reading reading{db, plan.value(), today, positions, Problems(positions, headers), {}, {}, 0};
    QList<MaEnrolmentImportRow> rows;
    for (qsizetype r = 1; r < all.size(); ++r) {
        const CsvRecord &record = all.at(r);
        // Excel writes a row that was cleared as a line of commas.
        if (record.fields.join(QString()).trimmed().isEmpty())
            continue;
        for (qsizetype i = headerCells.size(); i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty()) {
                reading.problems.add(record.row, int(i), QString(),
                                     RosterImport::tr("The row has text beyond the last column "
                                                      "with a header."));
                break;
            }
        }
        rows.append({record.row, MaEnrolmentRows::readRow(record, reading)});
    }
    report.rows = int(rows.size());
    report.linked = reading.linked;
    if (rows.isEmpty())
        reading.problems.add(0, 0, QString(), tr("The file has a header but no rows of people."));
    report.problems = reading.problems.sorted();
    if (report.ok())
        result.rows = rows;
    return result;
}

Result<MaEnrolmentImportPlan> MaEnrolmentImport::checkFile(const QSqlDatabase &db,
                                                           const QString &planId,
                                                           const QString &path, const QDate &today)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the file: %1.").arg(file.errorString()), path};
    return check(db, planId, file.readAll(), today);
}

Result<QStringList> MaEnrolmentImport::apply(AuditedWriter &writer,
                                             const MaEnrolmentImportPlan &plan)
{
    if (!plan.report.ok())
        return Error{tr("The list has problems; nobody was enrolled.")};
    if (Status s = writer.require(Permission::EditClaims); !s)
        return s.error();
    QStringList ids;
    for (const MaEnrolmentImportRow &row : plan.rows) {
        auto id = MaEnrolments::enrol(writer, row.input);
        if (!id)
            return Error{id.error().toString() + u' ' +
                             tr("Check the list again; nobody was enrolled."),
                         RosterImport::tr("row %1").arg(row.row)};
        ids.append(id.value());
    }
    return ids;
}

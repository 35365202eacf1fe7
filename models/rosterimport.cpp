#include "rosterimport.h"

#include "pinyin.h"
#include "rostercsv.h"
#include "rosterrows.h"
#include "rostervocabulary.h"
#include "sqlerror.h"

#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

using namespace RosterRows;

namespace {

enum class Need { Always, HeadRow, Optional };

struct ColumnSpec
{
    Column column;
    const char16_t *header;
    std::initializer_list<const char16_t *> synonyms;
    Need need;
};

// The standard headers first; synonyms are what other offices' templates use.
// Compared after RosterVocabulary::folded(), so "月收入（元）" and "月收入(元)" are one.
const ColumnSpec Specs[] = {
    {Column::HouseholdKey, u"户编号", {u"户号", u"户编码", u"家庭编号"}, Need::Always},
    {Column::Name, u"姓名", {u"成员姓名"}, Need::Always},
    {Column::IdNumber, u"身份证号码", {u"身份证号", u"身份证", u"公民身份号码", u"身份号码"}, Need::Always},
    {Column::Relationship, u"与户主关系", {u"与户主的关系", u"关系"}, Need::Always},
    {Column::Division, u"街道/镇", {u"街道", u"镇街", u"街道(镇)", u"乡镇街道", u"所属街道"}, Need::HeadRow},
    {Column::Community, u"社区/村", {u"社区", u"村居", u"社区(村)", u"所属社区"}, Need::Optional},
    {Column::Address, u"地址", {u"家庭住址", u"住址", u"家庭地址", u"详细地址"}, Need::HeadRow},
    {Column::Phone, u"联系电话", {u"电话", u"手机", u"手机号码", u"联系方式"}, Need::Optional},
    {Column::Health, u"健康状况", {u"健康情况"}, Need::Optional},
    {Column::Disability, u"残疾等级", {u"残疾情况", u"残疾级别"}, Need::Optional},
    {Column::WorkStatus, u"就业状况", {u"就业情况", u"工作状况"}, Need::Optional},
    {Column::MonthlyIncome, u"月收入", {u"月收入(元)", u"个人月收入", u"月收入(元/月)"}, Need::Optional},
    {Column::School, u"就读学校", {u"学校"}, Need::Optional},
};

const ColumnSpec &spec(Column column)
{
    return *std::find_if(std::begin(Specs), std::end(Specs),
                         [column](const ColumnSpec &s) { return s.column == column; });
}

// Templates often mark required columns with an asterisk.
QString headerKey(const QString &text)
{
    QString key = RosterVocabulary::folded(text);
    while (key.startsWith(u'*'))
        key.remove(0, 1);
    while (key.endsWith(u'*'))
        key.chop(1);
    return key;
}

std::optional<Column> columnForHeader(const QString &text)
{
    const QString key = headerKey(text);
    for (const ColumnSpec &s : Specs) {
        if (key == QStringView(s.header))
            return s.column;
        for (const char16_t *synonym : s.synonyms) {
            if (key == QStringView(synonym))
                return s.column;
        }
    }
    return std::nullopt;
}

// Finds a registered person by ID number and says where, so that the
// caseworker can look at that file rather than add the person twice.
class RegisteredPeople
{
public:
    explicit RegisteredPeople(const QSqlDatabase &db) : m_query(db)
    {
        m_prepared = m_query.prepare(QStringLiteral(
            "SELECT h.file_no, h.address, "
            "       (SELECT x.name FROM members x WHERE x.household_id = h.id AND x.is_head = 1) "
            "FROM members m JOIN households h ON h.id = m.household_id "
            "WHERE m.id_number = :number LIMIT 1"));
    }

    /// Where the person with \a number is registered, as a sentence; empty if nowhere.
    Result<QString> find(const QString &number)
    {
        m_query.bindValue(QStringLiteral(":number"), number);
        if (!m_prepared || !m_query.exec())
            return sqlError(m_query.lastError(), QStringLiteral("members"));
        if (!m_query.next())
            return QString();
        const QString fileNo = m_query.value(0).toString();
        const QString address = m_query.value(1).toString();
        const QString head = m_query.value(2).toString();
        m_query.finish();
        if (!fileNo.isEmpty())
            return RosterImport::tr("This person is already registered, in the household with "
                                    "file number %1.")
                .arg(fileNo);
        if (!address.isEmpty())
            return RosterImport::tr("This person is already registered, in the household of %1 at "
                                    "%2 (not filed yet).")
                .arg(head, address);
        return RosterImport::tr("This person is already registered, in the household of %1 (not "
                                "filed yet).")
            .arg(head);
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// The bad CSV or encoding as a report with a single problem.
RosterPlan unreadable(const Error &error, int row, const QString &encoding)
{
    RosterPlan plan;
    plan.report.encoding = encoding;
    plan.report.problems.append({row, QString(), error.message});
    return plan;
}

} // namespace

QList<RosterImport::Column> RosterImport::columns()
{
    QList<Column> list;
    for (const ColumnSpec &s : Specs)
        list.append(s.column);
    return list;
}

QString RosterImport::header(Column column)
{
    return QString::fromUtf16(spec(column).header);
}

QStringList RosterImport::synonyms(Column column)
{
    QStringList list;
    for (const char16_t *synonym : spec(column).synonyms)
        list.append(QString::fromUtf16(synonym));
    return list;
}

bool RosterImport::isRequired(Column column)
{
    return spec(column).need != Need::Optional;
}

RosterPlan RosterImport::check(const QSqlDatabase &db, const QByteArray &bytes, const QDate &today)
{
    auto decoded = RosterCsv::decode(bytes);
    if (!decoded)
        return unreadable(decoded.error(), 0, {});
    int failedRow = 0;
    auto records = RosterCsv::records(decoded->text, &failedRow);
    if (!records)
        return unreadable(records.error(), failedRow, decoded->encoding);
    auto refs = loadReferences(db);
    if (!refs)
        return unreadable(refs.error(), 0, decoded->encoding);

    RosterPlan plan;
    RosterReport &report = plan.report;
    report.encoding = decoded->encoding;
    const QList<CsvRecord> &all = records.value();
    if (all.isEmpty() || all.first().fields.join(QString()).trimmed().isEmpty()) {
        report.problems.append({1, QString(), tr("The first row must hold the column headers.")});
        return plan;
    }

    // The header: which file column holds which roster column.
    QHash<Column, int> positions;
    QHash<Column, QString> headers;
    ProblemList headerProblems;
    const QStringList headerCells = all.first().fields;
    for (int i = 0; i < headerCells.size(); ++i) {
        const QString text = headerCells.at(i).trimmed();
        if (text.isEmpty())
            continue;
        const std::optional<Column> column = columnForHeader(text);
        if (!column) {
            report.ignoredColumns.append(text);
        } else if (positions.contains(*column)) {
            headerProblems.add(1, i, text,
                               tr("The same column as \"%1\"; keep only one of them.")
                                   .arg(headers.value(*column)));
        } else {
            positions.insert(*column, i);
            headers.insert(*column, text);
        }
    }
    for (const ColumnSpec &s : Specs) {
        if (s.need != Need::Optional && !positions.contains(s.column))
            headerProblems.add(1, int(headerCells.size()), QString::fromUtf16(s.header),
                               tr("The column is missing (other names accepted: %1).")
                                   .arg(wordList(synonyms(s.column))));
    }
    if (!headerProblems.isEmpty()) {
        report.problems = headerProblems.sorted();
        return plan;
    }

    ProblemList problems(positions, headers);
    QList<PersonRow> rows;
    for (qsizetype r = 1; r < all.size(); ++r) {
        const CsvRecord &record = all.at(r);
        // Excel writes a row that was cleared as a line of commas.
        if (record.fields.join(QString()).trimmed().isEmpty())
            continue;
        for (qsizetype i = headerCells.size(); i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty()) {
                problems.add(record.row, int(i), QString(),
                             tr("The row has text beyond the last column with a header."));
                break;
            }
        }
        rows.append(readRow(record, positions, refs.value(), today, problems));
    }
    report.rows = int(rows.size());
    if (rows.isEmpty()) {
        report.problems.append({0, QString(), tr("The file has a header but no rows of people.")});
        return plan;
    }

    plan.households = assemble(rows, refs.value(), problems);
    report.households = int(plan.households.size());
    for (const RosterHousehold &h : std::as_const(plan.households))
        report.members += int(h.members.size());

    RegisteredPeople registered(db);
    for (const RosterHousehold &h : std::as_const(plan.households)) {
        for (const RosterMember &m : h.members) {
            if (m.idNumber.isEmpty())
                continue;
            auto where = registered.find(m.idNumber);
            if (!where)
                return unreadable(where.error(), 0, report.encoding);
            if (!where->isEmpty())
                problems.add(m.row, Column::IdNumber, where.value());
        }
    }

    report.problems = problems.sorted();
    if (!report.ok())
        plan.households.clear();
    return plan;
}

Result<RosterPlan> RosterImport::checkFile(const QSqlDatabase &db, const QString &path,
                                           const QDate &today)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the file: %1.").arg(file.errorString()), path};
    return check(db, file.readAll(), today);
}

QString RosterImport::describe(const RosterProblem &problem)
{
    if (problem.row == 0)
        return problem.message;
    if (problem.column.isEmpty())
        return tr("row %1: %2").arg(problem.row).arg(problem.message);
    return tr("row %1, %2: %3").arg(problem.row).arg(problem.column, problem.message);
}

Result<RosterResult> RosterImport::apply(AuditedWriter &writer, const Pinyin &pinyin,
                                         const RosterPlan &plan)
{
    if (!plan.report.ok())
        return Error{tr("The roster has problems; nothing was imported.")};
    if (Status s = writer.require(Permission::EditHouseholds); !s)
        return s.error();

    // Someone may have added one of these people since the roster was checked
    // (the preview stays open while the caseworker reads it).
    RegisteredPeople registered(writer.database());
    for (const RosterHousehold &h : plan.households) {
        for (const RosterMember &m : h.members) {
            auto where = registered.find(m.idNumber);
            if (!where)
                return where.error();
            if (!where->isEmpty())
                return Error{where.value() + u' ' +
                                 tr("Check the roster again; nothing was imported."),
                             tr("row %1").arg(m.row)};
        }
    }

    auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    RosterResult result;
    for (const RosterHousehold &h : plan.households) {
        auto householdId = writer.insert(
            Permission::EditHouseholds, QStringLiteral("households"),
            {{QStringLiteral("division_code"), h.divisionCode},
             {QStringLiteral("community_id"), orNull(h.communityId)},
             {QStringLiteral("address"), h.address},
             {QStringLiteral("phone"), orNull(h.phone)},
             {QStringLiteral("status"), QStringLiteral("identified")}});
        if (!householdId)
            return Error{householdId.error().message, tr("row %1").arg(h.row)};
        for (qsizetype k = 0; k < h.members.size(); ++k) {
            const RosterMember &m = h.members.at(k);
            const PinyinName spelled = pinyin.name(m.name);
            auto memberId = writer.insert(
                Permission::EditHouseholds, QStringLiteral("members"),
                {{QStringLiteral("household_id"), householdId.value()},
                 {QStringLiteral("position"), int(k)},
                 {QStringLiteral("is_head"), m.relationship == QLatin1String("self") ? 1 : 0},
                 {QStringLiteral("name"), m.name},
                 {QStringLiteral("name_pinyin"), spelled.full},
                 {QStringLiteral("name_initials"), spelled.initials},
                 {QStringLiteral("id_number"), m.idNumber},
                 {QStringLiteral("relationship"), m.relationship},
                 {QStringLiteral("sex"), m.sex},
                 {QStringLiteral("birth_date"), m.birthDate.toString(Qt::ISODate)},
                 {QStringLiteral("phone"), orNull(m.phone)},
                 {QStringLiteral("health"), orNull(m.health)},
                 {QStringLiteral("disability"), orNull(m.disability)},
                 {QStringLiteral("work_status"), orNull(m.workStatus)},
                 {QStringLiteral("monthly_income_fen"), m.monthlyIncomeFen},
                 {QStringLiteral("school"), orNull(m.school)}});
            if (!memberId)
                return Error{memberId.error().message, tr("row %1").arg(m.row)};
            ++result.members;
        }
        result.householdIds.append(householdId.value());
    }
    return result;
}

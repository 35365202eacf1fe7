// MaPlanJson: keys, paths, percentages and writing the plan file. Reading:
// maplanjsonread.cpp. The file is written by hand rather than through
// QJsonDocument, which sorts keys alphabetically: a clerk reads the plan in
// the order of the published text, one band to a line.
#include "maplanjson.h"

#include "maplanjsonkeys.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace {

using Field = MaPlanSpot::Field;
using Part = MaPlanSpot::Part;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MaPlanJson)
};

struct FieldKey
{
    Field field;
    const char *key;
};

// File order.
constexpr FieldKey FieldKeys[] = {
    {Field::Year, "year"},
    {Field::Name, "name"},
    {Field::Product, "product"},
    {Field::Contribution, "contribution_yuan"},
    {Field::EnrolFrom, "enrol_from"},
    {Field::EnrolTo, "enrol_to"},
    {Field::TermStart, "term_start"},
    {Field::TermEnd, "term_end"},
    {Field::WaitingDays, "waiting_days"},
    {Field::DeductibleAdmission, "deductible_admission_yuan"},
    {Field::DeductibleTerm, "deductible_term_yuan"},
    {Field::BandMode, "band_mode"},
    {Field::Bands, "bands"},
    {Field::MinPayout, "min_payout_yuan"},
    {Field::MinPayoutRule, "min_payout_rule"},
    {Field::CapClaim, "cap_claim_yuan"},
    {Field::CapMemberTerm, "cap_member_term_yuan"},
    {Field::ListedDiseases, "listed_diseases"},
    {Field::DeadlineDays, "deadline_days"},
    {Field::DeadlineDate, "deadline_date"},
    {Field::RequiredDocuments, "required_documents"},
    {Field::Notes, "notes"},
};

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c == u'\t') {
            out += QStringLiteral("\\t");
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString amount(const std::optional<Money> &value)
{
    return value ? quoted(value->toString()) : QStringLiteral("null");
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("null");
}

QString date(const QDate &value)
{
    return value.isValid() ? quoted(value.toString(Qt::ISODate)) : QStringLiteral("null");
}

// One object on one line: {"a": 1, "b": "x"}.
QString inlineObject(const QStringList &keys, const QStringList &values)
{
    QStringList pairs;
    for (qsizetype i = 0; i < keys.size(); ++i)
        pairs.append(quoted(keys.at(i)) + QStringLiteral(": ") + values.at(i));
    return QLatin1Char('{') + pairs.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// An array of lines, each indented by \a indent; "[]" when empty.
QString lines(const QStringList &items, const QString &indent)
{
    if (items.isEmpty())
        return QStringLiteral("[]");
    return QStringLiteral("[\n") + indent + QStringLiteral("  ") +
           items.join(QStringLiteral(",\n") + indent + QStringLiteral("  ")) + QLatin1Char('\n') +
           indent + QLatin1Char(']');
}

QString planObject(const MaPlan &plan)
{
    using namespace MaPlanJsonKeys;
    QStringList bands;
    for (const MaBand &b : plan.bands)
        bands.append(
            inlineObject(bandKeys(), {amount(b.lower), amount(b.upper),
                                      quoted(MaPlanJson::formatPercent(b.ratioPermille))}));
    QStringList diseases;
    for (const MaListedDisease &d : plan.listedDiseases)
        diseases.append(
            inlineObject(diseaseKeys(), {quoted(d.code), quoted(d.name), amount(d.lumpSum)}));
    QStringList documents;
    for (const QString &doc : plan.requiredDocuments)
        documents.append(quoted(doc));
    const QString indent = QStringLiteral("      ");
    const QStringList values = {
        plan.id.isEmpty() ? QStringLiteral("null") : quoted(plan.id),
        QString::number(plan.year),
        quoted(plan.name),
        quoted(MaPlan::productCode(plan.product)),
        amount(plan.contribution),
        date(plan.enrolFrom),
        date(plan.enrolTo),
        date(plan.termStart),
        date(plan.termEnd),
        number(plan.waitingDays),
        amount(plan.deductibleAdmission),
        amount(plan.deductibleTerm),
        quoted(MaPlan::bandModeCode(plan.bandMode)),
        lines(bands, indent),
        amount(plan.minPayout),
        quoted(MaPlan::minPayoutRuleCode(plan.minPayoutRule)),
        amount(plan.capClaim),
        amount(plan.capMemberTerm),
        lines(diseases, indent),
        number(plan.deadlineDays),
        date(plan.deadlineDate),
        documents.isEmpty()
            ? QStringLiteral("[]")
            : QLatin1Char('[') + documents.join(QStringLiteral(", ")) + QLatin1Char(']'),
        quoted(plan.notes),
    };
    const QStringList keys = MaPlanJsonKeys::planKeys();
    QStringList pairs;
    for (qsizetype i = 0; i < keys.size(); ++i)
        pairs.append(indent + quoted(keys.at(i)) + QStringLiteral(": ") + values.at(i));
    return QStringLiteral("{\n") + pairs.join(QStringLiteral(",\n")) + QStringLiteral("\n    }");
}

} // namespace

namespace MaPlanJsonKeys {

QString key(MaPlanSpot::Field field)
{
    for (const FieldKey &k : FieldKeys) {
        if (k.field == field)
            return QLatin1String(k.key);
    }
    return {};
}

QString key(MaPlanSpot::Part part)
{
    switch (part) {
    case Part::Whole:
        return {};
    case Part::Lower:
        return QStringLiteral("lower_yuan");
    case Part::Upper:
        return QStringLiteral("upper_yuan");
    case Part::Ratio:
        return QStringLiteral("ratio");
    case Part::Code:
        return QStringLiteral("code");
    case Part::DiseaseName:
        return QStringLiteral("name");
    case Part::LumpSum:
        return QStringLiteral("lump_sum_yuan");
    }
    return {};
}

QStringList planKeys()
{
    QStringList keys{Id};
    for (const FieldKey &k : FieldKeys)
        keys.append(QLatin1String(k.key));
    return keys;
}

QStringList bandKeys()
{
    return {key(Part::Lower), key(Part::Upper), key(Part::Ratio)};
}

QStringList diseaseKeys()
{
    return {key(Part::Code), key(Part::DiseaseName), key(Part::LumpSum)};
}

} // namespace MaPlanJsonKeys

namespace MaPlanJson {

QString path(int planIndex, const MaPlanSpot &spot)
{
    QString p = QStringLiteral("%1[%2]").arg(MaPlanJsonKeys::Plans).arg(planIndex);
    if (spot.field == Field::Unknown)
        return p;
    p += QLatin1Char('.') + MaPlanJsonKeys::key(spot.field);
    if (spot.row >= 0)
        p += QStringLiteral("[%1]").arg(spot.row);
    if (spot.part != Part::Whole)
        p += QLatin1Char('.') + MaPlanJsonKeys::key(spot.part);
    return p;
}

Result<int> parsePercent(const QString &text, bool requireSign)
{
    static const QRegularExpression Pattern(
        QStringLiteral("^(\\d{1,4})(?:\\.(\\d))?\\s*([%％]?)$"));
    const QRegularExpressionMatch m = Pattern.match(text.trimmed());
    if (!m.hasMatch() || (requireSign && m.captured(3).isEmpty()))
        return Error{Text::tr("Not a percentage: write it like \"30%\" or \"32.5%\" (at most one "
                              "decimal).")};
    return m.captured(1).toInt() * 10 + (m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
}

QString formatPercent(int permille)
{
    const QString whole = QString::number(permille / 10);
    return permille % 10 == 0 ? whole + QLatin1Char('%')
                              : QStringLiteral("%1.%2%").arg(whole).arg(qAbs(permille % 10));
}

QByteArray write(const QList<MaPlan> &plans)
{
    QStringList objects;
    for (const MaPlan &plan : plans)
        objects.append(planObject(plan));
    const QString text =
        QStringLiteral("{\n  %1: %2,\n  %3: %4,\n  %5: %6\n}\n")
            .arg(quoted(MaPlanJsonKeys::Format), quoted(FormatName),
                 quoted(MaPlanJsonKeys::Version), QString::number(FormatVersion),
                 quoted(MaPlanJsonKeys::Plans), lines(objects, QStringLiteral("  ")));
    return text.toUtf8();
}

Status writeFile(const QString &path, const QList<MaPlan> &plans)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("Cannot write the file: %1").arg(file.errorString()), path};
    file.write(write(plans));
    if (!file.commit())
        return Error{Text::tr("Cannot write the file: %1").arg(file.errorString()), path};
    return {};
}

} // namespace MaPlanJson

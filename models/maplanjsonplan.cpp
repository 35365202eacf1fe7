// MaPlanJson: reading one plan object of the plan file key by key (see
// maplanjsonread.cpp for the file as a whole). A value that cannot be read is
// reported at its path and left out of the plan. Unknown keys are refused: a
// misspelt optional key ("cap_claim" for "cap_claim_yuan") would otherwise
// silently drop a rule.
#include "maplanjson.h"
#include "maplanjsonkeys.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace {

using Field = MaPlanSpot::Field;
using Part = MaPlanSpot::Part;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MaPlanJson)
};

enum class Need { Optional, Required };

class PlanReader
{
public:
    PlanReader(int index, QList<Error> &problems) : m_index(index), m_problems(problems) {}

    MaPlan read(const QJsonObject &object);
    /// The paths this reader reported problems at.
    const QStringList &reported() const { return m_reported; }

private:
    QString at(const MaPlanSpot &spot) const { return MaPlanJson::path(m_index, spot); }
    void fail(const QString &path, const QString &message)
    {
        m_problems.append({message, path});
        m_reported.append(path);
    }
    void checkKeys(const QJsonObject &object, const QStringList &known, const QString &path);
    /// The value of \a spot's key in \a o (a plan, band or disease), or an
    /// undefined one after reporting a missing required value; null is missing.
    QJsonValue value(const QJsonObject &o, const MaPlanSpot &spot, Need need);
    QString text(const QJsonObject &o, const MaPlanSpot &spot, Need need);
    std::optional<Money> amount(const QJsonObject &o, const MaPlanSpot &spot, Need need);
    std::optional<int> whole(const QJsonObject &o, const MaPlanSpot &spot, Need need);
    QDate date(const QJsonObject &o, const MaPlanSpot &spot, Need need);
    template <typename T>
    T code(const QJsonObject &o, const MaPlanSpot &spot, T fallback,
           std::optional<T> (*fromCode)(const QString &), const QStringList &codes);
    QList<QJsonObject> objects(const QJsonObject &o, const MaPlanSpot &spot);
    void readBands(const QJsonObject &object, MaPlan &plan);
    void readDiseases(const QJsonObject &object, MaPlan &plan);
    void readDocuments(const QJsonObject &object, MaPlan &plan);

    int m_index;
    QList<Error> &m_problems;
    QStringList m_reported;
};

void PlanReader::checkKeys(const QJsonObject &object, const QStringList &known, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(path + QLatin1Char('.') + it.key(),
                 Text::tr("Unknown key (misspelt?); the keys are listed in "
                          "docs/mutual-aid-plans.md."));
    }
}

QJsonValue PlanReader::value(const QJsonObject &o, const MaPlanSpot &spot, Need need)
{
    const QJsonValue v = o.value(spot.part == Part::Whole ? MaPlanJsonKeys::key(spot.field)
                                                          : MaPlanJsonKeys::key(spot.part));
    if ((v.isUndefined() || v.isNull()) && need == Need::Required) {
        fail(at(spot), Text::tr("A value is required here."));
        return QJsonValue(QJsonValue::Undefined);
    }
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

QString PlanReader::text(const QJsonObject &o, const MaPlanSpot &spot, Need need)
{
    const QJsonValue v = value(o, spot, need);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(at(spot), Text::tr("Write text in double quotes."));
        return {};
    }
    return v.toString();
}

std::optional<Money> PlanReader::amount(const QJsonObject &o, const MaPlanSpot &spot, Need need)
{
    const QString path = at(spot);
    const QJsonValue v = value(o, spot, need);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        fail(path, Text::tr("Write the amount in yuan as text in double quotes, e.g. "
                            "\"50,000.00\" or \"50000\"."));
        return std::nullopt;
    }
    auto money = Money::parse(v.toString());
    if (!money) {
        fail(path, Text::tr("Not an amount in yuan: %1.").arg(money.error().message));
        return std::nullopt;
    }
    if (money->fen() < 0) {
        fail(path, Text::tr("The amount must not be negative."));
        return std::nullopt;
    }
    return *money;
}

std::optional<int> PlanReader::whole(const QJsonObject &o, const MaPlanSpot &spot, Need need)
{
    const QJsonValue v = value(o, spot, need);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 1'000'000) {
        fail(at(spot), Text::tr("Write a whole number (0 or more) without quotes, e.g. 90."));
        return std::nullopt;
    }
    return int(d);
}

QDate PlanReader::date(const QJsonObject &o, const MaPlanSpot &spot, Need need)
{
    static const QRegularExpression Iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QJsonValue v = value(o, spot, need);
    if (v.isUndefined())
        return {};
    const QDate d = v.isString() && Iso.match(v.toString()).hasMatch()
                        ? QDate::fromString(v.toString(), Qt::ISODate)
                        : QDate();
    if (!d.isValid())
        fail(at(spot), Text::tr("Write a date as \"YYYY-MM-DD\", e.g. \"2014-12-31\"."));
    return d;
}

template <typename T>
T PlanReader::code(const QJsonObject &o, const MaPlanSpot &spot, T fallback,
                   std::optional<T> (*fromCode)(const QString &), const QStringList &codes)
{
    const QJsonValue v = value(o, spot, Need::Optional);
    if (v.isUndefined())
        return fallback;
    const std::optional<T> parsed = v.isString() ? fromCode(v.toString()) : std::nullopt;
    if (!parsed) {
        fail(at(spot), Text::tr("Write one of %1.").arg(codes.join(QStringLiteral(", "))));
        return fallback;
    }
    return *parsed;
}

QList<QJsonObject> PlanReader::objects(const QJsonObject &o, const MaPlanSpot &spot)
{
    const QString path = at(spot);
    const QJsonValue v = value(o, spot, Need::Optional);
    QList<QJsonObject> list;
    if (v.isUndefined())
        return list;
    if (!v.isArray()) {
        fail(path, Text::tr("Write a list in square brackets: [ ... ]."));
        return list;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            fail(QStringLiteral("%1[%2]").arg(path).arg(i),
                 Text::tr("Write each entry in braces: { ... }."));
        list.append(array.at(i).toObject()); // an empty one keeps the numbering
    }
    return list;
}

void PlanReader::readBands(const QJsonObject &object, MaPlan &plan)
{
    const QList<QJsonObject> bands = objects(object, {Field::Bands});
    for (int i = 0; i < bands.size(); ++i) {
        const QJsonObject &b = bands.at(i);
        checkKeys(b, MaPlanJsonKeys::bandKeys(), at({Field::Bands, i}));
        MaBand band;
        band.lower = amount(b, {Field::Bands, i, Part::Lower}, Need::Required).value_or(Money());
        band.upper = amount(b, {Field::Bands, i, Part::Upper}, Need::Optional);
        const MaPlanSpot ratio{Field::Bands, i, Part::Ratio};
        if (const QString percent = text(b, ratio, Need::Required); !percent.isEmpty()) {
            if (auto permille = MaPlanJson::parsePercent(percent, true))
                band.ratioPermille = *permille;
            else
                fail(at(ratio), permille.error().message);
        }
        plan.bands.append(band);
    }
}

void PlanReader::readDiseases(const QJsonObject &object, MaPlan &plan)
{
    const QList<QJsonObject> diseases = objects(object, {Field::ListedDiseases});
    for (int i = 0; i < diseases.size(); ++i) {
        const QJsonObject &d = diseases.at(i);
        checkKeys(d, MaPlanJsonKeys::diseaseKeys(), at({Field::ListedDiseases, i}));
        plan.listedDiseases.append(
            {text(d, {Field::ListedDiseases, i, Part::Code}, Need::Required).trimmed(),
             text(d, {Field::ListedDiseases, i, Part::DiseaseName}, Need::Required).trimmed(),
             amount(d, {Field::ListedDiseases, i, Part::LumpSum}, Need::Required)
                 .value_or(Money())});
    }
}

void PlanReader::readDocuments(const QJsonObject &object, MaPlan &plan)
{
    const QString path = at({Field::RequiredDocuments});
    const QJsonValue v = value(object, {Field::RequiredDocuments}, Need::Optional);
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        fail(path, Text::tr("Write a list in square brackets, e.g. [\"id_card\", \"invoice\"]."));
        return;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array.at(i).isString())
            plan.requiredDocuments.append(array.at(i).toString().trimmed());
        else
            fail(QStringLiteral("%1[%2]").arg(path).arg(i),
                 Text::tr("Write text in double quotes."));
    }
}

MaPlan PlanReader::read(const QJsonObject &o)
{
    const QString planPath = MaPlanJson::path(m_index, {});
    checkKeys(o, MaPlanJsonKeys::planKeys(), planPath);
    MaPlan plan;
    const QJsonValue id = o.value(MaPlanJsonKeys::Id);
    // Ids cross devices: only a UUID as Bangfu writes it.
    const QUuid uuid = QUuid::fromString(id.toString().trimmed());
    if (!uuid.isNull())
        plan.id = uuid.toString(QUuid::WithoutBraces);
    else if (!id.isNull() && !id.isUndefined())
        fail(planPath + QLatin1Char('.') + MaPlanJsonKeys::Id,
             Text::tr("Keep the id as exported, or write null for a new plan."));
    plan.year = whole(o, {Field::Year}, Need::Required).value_or(0);
    plan.name = text(o, {Field::Name}, Need::Required).trimmed();
    if (!value(o, {Field::Product}, Need::Required).isUndefined()) // reports a missing one
        plan.product =
            code(o, {Field::Product}, MaPlan::Product::Inpatient, &MaPlan::productFromCode,
                 {QStringLiteral("inpatient"), QStringLiteral("listed_disease"),
                  QStringLiteral("women")});
    plan.contribution = amount(o, {Field::Contribution}, Need::Required).value_or(Money());
    plan.enrolFrom = date(o, {Field::EnrolFrom}, Need::Optional);
    plan.enrolTo = date(o, {Field::EnrolTo}, Need::Optional);
    plan.termStart = date(o, {Field::TermStart}, Need::Required);
    plan.termEnd = date(o, {Field::TermEnd}, Need::Required);
    plan.waitingDays = whole(o, {Field::WaitingDays}, Need::Optional);
    plan.deductibleAdmission = amount(o, {Field::DeductibleAdmission}, Need::Optional);
    plan.deductibleTerm = amount(o, {Field::DeductibleTerm}, Need::Optional);
    plan.bandMode =
        code(o, {Field::BandMode}, MaPlan::BandMode::Marginal, &MaPlan::bandModeFromCode,
             {QStringLiteral("marginal"), QStringLiteral("whole")});
    readBands(o, plan);
    plan.minPayout = amount(o, {Field::MinPayout}, Need::Optional);
    plan.minPayoutRule =
        code(o, {Field::MinPayoutRule}, MaPlan::MinPayoutRule::Raise,
             &MaPlan::minPayoutRuleFromCode, {QStringLiteral("raise"), QStringLiteral("withhold")});
    plan.capClaim = amount(o, {Field::CapClaim}, Need::Optional);
    plan.capMemberTerm = amount(o, {Field::CapMemberTerm}, Need::Optional);
    readDiseases(o, plan);
    plan.deadlineDays = whole(o, {Field::DeadlineDays}, Need::Optional);
    plan.deadlineDate = date(o, {Field::DeadlineDate}, Need::Optional);
    readDocuments(o, plan);
    plan.notes = text(o, {Field::Notes}, Need::Optional);
    return plan;
}

} // namespace

namespace MaPlanJsonKeys {

MaPlan readPlan(int index, const QJsonObject &object, QList<Error> &problems, QStringList &reported)
{
    PlanReader reader(index, problems);
    MaPlan plan = reader.read(object);
    reported = reader.reported();
    return plan;
}

} // namespace MaPlanJsonKeys

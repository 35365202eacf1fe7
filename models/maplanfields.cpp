// MaPlanFields: labels, locating problems, and comparing plans field by field.
// The labels and messages below are the source texts of maplan.cpp (context
// "MaPlan"), so that they translate identically; tst_maplanfields checks that
// every problem maplan.cpp can report is located.
#include "maplanfields.h"

#include <functional>
#include <QCoreApplication>

namespace {

using Field = MaPlanSpot::Field;
using Part = MaPlanSpot::Part;

QString tr(const char *text)
{
    return QCoreApplication::translate("MaPlan", text);
}

struct FieldInfo
{
    Field field;
    const char *label;
    bool payoutRule;
    std::function<bool(const MaPlan &, const MaPlan &)> same;
};

bool sameBands(const MaPlan &a, const MaPlan &b)
{
    if (a.bands.size() != b.bands.size())
        return false;
    for (qsizetype i = 0; i < a.bands.size(); ++i) {
        const MaBand &x = a.bands.at(i);
        const MaBand &y = b.bands.at(i);
        if (x.lower != y.lower || x.upper != y.upper || x.ratioPermille != y.ratioPermille)
            return false;
    }
    return true;
}

bool sameDiseases(const MaPlan &a, const MaPlan &b, bool names)
{
    if (a.listedDiseases.size() != b.listedDiseases.size())
        return false;
    for (const MaListedDisease &x : a.listedDiseases) {
        const MaListedDisease *y = b.disease(x.code);
        if (!y || y->lumpSum != x.lumpSum || (names && y->name != x.name))
            return false;
    }
    return true;
}

template <typename Member> auto same(Member member)
{
    return [member](const MaPlan &a, const MaPlan &b) { return a.*member == b.*member; };
}

const QList<FieldInfo> &fields()
{
    static const QList<FieldInfo> all = {
        {Field::Year, QT_TRANSLATE_NOOP("MaPlan", "Year"), true, same(&MaPlan::year)},
        {Field::Name, QT_TRANSLATE_NOOP("MaPlan", "Name"), false, same(&MaPlan::name)},
        {Field::Product, QT_TRANSLATE_NOOP("MaPlan", "Product"), true, same(&MaPlan::product)},
        {Field::Contribution, QT_TRANSLATE_NOOP("MaPlan", "Contribution"), false,
         same(&MaPlan::contribution)},
        {Field::EnrolFrom, QT_TRANSLATE_NOOP("MaPlan", "Enrolment window"), false,
         same(&MaPlan::enrolFrom)},
        {Field::EnrolTo, QT_TRANSLATE_NOOP("MaPlan", "Enrolment window"), false,
         same(&MaPlan::enrolTo)},
        {Field::TermStart, QT_TRANSLATE_NOOP("MaPlan", "Term"), true, same(&MaPlan::termStart)},
        {Field::TermEnd, QT_TRANSLATE_NOOP("MaPlan", "Term"), true, same(&MaPlan::termEnd)},
        {Field::WaitingDays, QT_TRANSLATE_NOOP("MaPlan", "Waiting period"), true,
         same(&MaPlan::waitingDays)},
        {Field::DeductibleAdmission, QT_TRANSLATE_NOOP("MaPlan", "Deductible per admission"), true,
         same(&MaPlan::deductibleAdmission)},
        {Field::DeductibleTerm, QT_TRANSLATE_NOOP("MaPlan", "Deductible per term"), true,
         same(&MaPlan::deductibleTerm)},
        {Field::BandMode, QT_TRANSLATE_NOOP("MaPlan", "Band mode"), true, same(&MaPlan::bandMode)},
        {Field::Bands, QT_TRANSLATE_NOOP("MaPlan", "Bands"), true, sameBands},
        {Field::MinPayout, QT_TRANSLATE_NOOP("MaPlan", "Minimum payout"), true,
         same(&MaPlan::minPayout)},
        {Field::MinPayoutRule, QT_TRANSLATE_NOOP("MaPlan", "Below the minimum"), true,
         same(&MaPlan::minPayoutRule)},
        {Field::CapClaim, QT_TRANSLATE_NOOP("MaPlan", "Cap per claim"), true,
         same(&MaPlan::capClaim)},
        {Field::CapMemberTerm, QT_TRANSLATE_NOOP("MaPlan", "Cap per member and term"), true,
         same(&MaPlan::capMemberTerm)},
        {Field::ListedDiseases, QT_TRANSLATE_NOOP("MaPlan", "Listed diseases"), true,
         [](const MaPlan &a, const MaPlan &b) { return sameDiseases(a, b, true); }},
        {Field::DeadlineDays, QT_TRANSLATE_NOOP("MaPlan", "Claim deadline"), true,
         same(&MaPlan::deadlineDays)},
        {Field::DeadlineDate, QT_TRANSLATE_NOOP("MaPlan", "Claim deadline"), true,
         same(&MaPlan::deadlineDate)},
        {Field::RequiredDocuments, QT_TRANSLATE_NOOP("MaPlan", "Required documents"), false,
         same(&MaPlan::requiredDocuments)},
        {Field::Notes, QT_TRANSLATE_NOOP("MaPlan", "Notes"), false, same(&MaPlan::notes)},
    };
    return all;
}

bool isAmountMessage(const QString &message)
{
    return message == tr("The amount must not be negative.") ||
           message == tr("The amount is too large.");
}

bool amountOutOfRange(Money amount)
{
    return amount.fen() < 0 || amount.fen() > MaPlan::MaxFen;
}

Part bandPart(const MaPlan &plan, int i, const QString &message)
{
    if (message == tr("The ratio must be between 0% and 100%."))
        return Part::Ratio;
    if (message == tr("The band must end above where it starts.") ||
        message == tr("Only the last band may be open-ended.") ||
        message == tr("The last band must be open-ended; limit payouts with a cap instead."))
        return Part::Upper;
    if (i > 0 && plan.bands.at(i - 1).upper &&
        message == tr("The band must start where band %1 ends (%2).")
                       .arg(QString::number(i), plan.bands.at(i - 1).upper->toStringWithSymbol()))
        return Part::Lower;
    if (isAmountMessage(message))
        return amountOutOfRange(plan.bands.at(i).lower) ? Part::Lower : Part::Upper;
    return Part::Whole;
}

Part diseasePart(const MaListedDisease &disease, const QString &message)
{
    if (message == tr("The disease needs a code.") ||
        message == tr("The code %1 is listed twice.").arg(disease.code))
        return Part::Code;
    if (message == tr("The disease needs a name."))
        return Part::DiseaseName;
    if (isAmountMessage(message))
        return Part::LumpSum;
    return Part::Whole;
}

} // namespace

namespace MaPlanFields {

MaPlanSpot locate(const MaPlan &plan, const Error &problem)
{
    const QString &where = problem.where;
    for (int i = 0; i < plan.bands.size(); ++i) {
        if (where == tr("Band %1").arg(i + 1))
            return {Field::Bands, i, bandPart(plan, i, problem.message)};
    }
    for (int i = 0; i < plan.listedDiseases.size(); ++i) {
        if (where == tr("Listed disease %1").arg(i + 1))
            return {Field::ListedDiseases, i,
                    diseasePart(plan.listedDiseases.at(i), problem.message)};
    }
    if (where == label(Field::Bands) && !plan.bands.isEmpty() &&
        problem.message == tr("The first band must start at %1.").arg(Money().toStringWithSymbol()))
        return {Field::Bands, 0, Part::Lower};
    // Problems about a pair of fields point at the one to fix.
    if (where == label(Field::EnrolFrom))
        return {plan.enrolFrom.isValid() ? Field::EnrolTo : Field::EnrolFrom};
    if (where == label(Field::TermStart))
        return {plan.termStart.isValid() ? Field::TermEnd : Field::TermStart};
    if (where == label(Field::DeadlineDays))
        return {plan.deadlineDays && *plan.deadlineDays < 0 ? Field::DeadlineDays
                                                            : Field::DeadlineDate};
    for (const FieldInfo &info : fields()) {
        if (where == tr(info.label))
            return {info.field};
    }
    return {};
}

QString label(MaPlanSpot::Field field)
{
    for (const FieldInfo &info : fields()) {
        if (info.field == field)
            return tr(info.label);
    }
    return {};
}

QList<MaPlanSpot::Field> changes(const MaPlan &before, const MaPlan &after)
{
    QList<Field> changed;
    for (const FieldInfo &info : fields()) {
        if (!info.same(before, after))
            changed.append(info.field);
    }
    return changed;
}

QList<MaPlanSpot::Field> payoutRuleChanges(const MaPlan &before, const MaPlan &after)
{
    QList<Field> changed;
    for (const FieldInfo &info : fields()) {
        const bool same = info.field == Field::ListedDiseases ? sameDiseases(before, after, false)
                                                              : info.same(before, after);
        if (info.payoutRule && !same)
            changed.append(info.field);
    }
    return changed;
}

QString labels(const QList<MaPlanSpot::Field> &fields)
{
    QStringList words;
    for (Field field : fields) {
        const QString word = label(field);
        if (!words.contains(word))
            words.append(word);
    }
    return words.join(QStringLiteral(", "));
}

} // namespace MaPlanFields

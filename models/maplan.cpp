// MaPlan: codes of the enumerations and validation. Loading: maplanstore.cpp.
#include "maplan.h"

#include <QCoreApplication>
#include <QSet>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MaPlan)
};

QString money(Money amount)
{
    return amount.toStringWithSymbol();
}

class Checker
{
public:
    void fail(const QString &where, const QString &message) { m_problems.append({message, where}); }

    void amount(const QString &where, const std::optional<Money> &value)
    {
        if (!value)
            return;
        if (value->fen() < 0)
            fail(where, Text::tr("The amount must not be negative."));
        else if (value->fen() > MaPlan::MaxFen)
            fail(where, Text::tr("The amount is too large."));
    }

    void days(const QString &where, const std::optional<int> &value)
    {
        if (value && *value < 0)
            fail(where, Text::tr("The number of days must not be negative."));
    }

    QList<Error> problems() const { return m_problems; }

private:
    QList<Error> m_problems;
};

void checkBands(const MaPlan &plan, Checker &check)
{
    const QString bandsField = Text::tr("Bands");
    if (plan.bands.isEmpty()) {
        check.fail(bandsField, Text::tr("The plan needs at least one band."));
        return;
    }
    if (plan.bands.first().lower.fen() != 0)
        check.fail(bandsField, Text::tr("The first band must start at %1.").arg(money(Money())));
    for (qsizetype i = 0; i < plan.bands.size(); ++i) {
        const MaBand &band = plan.bands.at(i);
        const QString where = Text::tr("Band %1").arg(i + 1);
        const bool last = i + 1 == plan.bands.size();
        check.amount(where, band.lower);
        check.amount(where, band.upper);
        if (band.ratioPermille < 0 || band.ratioPermille > 1000)
            check.fail(where, Text::tr("The ratio must be between 0% and 100%."));
        if (band.upper && *band.upper <= band.lower)
            check.fail(where, Text::tr("The band must end above where it starts."));
        if (!last && !band.upper)
            check.fail(where, Text::tr("Only the last band may be open-ended."));
        if (last && band.upper)
            check.fail(where, Text::tr("The last band must be open-ended; limit payouts with a "
                                       "cap instead."));
        if (i > 0) {
            const MaBand &previous = plan.bands.at(i - 1);
            if (previous.upper && band.lower != *previous.upper)
                check.fail(where, Text::tr("The band must start where band %1 ends (%2).")
                                      .arg(QString::number(i), money(*previous.upper)));
        }
    }
}

void checkDiseases(const MaPlan &plan, Checker &check)
{
    QSet<QString> codes;
    for (qsizetype i = 0; i < plan.listedDiseases.size(); ++i) {
        const MaListedDisease &d = plan.listedDiseases.at(i);
        const QString where = Text::tr("Listed disease %1").arg(i + 1);
        if (d.code.trimmed().isEmpty())
            check.fail(where, Text::tr("The disease needs a code."));
        else if (codes.contains(d.code))
            check.fail(where, Text::tr("The code %1 is listed twice.").arg(d.code));
        codes.insert(d.code);
        if (d.name.trimmed().isEmpty())
            check.fail(where, Text::tr("The disease needs a name."));
        check.amount(where, d.lumpSum);
    }
}

// Which of bands and listed diseases the product needs; the wrong one is an
// error rather than ignored, so that an administrator never believes a rule
// applies that the engine does not use.
void checkPayoutBasis(const MaPlan &plan, Checker &check)
{
    const QString bandsField = Text::tr("Bands");
    const QString diseasesField = Text::tr("Listed diseases");
    switch (plan.product) {
    case MaPlan::Product::Inpatient:
        if (!plan.listedDiseases.isEmpty())
            check.fail(diseasesField, Text::tr("An inpatient product pays from bands on the "
                                               "personal share and lists no diseases."));
        checkBands(plan, check);
        break;
    case MaPlan::Product::ListedDisease:
        if (plan.listedDiseases.isEmpty())
            check.fail(diseasesField,
                       Text::tr("A listed-disease product needs at least one listed disease."));
        if (!plan.bands.isEmpty())
            check.fail(bandsField, Text::tr("A listed-disease product pays lump sums and has "
                                            "no bands."));
        break;
    case MaPlan::Product::Women:
        if (!plan.listedDiseases.isEmpty() && !plan.bands.isEmpty())
            check.fail(bandsField, Text::tr("A women's product pays either lump sums for listed "
                                            "diseases or from bands, not both."));
        else if (plan.listedDiseases.isEmpty())
            checkBands(plan, check);
        break;
    }
    checkDiseases(plan, check);
}

void checkDates(const MaPlan &plan, Checker &check)
{
    const QString window = Text::tr("Enrolment window");
    if (plan.enrolFrom.isValid() != plan.enrolTo.isValid())
        check.fail(window, Text::tr("Give both the first and the last day of the enrolment "
                                    "window, or neither."));
    else if (plan.enrolFrom.isValid() && plan.enrolTo < plan.enrolFrom)
        check.fail(window, Text::tr("The enrolment window ends before it starts."));

    const QString term = Text::tr("Term");
    if (!plan.termStart.isValid() || !plan.termEnd.isValid())
        check.fail(term, Text::tr("The term needs a first and a last day."));
    else if (plan.termEnd < plan.termStart)
        check.fail(term, Text::tr("The term ends before it starts."));

    check.days(Text::tr("Waiting period"), plan.waitingDays);

    const QString deadline = Text::tr("Claim deadline");
    check.days(deadline, plan.deadlineDays);
    if (plan.deadlineDays && plan.deadlineDate.isValid())
        check.fail(deadline, Text::tr("Give the claim deadline either in days after discharge "
                                      "or as a fixed date, not both."));
    else if (plan.deadlineDate.isValid() && plan.termStart.isValid() &&
             plan.deadlineDate < plan.termStart)
        check.fail(deadline, Text::tr("The claim deadline is before the term starts."));
}

} // namespace

bool MaPlan::paysLumpSums() const
{
    return product == Product::ListedDisease ||
           (product == Product::Women && !listedDiseases.isEmpty() && bands.isEmpty());
}

const MaListedDisease *MaPlan::disease(const QString &code) const
{
    for (const MaListedDisease &d : listedDiseases) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

QList<Error> MaPlan::problems() const
{
    Checker check;
    if (year < 2000 || year > 2100)
        check.fail(Text::tr("Year"), Text::tr("The year must be between 2000 and 2100."));
    if (name.trimmed().isEmpty())
        check.fail(Text::tr("Name"), Text::tr("The plan needs a name."));
    check.amount(Text::tr("Contribution"), contribution);
    checkDates(*this, check);
    check.amount(Text::tr("Deductible per admission"), deductibleAdmission);
    check.amount(Text::tr("Deductible per term"), deductibleTerm);
    checkPayoutBasis(*this, check);
    check.amount(Text::tr("Minimum payout"), minPayout);
    check.amount(Text::tr("Cap per claim"), capClaim);
    check.amount(Text::tr("Cap per member and term"), capMemberTerm);
    if (minPayout && capClaim && *minPayout > *capClaim)
        check.fail(Text::tr("Minimum payout"),
                   Text::tr("The minimum payout is more than the cap per claim."));

    const QString documents = Text::tr("Required documents");
    QSet<QString> seen;
    for (const QString &doc : requiredDocuments) {
        if (doc.trimmed().isEmpty())
            check.fail(documents, Text::tr("A document type is empty."));
        else if (seen.contains(doc))
            check.fail(documents, Text::tr("The document type %1 is listed twice.").arg(doc));
        seen.insert(doc);
    }
    return check.problems();
}

Status MaPlan::validate() const
{
    const QList<Error> all = problems();
    if (all.isEmpty())
        return {};
    return all.first();
}

QString MaPlan::productCode(Product product)
{
    switch (product) {
    case Product::Inpatient:
        return QStringLiteral("inpatient");
    case Product::ListedDisease:
        return QStringLiteral("listed_disease");
    case Product::Women:
        return QStringLiteral("women");
    }
    return {};
}

std::optional<MaPlan::Product> MaPlan::productFromCode(const QString &code)
{
    for (Product p : {Product::Inpatient, Product::ListedDisease, Product::Women}) {
        if (productCode(p) == code)
            return p;
    }
    return std::nullopt;
}

QString MaPlan::bandModeCode(BandMode mode)
{
    return mode == BandMode::Whole ? QStringLiteral("whole") : QStringLiteral("marginal");
}

std::optional<MaPlan::BandMode> MaPlan::bandModeFromCode(const QString &code)
{
    if (code == QLatin1String("marginal"))
        return BandMode::Marginal;
    if (code == QLatin1String("whole"))
        return BandMode::Whole;
    return std::nullopt;
}

QString MaPlan::minPayoutRuleCode(MinPayoutRule rule)
{
    return rule == MinPayoutRule::Withhold ? QStringLiteral("withhold") : QStringLiteral("raise");
}

std::optional<MaPlan::MinPayoutRule> MaPlan::minPayoutRuleFromCode(const QString &code)
{
    if (code == QLatin1String("raise"))
        return MinPayoutRule::Raise;
    if (code == QLatin1String("withhold"))
        return MinPayoutRule::Withhold;
    return std::nullopt;
}

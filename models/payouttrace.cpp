// PayoutTrace: sentences for the payout explanation. Amounts read "¥1,234.50",
// dates ISO, ratios "30%". The context is PayoutEngine for every string.
#include "payouttrace.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayoutEngine)
};

using Kind = PayoutStep::Kind;

QString money(Money amount)
{
    return amount.toStringWithSymbol();
}

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

PayoutStep step(Kind kind, const QString &text, Money value = {})
{
    PayoutStep s;
    s.kind = kind;
    s.text = text;
    s.value = value;
    return s;
}

PayoutStep refusal(const QString &text)
{
    return step(Kind::Refusal, text);
}

// "a − b = c", and a note when the deductible swallowed everything that was left.
QString deduction(const QString &head, Money before, Money taken, bool rest)
{
    const Money after = before - taken;
    if (rest)
        return Text::tr("%1: %2 − %3 = %4, all of it goes to the deductible",
                        "deductible: before − taken = after")
            .arg(head, money(before), money(taken), money(after));
    return Text::tr("%1: %2 − %3 = %4", "deductible: before − taken = after")
        .arg(head, money(before), money(taken), money(after));
}

bool exact(Money portion, int permille)
{
    return portion.fen() * permille % 1000 == 0;
}

} // namespace

namespace PayoutTrace {

QString bandRange(const MaBand &band)
{
    if (band.upper)
        return Text::tr("%1–%2", "a band of the personal share")
            .arg(money(band.lower), money(*band.upper));
    return Text::tr("above %1", "an open-ended band of the personal share").arg(money(band.lower));
}

PayoutStep share(Money share, qsizetype invoices)
{
    return step(
        Kind::Share,
        Text::tr("Personal share of %n invoice(s): %1", nullptr, int(invoices)).arg(money(share)),
        share);
}

PayoutStep admissionDeductible(Money deductible, Money before, Money taken)
{
    PayoutStep s = step(Kind::AdmissionDeductible,
                        deduction(Text::tr("Deductible per admission %1").arg(money(deductible)),
                                  before, taken, taken < deductible),
                        taken);
    s.limit = deductible;
    return s;
}

PayoutStep termDeductible(Money deductible, Money usedEarlier, Money before, Money taken)
{
    QString text;
    if (usedEarlier >= deductible)
        text = Text::tr("Deductible per term %1: already used up by earlier claims in this term")
                   .arg(money(deductible));
    else if (usedEarlier.fen() > 0)
        text = deduction(Text::tr("Deductible per term %1, of which earlier claims in this term "
                                  "used %2")
                             .arg(money(deductible), money(usedEarlier)),
                         before, taken, taken < deductible - usedEarlier);
    else
        text = deduction(Text::tr("Deductible per term %1").arg(money(deductible)), before, taken,
                         taken < deductible);
    PayoutStep s = step(Kind::TermDeductible, text, taken);
    s.limit = deductible;
    s.previous = usedEarlier;
    return s;
}

PayoutStep band(const MaBand &band, Money portion, Money product)
{
    const QString range = bandRange(band);
    const QString ratio = PayoutEngine::percent(band.ratioPermille);
    const QString text =
        exact(portion, band.ratioPermille)
            ? Text::tr("Band %1: %2 × %3 = %4").arg(range, money(portion), ratio, money(product))
            : Text::tr("Band %1: %2 × %3 = %4, rounded down to the fen")
                  .arg(range, money(portion), ratio, money(product));
    PayoutStep s = step(Kind::Band, text, product);
    s.portion = portion;
    s.ratioPermille = band.ratioPermille;
    s.lower = band.lower;
    s.upper = band.upper;
    return s;
}

PayoutStep wholeBand(const MaBand &band, Money amount, Money product)
{
    const QString range = bandRange(band);
    const QString ratio = PayoutEngine::percent(band.ratioPermille);
    const QString text =
        exact(amount, band.ratioPermille)
            ? Text::tr("The whole amount falls in the band %1: %2 × %3 = %4")
                  .arg(range, money(amount), ratio, money(product))
            : Text::tr("The whole amount falls in the band %1: %2 × %3 = %4, rounded down to "
                       "the fen")
                  .arg(range, money(amount), ratio, money(product));
    PayoutStep s = step(Kind::Band, text, product);
    s.portion = amount;
    s.ratioPermille = band.ratioPermille;
    s.lower = band.lower;
    s.upper = band.upper;
    return s;
}

PayoutStep bandSum(const QList<Money> &parts, Money sum)
{
    QStringList terms;
    for (Money part : parts)
        terms.append(money(part));
    return step(Kind::BandSum,
                Text::tr("Sum of the bands: %1 = %2")
                    .arg(terms.join(Text::tr(" + ", "between terms of a sum")), money(sum)),
                sum);
}

PayoutStep lumpSum(const MaListedDisease &disease)
{
    return step(Kind::LumpSum,
                Text::tr("Listed disease %1 %2: lump sum %3")
                    .arg(disease.code, disease.name, money(disease.lumpSum)),
                disease.lumpSum);
}

PayoutStep minimum(MaPlan::MinPayoutRule rule, Money minimum, Money before, Money after)
{
    QString text;
    if (rule == MaPlan::MinPayoutRule::Withhold)
        text = Text::tr("%1 is less than the minimum payout %2: nothing is paid")
                   .arg(money(before), money(minimum));
    else if (after < minimum)
        text = Text::tr("%1 is less than the minimum payout %2: raised to %3, all of the share "
                        "left after the deductibles")
                   .arg(money(before), money(minimum), money(after));
    else
        text = Text::tr("%1 is less than the minimum payout %2: raised to %2")
                   .arg(money(before), money(minimum));
    PayoutStep s = step(Kind::Minimum, text, after);
    s.limit = minimum;
    return s;
}

PayoutStep claimCap(Money cap, Money before)
{
    PayoutStep s = step(Kind::ClaimCap,
                        Text::tr("%1 is more than the cap per claim %2: reduced to %2")
                            .arg(money(before), money(cap)),
                        cap);
    s.limit = cap;
    return s;
}

PayoutStep termCap(Money cap, Money paidEarlier, Money before, Money after)
{
    const QString text =
        paidEarlier.fen() == 0
            ? Text::tr("%1 is more than the cap per member and term %2: reduced to %2")
                  .arg(money(before), money(cap))
            : Text::tr("Cap per member and term %1, of which earlier claims in this term were "
                       "paid %2: %3 is left, so %4 is reduced to %3")
                  .arg(money(cap), money(paidEarlier), money(after), money(before));
    PayoutStep s = step(Kind::TermCap, text, after);
    s.limit = cap;
    s.previous = paidEarlier;
    return s;
}

PayoutStep payout(Money amount, bool refused)
{
    if (refused)
        return step(Kind::Payout, Text::tr("Payout: %1, the claim is refused").arg(money(amount)),
                    amount);
    return step(Kind::Payout, Text::tr("Payout: %1").arg(money(amount)), amount);
}

PayoutStep invalidPlan(const Error &problem)
{
    return refusal(Text::tr("The plan cannot be used: %1").arg(problem.toString()));
}

PayoutStep missingDates()
{
    return refusal(Text::tr("The claim needs an admission and a discharge date."));
}

PayoutStep dischargeBeforeAdmission(const QDate &admitted, const QDate &discharged)
{
    return refusal(Text::tr("The discharge date %1 is before the admission date %2.")
                       .arg(day(discharged), day(admitted)));
}

PayoutStep badInvoiceShare(qsizetype invoice)
{
    return refusal(Text::tr("The personal share of invoice %1 is negative or too large.")
                       .arg(QString::number(invoice)));
}

PayoutStep notPaid()
{
    return refusal(Text::tr("The contribution for this plan year has not been paid: not covered."));
}

PayoutStep outsideTerm(const QDate &admitted, const QDate &termStart, const QDate &termEnd)
{
    return refusal(Text::tr("Admitted on %1, outside the term %2 to %3: not covered.")
                       .arg(day(admitted), day(termStart), day(termEnd)));
}

PayoutStep beforePayment(const QDate &admitted, const QDate &paidOn)
{
    return refusal(Text::tr("Admitted on %1, before the contribution was paid on %2: not covered.")
                       .arg(day(admitted), day(paidOn)));
}

PayoutStep waitingPeriod(const QDate &admitted, int days, const QDate &first, const QDate &last)
{
    return refusal(Text::tr("Admitted on %1, within the waiting period of %n day(s) from %2 to "
                            "%3: not covered.",
                            nullptr, days)
                       .arg(day(admitted), day(first), day(last)));
}

PayoutStep deadlineDaysPassed(const QDate &submitted, int days, const QDate &discharged,
                              const QDate &deadline)
{
    return refusal(Text::tr("Handed in on %1, after the claim deadline %2 (%n day(s) after the "
                            "discharge on %3): too late.",
                            nullptr, days)
                       .arg(day(submitted), day(deadline), day(discharged)));
}

PayoutStep deadlineDatePassed(const QDate &submitted, const QDate &deadline)
{
    return refusal(Text::tr("Handed in on %1, after the claim deadline %2: too late.")
                       .arg(day(submitted), day(deadline)));
}

PayoutStep noDisease()
{
    return refusal(Text::tr("No listed disease is given; this product pays only for listed "
                            "diseases."));
}

PayoutStep diseaseNotListed(const QString &code)
{
    return refusal(Text::tr("The disease code %1 is not listed in this plan.").arg(code));
}

PayoutStep diseaseAlreadyPaid(const MaListedDisease &disease)
{
    return refusal(Text::tr("The lump sum for %1 %2 was already paid in this term.")
                       .arg(disease.code, disease.name));
}

} // namespace PayoutTrace

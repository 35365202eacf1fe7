// The mutual-aid part of the demo: plan years after the Yueyang city union
// plan (2014), enrolments of household members and of other workers, and
// inpatient claims with their invoices in every state of processing. Claims
// are entered as drafts and then moved on by MaClaimWorkflow, in the order
// things happened, so numbers, payouts and explanations are exactly what the
// application gives (PayoutEngine), earlier decisions counting towards the
// term cap as they would have.
#include "democontext.h"
#include "maclaimworkflow.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <tuple>

namespace {

// Yueyang plan (reference README): 50 yuan a year; marginal ratios on the
// personal share 0–5,000 30%, –10,000 35%, –20,000 40%, –30,000 45%, above 50%;
// at least 50 yuan per claim; at most 50,000 yuan per member and term.
struct Band
{
    qint64 lowerFen;
    qint64 upperFen; ///< -1: open-ended
    int permille;
};
constexpr Band YueyangBands[] = {{0, 500000, 300},
                                 {500000, 1000000, 350},
                                 {1000000, 2000000, 400},
                                 {2000000, 3000000, 450},
                                 {3000000, -1, 500}};
constexpr qint64 ContributionFen = 5000;
constexpr qint64 MinPayoutFen = 5000;
constexpr qint64 CapTermFen = 5000000;

struct Enrollee
{
    QString memberId; ///< empty for workers outside the hardship households
    QString name;
    QString idNumber;
    QString workUnit;
    QString phone;
    QDate birth;
    bool ill = false;
    int firstYear = 0;
    int lastYear = 0;
    QString caseworker;
};

QString digitsText(DemoRandom &rng, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + int(rng.bounded(10))));
    return text;
}

// A claim as the caseworker enters it, and what became of it later.
struct PendingClaim
{
    QString id;
    QString caseworker;
    QString createdAt;
    RowValues draft;
    QList<RowValues> invoices;
    QString submittedAt; ///< empty while a draft
    QString decidedAt;   ///< empty: not decided yet
    QString decider;
    QString rejection; ///< empty: approved
    QString paidAt;    ///< empty: not paid yet
    QDate paidOn;
    QString paymentReference;
};

struct Enrolment
{
    const Enrollee *person = nullptr;
    QString id;
    QDate paidOn;
    QString at;
    QString receiptNo;
};

// Receipt numbers count up through each plan year in the order contributions
// were paid, as an office would give them.
void numberReceipts(QList<Enrolment> &enrolled, int year)
{
    QList<Enrolment *> order;
    for (Enrolment &e : enrolled)
        order.append(&e);
    std::sort(order.begin(), order.end(), [](const Enrolment *a, const Enrolment *b) {
        return std::tie(a->paidOn, a->at, a->id) < std::tie(b->paidOn, b->at, b->id);
    });
    for (qsizetype i = 0; i < order.size(); ++i)
        order.at(i)->receiptNo =
            QStringLiteral("HZ%1%2").arg(year).arg(i + 1, 6, 10, QLatin1Char('0'));
}

// One step of a claim's history.
struct ClaimEvent
{
    enum Kind { Create, Submit, Decide, Pay } kind;
    QString at;
    const PendingClaim *claim;
};

Status enter(DemoContext &ctx, const PendingClaim &claim)
{
    if (Status s = ctx.insert(claim.caseworker, Permission::EditClaims, QStringLiteral("ma_claims"),
                              claim.createdAt, claim.draft);
        !s)
        return s;
    for (const RowValues &invoice : claim.invoices) {
        if (Status s = ctx.insert(claim.caseworker, Permission::EditClaims,
                                  QStringLiteral("ma_invoices"), claim.createdAt, invoice);
            !s)
            return s;
    }
    return {};
}

Status run(DemoContext &ctx, const ClaimEvent &event)
{
    const PendingClaim &claim = *event.claim;
    if (event.kind == ClaimEvent::Create)
        return enter(ctx, claim);
    auto writer =
        ctx.writerAt(event.kind == ClaimEvent::Submit ? claim.caseworker : claim.decider, event.at);
    if (!writer)
        return writer.error();
    switch (event.kind) {
    case ClaimEvent::Submit: {
        auto number = MaClaimWorkflow::submit(**writer, claim.id);
        return number ? Status() : Status(number.error());
    }
    case ClaimEvent::Decide:
        return claim.rejection.isEmpty()
                   ? MaClaimWorkflow::approve(**writer, claim.id)
                   : MaClaimWorkflow::reject(**writer, claim.id, claim.rejection);
    case ClaimEvent::Pay:
        return MaClaimWorkflow::markPaid(**writer, claim.id, claim.paidOn, claim.paymentReference);
    case ClaimEvent::Create:
        break;
    }
    return {};
}

// Replays the claims of a plan year in the order things happened: claim
// numbers follow the order of submission, and a decision sees exactly the
// decisions made before it.
Status writeClaims(DemoContext &ctx, const QList<PendingClaim> &claims)
{
    QList<ClaimEvent> events;
    for (const PendingClaim &c : claims) {
        events.append({ClaimEvent::Create, c.createdAt, &c});
        if (!c.submittedAt.isEmpty())
            events.append({ClaimEvent::Submit, c.submittedAt, &c});
        if (!c.decidedAt.isEmpty())
            events.append({ClaimEvent::Decide, c.decidedAt, &c});
        if (!c.paidAt.isEmpty())
            events.append({ClaimEvent::Pay, c.paidAt, &c});
    }
    std::stable_sort(events.begin(), events.end(), [](const ClaimEvent &a, const ClaimEvent &b) {
        return std::tie(a.at, a.kind, a.claim->id) < std::tie(b.at, b.kind, b.claim->id);
    });
    for (const ClaimEvent &event : std::as_const(events)) {
        if (Status s = run(ctx, event); !s)
            return Error{s.error().message,
                         s.error().where.isEmpty() ? event.claim->id : s.error().where};
    }
    return {};
}

} // namespace

Status generateMutualAid(DemoContext &ctx, DemoRandom &rng)
{
    const QDate today = ctx.options.today;
    const int thisYear = today.year();
    const int firstYear = thisYear - 2;

    const QString documents = QString::fromUtf8(
        QJsonDocument(QJsonArray{QStringLiteral("application_form"), QStringLiteral("id_card"),
                                 QStringLiteral("bank_card"), QStringLiteral("settlement_sheet"),
                                 QStringLiteral("discharge_record"), QStringLiteral("invoice")})
            .toJson(QJsonDocument::Compact));
    QMap<int, QString> planIds;
    for (int year = firstYear; year <= thisYear; ++year) {
        const QString id = rng.id();
        planIds.insert(year, id);
        const QDate entered = rng.date(QDate(year - 1, 10, 8), QDate(year - 1, 10, 25));
        const QString at = rng.timestamp(entered);
        if (Status s = ctx.insert(
                ctx.users.admin, Permission::ManagePlans, QStringLiteral("ma_plans"), at,
                {{QStringLiteral("id"), id},
                 {QStringLiteral("year"), year},
                 {QStringLiteral("name"), QStringLiteral("%1年度职工住院医疗互助").arg(year)},
                 {QStringLiteral("product"), QStringLiteral("inpatient")},
                 {QStringLiteral("contribution_fen"), ContributionFen},
                 {QStringLiteral("enrol_from"), isoDate(QDate(year - 1, 11, 1))},
                 {QStringLiteral("enrol_to"), isoDate(QDate(year, 1, 31))},
                 {QStringLiteral("term_start"), isoDate(QDate(year, 1, 1))},
                 {QStringLiteral("term_end"), isoDate(QDate(year, 12, 31))},
                 {QStringLiteral("waiting_days"), 0},
                 {QStringLiteral("deductible_admission_fen"), 0},
                 {QStringLiteral("deductible_term_fen"), 0},
                 {QStringLiteral("band_mode"), QStringLiteral("marginal")},
                 {QStringLiteral("min_payout_fen"), MinPayoutFen},
                 {QStringLiteral("cap_claim_fen"), QVariant()},
                 {QStringLiteral("cap_member_term_fen"), CapTermFen},
                 {QStringLiteral("deadline_days"), QVariant()},
                 {QStringLiteral("deadline_date"), isoDate(QDate(year + 1, 3, 31))},
                 {QStringLiteral("required_documents"), documents},
                 {QStringLiteral("notes"),
                  QStringLiteral("参照岳阳市总工会职工医疗互助方案（2014）的参数，演示数据。")}});
            !s)
            return s;
        for (const Band &band : YueyangBands) {
            if (Status s = ctx.insert(ctx.users.admin, Permission::ManagePlans,
                                      QStringLiteral("ma_plan_bands"), at,
                                      {{QStringLiteral("id"), rng.id()},
                                       {QStringLiteral("plan_id"), id},
                                       {QStringLiteral("lower_fen"), band.lowerFen},
                                       {QStringLiteral("upper_fen"),
                                        band.upperFen >= 0 ? QVariant(band.upperFen) : QVariant()},
                                       {QStringLiteral("ratio_permille"), band.permille}});
                !s)
                return s;
        }
    }

    // Who joins: employed members of the households, and as many workers again
    // from outside them (mutual aid is open to every union member).
    QList<Enrollee> people;
    auto joinYears = [&](Enrollee &e) {
        e.firstYear = firstYear + rng.weighted({60, 25, 15});
        e.lastYear = rng.percent(10) ? int(rng.range(e.firstYear, thisYear)) : thisYear;
    };
    for (const DemoHousehold &h : ctx.households) {
        for (const DemoPerson &p : h.members) {
            const int age = ageOn(p.birth, today);
            if (age < 20 || age > 60 ||
                (p.workStatus != QLatin1String("employed") &&
                 p.workStatus != QLatin1String("flexible")))
                continue;
            if (!rng.percent(p.workStatus == QLatin1String("employed") ? 75 : 30))
                continue;
            Enrollee e{p.memberId,
                       p.name,
                       p.idNumber,
                       &p == &h.members.first() && !h.workUnit.isEmpty() ? h.workUnit
                                                                         : ctx.names.workUnit(rng),
                       p.phone,
                       p.birth,
                       p.health == QLatin1String("major_illness") ||
                           p.health == QLatin1String("serious"),
                       0,
                       0,
                       h.caseworker};
            joinYears(e);
            people.append(e);
        }
    }
    const int outsiders = qMax(10, int(ctx.households.size()) * 8 / 10);
    for (int i = 0; i < outsiders; ++i) {
        const Sex sex = rng.percent(55) ? Sex::Male : Sex::Female;
        Enrollee e;
        e.birth = today.addYears(-int(rng.range(22, 58))).addDays(-rng.range(1, 365));
        e.name = ctx.names.fullName(rng, sex, e.birth.year());
        e.idNumber = ctx.names.idNumber(rng, e.birth, sex);
        e.workUnit = ctx.names.workUnit(rng);
        e.phone = ctx.names.mobile(rng);
        e.ill = rng.percent(5);
        e.caseworker = rng.percent(50) ? ctx.users.caseworkerA : ctx.users.caseworkerB;
        joinYears(e);
        people.append(e);
    }

    const QStringList rejections{QStringLiteral("所附发票为门诊费用，不属于住院互助范围。"),
                                 QStringLiteral("同一次住院已申请过互助金。"),
                                 QStringLiteral("缺少出院记录，补齐后可重新申请。")};

    for (int year = firstYear; year <= thisYear; ++year) {
        const QDate enrolFrom(year - 1, 11, 1);
        const QDate enrolTo = qMin(QDate(year, 1, 31), today);
        const QDate termStart(year, 1, 1);
        const QDate termEnd(year, 12, 31);
        QList<Enrolment> enrolled;
        for (const Enrollee &e : people) {
            if (year < e.firstYear || year > e.lastYear || ageOn(e.birth, termStart) < 18)
                continue;
            Enrolment enrolment{&e, rng.id(), rng.date(enrolFrom, enrolTo), {}, {}};
            enrolment.at = rng.timestamp(enrolment.paidOn);
            enrolled.append(enrolment);
        }
        numberReceipts(enrolled, year);
        for (const Enrolment &enrolment : std::as_const(enrolled)) {
            const Enrollee &e = *enrolment.person;
            if (Status s = ctx.insert(e.caseworker, Permission::EditClaims,
                                      QStringLiteral("ma_enrolments"), enrolment.at,
                                      {{QStringLiteral("id"), enrolment.id},
                                       {QStringLiteral("plan_id"), planIds.value(year)},
                                       {QStringLiteral("member_id"), orNull(e.memberId)},
                                       {QStringLiteral("person_name"), e.name},
                                       {QStringLiteral("id_number"), e.idNumber},
                                       {QStringLiteral("work_unit"), orNull(e.workUnit)},
                                       {QStringLiteral("phone"), orNull(e.phone)},
                                       {QStringLiteral("paid_on"), isoDate(enrolment.paidOn)},
                                       {QStringLiteral("receipt_no"), enrolment.receiptNo},
                                       {QStringLiteral("contribution_fen"), ContributionFen}});
                !s)
                return s;
        }

        QList<PendingClaim> pending;
        for (const Enrolment &enrolment : std::as_const(enrolled)) {
            const Enrollee &e = *enrolment.person;
            // Admissions, in order; the workflow applies the term cap to later decisions.
            if (!rng.percent(e.ill ? 30 : 4))
                continue;
            const QDate earliest = qMax(termStart, enrolment.paidOn.addDays(1));
            const QDate latest = qMin(termEnd, today.addDays(-3));
            if (earliest > latest)
                continue;
            QList<QDate> admissions{rng.date(earliest, latest)};
            if (e.ill && rng.percent(30))
                admissions.append(rng.date(earliest, latest));
            std::sort(admissions.begin(), admissions.end());
            for (const QDate &admitted : admissions) {
                const QDate discharged = qMin(today, admitted.addDays(rng.range(3, 21)));
                const QString hospital = ctx.names.hospital(rng);
                PendingClaim claim;
                claim.id = rng.id();
                claim.caseworker = e.caseworker;
                struct Invoice
                {
                    QString number;
                    QDate date;
                    qint64 total, insurance, personal;
                };
                QList<Invoice> bills;
                const int count = 1 + rng.weighted({60, 30, 10});
                for (int k = 0; k < count; ++k) {
                    const qint64 total = e.ill ? rng.range(800000, 8000000) / count
                                               : rng.range(300000, 3000000) / count;
                    const qint64 insurance = total * rng.range(45, 70) / 100;
                    // Items outside the plan's scope come off the personal share.
                    const qint64 share = (total - insurance) * rng.range(85, 100) / 100;
                    const QDate date = k == count - 1 ? discharged : rng.date(admitted, discharged);
                    bills.append({digitsText(rng, 10), date, total, insurance, share});
                }

                const qint64 waited = discharged.daysTo(today);
                static const char *const states[] = {"draft", "submitted", "approved", "paid",
                                                     "rejected"};
                QString status = QLatin1String(states[rng.weighted(
                    waited >= 60 ? QList<int>{0, 5, 5, 82, 8} : QList<int>{20, 40, 20, 12, 8})]);
                const QDate created = qMin(today, discharged.addDays(rng.range(1, 10)));
                const QDate submitted = created.addDays(rng.range(0, 10));
                const QDate decided = submitted.addDays(rng.range(2, 14));
                const QDate paid = decided.addDays(rng.range(3, 20));
                if (status != QLatin1String("draft") && submitted > today)
                    status = QStringLiteral("draft");
                if ((status == QLatin1String("approved") || status == QLatin1String("paid") ||
                     status == QLatin1String("rejected")) &&
                    decided > today)
                    status = QStringLiteral("submitted");
                if (status == QLatin1String("paid") && paid > today)
                    status = QStringLiteral("approved");

                const bool isDraft = status == QLatin1String("draft");
                const bool isDecided = !isDraft && status != QLatin1String("submitted");
                const bool isRejected = status == QLatin1String("rejected");
                const bool isPaid = status == QLatin1String("paid");
                claim.decider = rng.percent(50) ? ctx.users.supervisorA : ctx.users.supervisorB;
                claim.createdAt = rng.timestamp(created);
                if (!isDraft)
                    claim.submittedAt = qMax(claim.createdAt, rng.timestamp(submitted));
                if (isDecided) {
                    claim.decidedAt = qMax(claim.submittedAt, rng.timestamp(decided));
                    if (isRejected)
                        claim.rejection = rng.pick(rejections);
                }
                if (isPaid) {
                    claim.paidAt = qMax(claim.decidedAt, rng.timestamp(paid));
                    claim.paidOn = paid;
                    claim.paymentReference = QStringLiteral("HZP%1%2").arg(
                        paid.toString(QStringLiteral("yyyyMMdd")), digitsText(rng, 4));
                }
                claim.draft = {{QStringLiteral("id"), claim.id},
                               {QStringLiteral("enrolment_id"), enrolment.id},
                               {QStringLiteral("hospital"), hospital},
                               {QStringLiteral("admitted_on"), isoDate(admitted)},
                               {QStringLiteral("discharged_on"), isoDate(discharged)},
                               {QStringLiteral("diagnosis"), ctx.names.diagnosis(rng)},
                               {QStringLiteral("status"), QStringLiteral("draft")}};
                for (const Invoice &bill : bills)
                    claim.invoices.append({{QStringLiteral("id"), rng.id()},
                                           {QStringLiteral("claim_id"), claim.id},
                                           {QStringLiteral("hospital"), hospital},
                                           {QStringLiteral("invoice_no"), bill.number},
                                           {QStringLiteral("invoice_date"), isoDate(bill.date)},
                                           {QStringLiteral("total_fen"), bill.total},
                                           {QStringLiteral("insurance_fen"), bill.insurance},
                                           {QStringLiteral("personal_fen"), bill.personal}});
                pending.append(std::move(claim));
            }
        }
        if (Status s = writeClaims(ctx, pending); !s)
            return s;
    }
    return {};
}

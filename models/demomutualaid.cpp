// The mutual-aid part of the demo: plan years after the Yueyang city union
// plan (2014), enrolments of household members and of other workers, and
// inpatient claims with their invoices in every state of processing.
#include "democontext.h"

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

struct Payout
{
    qint64 fen = 0;
    QString explanation;
};

QString percentText(int permille)
{
    return permille % 10 == 0 ? QStringLiteral("%1%").arg(permille / 10)
                              : QStringLiteral("%1.%2%").arg(permille / 10).arg(permille % 10);
}

// Each band's part is rounded half up to the fen and the parts are added, so
// that the explanation adds up to exactly the amount paid.
Payout computePayout(qint64 personalFen, qint64 alreadyPaidFen)
{
    Payout payout;
    QStringList lines{QStringLiteral("个人负担合计 %1 元。").arg(demoYuan(personalFen))};
    for (const Band &band : YueyangBands) {
        qint64 portion = personalFen - band.lowerFen;
        if (band.upperFen >= 0)
            portion = qMin(portion, band.upperFen - band.lowerFen);
        if (portion <= 0)
            break;
        const qint64 part = (portion * band.permille + 500) / 1000;
        payout.fen += part;
        const QString range =
            band.upperFen >= 0
                ? QStringLiteral("%1–%2 元").arg(demoYuan(band.lowerFen), demoYuan(band.upperFen))
                : QStringLiteral("%1 元以上").arg(demoYuan(band.lowerFen));
        lines.append(
            QStringLiteral("%1部分 %2 元 × %3 = %4 元。")
                .arg(range, demoYuan(portion), percentText(band.permille), demoYuan(part)));
    }
    lines.append(QStringLiteral("分段合计 %1 元。").arg(demoYuan(payout.fen)));
    if (personalFen > 0 && payout.fen < MinPayoutFen) {
        payout.fen = qMin(MinPayoutFen, personalFen);
        lines.append(QStringLiteral("不足最低支付额 %1 元，按 %2 元支付。")
                         .arg(demoYuan(MinPayoutFen), demoYuan(payout.fen)));
    }
    const qint64 room = qMax<qint64>(0, CapTermFen - alreadyPaidFen);
    if (payout.fen > room) {
        payout.fen = room;
        lines.append(
            QStringLiteral("本互助期每人最高 %1 元，此前已支付 %2 元，本次支付 %3 元。")
                .arg(demoYuan(CapTermFen), demoYuan(alreadyPaidFen), demoYuan(payout.fen)));
    }
    payout.explanation = lines.join(QString());
    return payout;
}

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
    QString claimNo;     ///< given on submission, in the order of submissions
    DemoUpdate decision; ///< empty at: not decided yet
    DemoUpdate payment;  ///< empty at: not paid yet
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

// Claim numbers count up through each plan year in the order of submission.
void numberClaims(QList<PendingClaim> &claims, int year)
{
    QList<PendingClaim *> order;
    for (PendingClaim &c : claims) {
        if (!c.submittedAt.isEmpty())
            order.append(&c);
    }
    std::sort(order.begin(), order.end(), [](const PendingClaim *a, const PendingClaim *b) {
        return std::tie(a->submittedAt, a->id) < std::tie(b->submittedAt, b->id);
    });
    for (qsizetype i = 0; i < order.size(); ++i)
        order.at(i)->claimNo =
            QStringLiteral("HZ-%1-%2").arg(year).arg(i + 1, 6, 10, QLatin1Char('0'));
}

Status writeClaim(DemoContext &ctx, const PendingClaim &claim)
{
    const QString claims = QStringLiteral("ma_claims");
    if (Status s = ctx.insert(claim.caseworker, Permission::EditClaims, claims, claim.createdAt,
                              claim.draft);
        !s)
        return s;
    for (const RowValues &invoice : claim.invoices) {
        if (Status s = ctx.insert(claim.caseworker, Permission::EditClaims,
                                  QStringLiteral("ma_invoices"), claim.createdAt, invoice);
            !s)
            return s;
    }
    if (claim.submittedAt.isEmpty())
        return {};
    if (Status s = ctx.update(claim.caseworker, Permission::EditClaims, claims, claim.id,
                              claim.submittedAt,
                              {{QStringLiteral("status"), QStringLiteral("submitted")},
                               {QStringLiteral("claim_no"), claim.claimNo},
                               {QStringLiteral("submitted_at"), claim.submittedAt}});
        !s)
        return s;
    for (const DemoUpdate *change : {&claim.decision, &claim.payment}) {
        if (change->at.isEmpty())
            break;
        if (Status s = ctx.update(claims, claim.id, *change, Permission::DecideClaims); !s)
            return s;
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
            if (Status s = ctx.insert(
                    ctx.users.admin, Permission::ManagePlans, QStringLiteral("ma_plan_bands"), at,
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
            // Admissions, in order, so that the term cap applies to the later ones.
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
            qint64 paidInTerm = 0;
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
                qint64 personal = 0;
                const int count = 1 + rng.weighted({60, 30, 10});
                for (int k = 0; k < count; ++k) {
                    const qint64 total = e.ill ? rng.range(800000, 8000000) / count
                                               : rng.range(300000, 3000000) / count;
                    const qint64 insurance = total * rng.range(45, 70) / 100;
                    // Items outside the plan's scope come off the personal share.
                    const qint64 share = (total - insurance) * rng.range(85, 100) / 100;
                    const QDate date = k == count - 1 ? discharged : rng.date(admitted, discharged);
                    bills.append({digitsText(rng, 10), date, total, insurance, share});
                    personal += share;
                }
                const Payout payout = computePayout(personal, paidInTerm);

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
                const bool counts = isDecided && !isRejected;
                if (counts)
                    paidInTerm += payout.fen;
                const QString decider =
                    rng.percent(50) ? ctx.users.supervisorA : ctx.users.supervisorB;
                claim.createdAt = rng.timestamp(created);
                if (!isDraft)
                    claim.submittedAt = qMax(claim.createdAt, rng.timestamp(submitted));
                if (isDecided) {
                    const QString decidedAt = qMax(claim.submittedAt, rng.timestamp(decided));
                    claim.decision = {
                        decidedAt,
                        decider,
                        {{QStringLiteral("status"),
                          isRejected ? QStringLiteral("rejected") : QStringLiteral("approved")},
                         {QStringLiteral("approved_payout_fen"),
                          counts ? QVariant(payout.fen) : QVariant()},
                         {QStringLiteral("decided_by"), decider},
                         {QStringLiteral("decided_at"), decidedAt},
                         {QStringLiteral("rejection_reason"),
                          isRejected ? QVariant(rng.pick(rejections)) : QVariant()}}};
                }
                if (isPaid) {
                    claim.payment = {
                        qMax(claim.decision.at, rng.timestamp(paid)),
                        decider,
                        {{QStringLiteral("status"), QStringLiteral("paid")},
                         {QStringLiteral("paid_on"), isoDate(paid)},
                         {QStringLiteral("payment_reference"),
                          QStringLiteral("HZP%1%2").arg(paid.toString(QStringLiteral("yyyyMMdd")),
                                                        digitsText(rng, 4))}}};
                }
                claim.draft = {{QStringLiteral("id"), claim.id},
                               {QStringLiteral("enrolment_id"), enrolment.id},
                               {QStringLiteral("hospital"), hospital},
                               {QStringLiteral("admitted_on"), isoDate(admitted)},
                               {QStringLiteral("discharged_on"), isoDate(discharged)},
                               {QStringLiteral("diagnosis"), ctx.names.diagnosis(rng)},
                               {QStringLiteral("status"), QStringLiteral("draft")},
                               {QStringLiteral("computed_payout_fen"), payout.fen},
                               {QStringLiteral("explanation"), payout.explanation}};
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
        numberClaims(pending, year);
        for (const PendingClaim &claim : std::as_const(pending)) {
            if (Status s = writeClaim(ctx, claim); !s)
                return s;
        }
    }
    return {};
}

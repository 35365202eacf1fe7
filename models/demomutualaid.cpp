// The mutual-aid part of the demo: plan years after the Yueyang city union
// plan (2014), enrolments of household members and of other workers, and
// inpatient claims with their invoices in every state of processing.
#include "democontext.h"
#include "sqlerror.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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

// Receipt and claim numbers count up through each plan year in the order
// contributions were paid and claims submitted, as an office would give them.
Status numberInOrder(DemoContext &ctx)
{
    const QString statements[] = {
        QStringLiteral("UPDATE ma_enrolments SET receipt_no = numbered.no FROM ("
                       "SELECT e.id, printf('HZ%d%06d', p.year, row_number() OVER ("
                       "PARTITION BY e.plan_id ORDER BY e.paid_on, e.created_at, e.id)) AS no "
                       "FROM ma_enrolments e JOIN ma_plans p ON p.id = e.plan_id) AS numbered "
                       "WHERE ma_enrolments.id = numbered.id"),
        QStringLiteral(
            "UPDATE ma_claims SET claim_no = numbered.no FROM ("
            "SELECT c.id, printf('HZ-%d-%06d', p.year, row_number() OVER ("
            "PARTITION BY e.plan_id ORDER BY c.submitted_at, c.id)) AS no "
            "FROM ma_claims c JOIN ma_enrolments e ON e.id = c.enrolment_id "
            "JOIN ma_plans p ON p.id = e.plan_id WHERE c.claim_no IS NOT NULL) AS numbered "
            "WHERE ma_claims.id = numbered.id"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(ctx.db);
        if (!q.prepare(sql) || !q.exec())
            return sqlError(q.lastError(), ctx.db.databaseName());
    }
    return {};
}

} // namespace

Status generateMutualAid(DemoContext &ctx, DemoRandom &rng)
{
    const QDate today = ctx.options.today;
    const int thisYear = today.year();
    const int firstYear = thisYear - 2;

    DemoTable plans = ctx.table(QStringLiteral(
        "INSERT INTO ma_plans (id, year, name, product, contribution_fen, enrol_from, enrol_to, "
        "term_start, term_end, "
        "waiting_days, deductible_admission_fen, deductible_term_fen, band_mode, min_payout_fen, "
        "cap_claim_fen, "
        "cap_member_term_fen, deadline_days, deadline_date, required_documents, notes, "
        "created_at, created_by, updated_at, updated_by, updated_device) "
        "VALUES (?, ?, ?, 'inpatient', ?, ?, ?, ?, ?, 0, 0, 0, 'marginal', ?, NULL, ?, NULL, ?, ?, "
        "?, ?, ?, ?, ?, ?)"));
    DemoTable bands = ctx.table(QStringLiteral(
        "INSERT INTO ma_plan_bands (id, plan_id, lower_fen, upper_fen, ratio_permille, "
        "created_at, created_by, updated_at, updated_by, updated_device) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)"));
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
        const DemoStamp stamp{rng.timestamp(entered), ctx.users.admin, {}, {}};
        if (Status s = plans.insert(
                {id, year, QStringLiteral("%1年度职工住院医疗互助").arg(year), ContributionFen,
                 isoDate(QDate(year - 1, 11, 1)), isoDate(QDate(year, 1, 31)),
                 isoDate(QDate(year, 1, 1)), isoDate(QDate(year, 12, 31)), MinPayoutFen, CapTermFen,
                 isoDate(QDate(year + 1, 3, 31)), documents,
                 QStringLiteral("参照岳阳市总工会职工医疗互助方案（2014）的参数，演示数据。")},
                stamp);
            !s)
            return s;
        for (const Band &band : YueyangBands) {
            if (Status s = bands.insert({rng.id(), id, band.lowerFen,
                                         band.upperFen >= 0 ? QVariant(band.upperFen) : QVariant(),
                                         band.permille},
                                        stamp);
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

    DemoTable enrolments =
        ctx.table(QStringLiteral("INSERT INTO ma_enrolments (id, plan_id, member_id, person_name, "
                                 "id_number, work_unit, phone, paid_on, "
                                 "receipt_no, contribution_fen, created_at, created_by, "
                                 "updated_at, updated_by, updated_device) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    DemoTable claims = ctx.table(QStringLiteral(
        "INSERT INTO ma_claims (id, enrolment_id, claim_no, hospital, admitted_on, discharged_on, "
        "diagnosis, "
        "disease_code, status, computed_payout_fen, approved_payout_fen, explanation, "
        "submitted_at, decided_by, "
        "decided_at, rejection_reason, paid_on, payment_reference, "
        "created_at, created_by, updated_at, updated_by, updated_device) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    DemoTable invoices = ctx.table(QStringLiteral(
        "INSERT INTO ma_invoices (id, claim_id, hospital, invoice_no, invoice_date, total_fen, "
        "insurance_fen, "
        "personal_fen, created_at, created_by, updated_at, updated_by, updated_device) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QStringList rejections{QStringLiteral("所附发票为门诊费用，不属于住院互助范围。"),
                                 QStringLiteral("同一次住院已申请过互助金。"),
                                 QStringLiteral("缺少出院记录，补齐后可重新申请。")};

    for (int year = firstYear; year <= thisYear; ++year) {
        const QDate enrolFrom(year - 1, 11, 1);
        const QDate enrolTo = qMin(QDate(year, 1, 31), today);
        const QDate termStart(year, 1, 1);
        const QDate termEnd(year, 12, 31);
        for (const Enrollee &e : people) {
            if (year < e.firstYear || year > e.lastYear || ageOn(e.birth, termStart) < 18)
                continue;
            const QString enrolmentId = rng.id();
            const QDate paidOn = rng.date(enrolFrom, enrolTo);
            const DemoStamp stamp{rng.timestamp(paidOn), e.caseworker, {}, {}};
            if (Status s = enrolments.insert(
                    {enrolmentId, planIds.value(year), orNull(e.memberId), e.name, e.idNumber,
                     orNull(e.workUnit), orNull(e.phone), isoDate(paidOn),
                     QStringLiteral("pending-") + enrolmentId, ContributionFen},
                    stamp);
                !s)
                return s;

            // Admissions, in order, so that the term cap applies to the later ones.
            if (!rng.percent(e.ill ? 30 : 4))
                continue;
            const QDate earliest = qMax(termStart, paidOn.addDays(1));
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
                const QString claimId = rng.id();
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
                const QString createdAt = rng.timestamp(created);
                const QString submittedAt =
                    isDraft ? QString() : qMax(createdAt, rng.timestamp(submitted));
                const QString decidedAt =
                    isDecided ? qMax(submittedAt, rng.timestamp(decided)) : QString();
                const QString updatedAt = isPaid      ? qMax(decidedAt, rng.timestamp(paid))
                                          : isDecided ? decidedAt
                                          : isDraft   ? createdAt
                                                      : submittedAt;
                // A placeholder until numberInOrder() below; drafts have no number yet.
                const QString claimNo = isDraft ? QString() : QStringLiteral("pending-") + claimId;
                const QString diagnosis = ctx.names.diagnosis(rng);
                if (Status s = claims.insert(
                        {claimId, enrolmentId, orNull(claimNo), hospital, isoDate(admitted),
                         isoDate(discharged), diagnosis, status, payout.fen,
                         counts ? QVariant(payout.fen) : QVariant(), payout.explanation,
                         orNull(submittedAt), isDecided ? QVariant(decider) : QVariant(),
                         orNull(decidedAt),
                         isRejected ? QVariant(rng.pick(rejections)) : QVariant(),
                         isPaid ? orNull(paid) : QVariant(),
                         isPaid
                             ? QVariant(QStringLiteral("HZP%1%2").arg(
                                   paid.toString(QStringLiteral("yyyyMMdd")), digitsText(rng, 4)))
                             : QVariant()},
                        {createdAt, e.caseworker, updatedAt, isDecided ? decider : e.caseworker});
                    !s)
                    return s;
                for (const Invoice &bill : bills) {
                    if (Status s = invoices.insert({rng.id(), claimId, hospital, bill.number,
                                                    isoDate(bill.date), bill.total, bill.insurance,
                                                    bill.personal},
                                                   {createdAt, e.caseworker, {}, {}});
                        !s)
                        return s;
                }
            }
        }
    }
    return numberInOrder(ctx);
}

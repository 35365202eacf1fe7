// The aid part of the demo: the four programmes, requests with their
// approvals (never by the proposer; medical aid above 5,000 yuan by a second
// supervisor), disbursement batches and the disbursements they paid.
#include "democontext.h"
#include "disbursementsheets.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QHash>

namespace {

struct Programme
{
    QString id;
    QString code;
};

struct Batch
{
    QString id;
    QString status; ///< open, printed, paid
    QDate payDay;
};

// One request as the generator plans it, before time decides how far it got.
struct Plan
{
    const Programme *programme = nullptr;
    const DemoHousehold *household = nullptr;
    QString memberId;
    QString recipientName;
    QString recipientId;
    qint64 amountFen = 0;
    QString reason;
    QDate requestDay;
    QDate decideBy; ///< the last day a decision can come (before printing)
    bool secondApproval = false;
    // Batch rounds; empty batchKey for individual payments.
    QString batchKey, batchNo, period, title, divisionCode;
    QDate printDay, payDay;
    bool cash = false;
    bool thumbprint = false;
};

QString digitsText(DemoRandom &rng, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + int(rng.bounded(10))));
    return text;
}

class AidWriter
{
public:
    /// \a heldKey: the batch of that round stays open even after its print day.
    AidWriter(DemoContext &ctx, DemoRandom &rng, QString heldKey)
        : m_ctx(ctx), m_rng(rng), m_heldKey(std::move(heldKey))
    {
    }

    Status write(const Plan &plan);

private:
    Result<Batch> batchFor(const Plan &plan);

    DemoContext &m_ctx;
    DemoRandom &m_rng;
    QString m_heldKey;
    QHash<QString, Batch> m_batchByKey; // looked up only, never iterated: order stays fixed
};

Result<Batch> AidWriter::batchFor(const Plan &plan)
{
    if (auto it = m_batchByKey.constFind(plan.batchKey); it != m_batchByKey.constEnd())
        return it.value();
    const QDate today = m_ctx.options.today;
    Batch batch{m_rng.id(), QStringLiteral("open"), plan.payDay};
    // A round is paid within a week of its pay day; a printed sheet waits for signatures.
    if (plan.printDay <= today && plan.batchKey != m_heldKey)
        batch.status =
            plan.payDay.addDays(7) <= today ? QStringLiteral("paid") : QStringLiteral("printed");
    const QString office = m_ctx.users.supervisorB;
    // Prepared a few days before printing, or today for a round still to come.
    const QString createdAt =
        m_rng.timestamp(qMin(today, plan.printDay.addDays(-m_rng.range(1, 4))));
    const QString printedAt = batch.status == QLatin1String("open")
                                  ? QString()
                                  : qMax(createdAt, m_rng.timestamp(plan.printDay));
    const QString updatedAt = batch.status == QLatin1String("paid")
                                  ? qMax(printedAt, m_rng.timestamp(plan.payDay.addDays(7)))
                              : printedAt.isEmpty() ? createdAt
                                                    : printedAt;
    const QString batches = QStringLiteral("disbursement_batches");
    if (Status s = m_ctx.insert(office, Permission::ManageDisbursements, batches, createdAt,
                                {{QStringLiteral("id"), batch.id},
                                 {QStringLiteral("batch_no"), plan.batchNo},
                                 {QStringLiteral("version"), 1},
                                 {QStringLiteral("programme_id"), plan.programme->id},
                                 {QStringLiteral("period"), plan.period},
                                 {QStringLiteral("division_code"), orNull(plan.divisionCode)},
                                 {QStringLiteral("title"), plan.title},
                                 {QStringLiteral("status"), QStringLiteral("open")}});
        !s)
        return s.error();
    // Printing fixes the sheet; the batch is marked paid once every signature is in.
    if (!printedAt.isEmpty()) {
        if (Status s = m_ctx.update(office, Permission::ManageDisbursements, batches, batch.id,
                                    printedAt,
                                    {{QStringLiteral("status"), QStringLiteral("printed")},
                                     {QStringLiteral("printed_at"), printedAt},
                                     {QStringLiteral("printed_by"), office}});
            !s)
            return s.error();
    }
    if (batch.status == QLatin1String("paid")) {
        if (Status s = m_ctx.update(office, Permission::ManageDisbursements, batches, batch.id,
                                    updatedAt, {{QStringLiteral("status"), batch.status}});
            !s)
            return s.error();
    }
    m_batchByKey.insert(plan.batchKey, batch);
    return batch;
}

Status AidWriter::write(const Plan &plan)
{
    const QDate today = m_ctx.options.today;
    const QString caseworker = plan.household->caseworker;
    const QString requestId = m_rng.id();
    const QDate submitted = plan.requestDay.addDays(m_rng.range(0, 2));
    QDate decided = submitted.addDays(m_rng.range(1, 7));
    if (plan.decideBy.isValid())
        decided = qMax(submitted, qMin(decided, plan.decideBy));
    const int outcome = m_rng.weighted({90, 4, 3, 3}); // approve, reject, return, cancel

    struct Approval
    {
        int stage;
        QString decision, comment, by;
        QDate day;
    };
    QList<Approval> approvals;
    QString status;
    QDate lastDay = plan.requestDay;
    const bool firstIsA = m_rng.percent(50);
    const QString first = firstIsA ? m_ctx.users.supervisorA : m_ctx.users.supervisorB;
    const QString second = firstIsA ? m_ctx.users.supervisorB : m_ctx.users.supervisorA;
    if (submitted > today) {
        status = QStringLiteral("draft");
    } else if (outcome == 3) {
        status = QStringLiteral("cancelled");
        lastDay = qMin(today, submitted.addDays(1));
    } else if (decided > today) {
        status = QStringLiteral("submitted");
        lastDay = submitted;
    } else if (outcome == 1) {
        approvals.append({1, QStringLiteral("reject"),
                          m_rng.pick(QStringList{QStringLiteral("家庭人均收入已超过认定标准。"),
                                                 QStringLiteral("本年度已享受同类救助。")}),
                          first, decided});
        status = QStringLiteral("rejected");
    } else if (outcome == 2) {
        approvals.append({1, QStringLiteral("return"),
                          m_rng.pick(QStringList{QStringLiteral("请补充医疗费用票据复印件。"),
                                                 QStringLiteral("请核实银行账号后重新提交。")}),
                          first, decided});
        status = QStringLiteral("returned");
    } else {
        approvals.append({1, QStringLiteral("approve"),
                          m_rng.percent(50) ? QStringLiteral("同意。") : QString(), first,
                          decided});
        status = QStringLiteral("approved");
        if (plan.secondApproval) {
            const QDate later = decided.addDays(m_rng.range(1, 4));
            if (later > today)
                status = QStringLiteral("submitted"); // waiting for the second supervisor
            else
                approvals.append({2, QStringLiteral("approve"),
                                  QStringLiteral("金额较大，复核同意。"), second, later});
        }
    }
    if (!approvals.isEmpty())
        lastDay = approvals.last().day;

    const QString createdAt = m_rng.timestamp(plan.requestDay);
    const QString submittedAt =
        status == QLatin1String("draft") ? QString() : qMax(createdAt, m_rng.timestamp(submitted));
    QString updatedAt =
        qMax(submittedAt.isEmpty() ? createdAt : submittedAt, m_rng.timestamp(lastDay));
    QList<QString> approvalTimes;
    for (const Approval &a : approvals) {
        approvalTimes.append(qMax(submittedAt, m_rng.timestamp(a.day)));
        updatedAt = qMax(updatedAt, approvalTimes.last());
    }
    const QString requests = QStringLiteral("aid_requests");
    if (Status s = m_ctx.insert(caseworker, Permission::ProposeAid, requests, createdAt,
                                {{QStringLiteral("id"), requestId},
                                 {QStringLiteral("programme_id"), plan.programme->id},
                                 {QStringLiteral("household_id"), plan.household->id},
                                 {QStringLiteral("member_id"), orNull(plan.memberId)},
                                 {QStringLiteral("amount_fen"), plan.amountFen},
                                 {QStringLiteral("reason"), plan.reason},
                                 {QStringLiteral("status"), QStringLiteral("draft")},
                                 {QStringLiteral("warnings"), QStringLiteral("[]")}});
        !s)
        return s;
    if (!submittedAt.isEmpty()) {
        if (Status s = m_ctx.update(caseworker, Permission::ProposeAid, requests, requestId,
                                    submittedAt,
                                    {{QStringLiteral("status"), QStringLiteral("submitted")},
                                     {QStringLiteral("submitted_at"), submittedAt}});
            !s)
            return s;
    }
    if (status == QLatin1String("cancelled")) {
        if (Status s = m_ctx.update(caseworker, Permission::ProposeAid, requests, requestId,
                                    updatedAt, {{QStringLiteral("status"), status}});
            !s)
            return s;
    }
    for (qsizetype i = 0; i < approvals.size(); ++i) {
        const Approval &a = approvals.at(i);
        const QString at = approvalTimes.at(i);
        if (Status s = m_ctx.insert(a.by, Permission::DecideAid, QStringLiteral("aid_approvals"),
                                    at,
                                    {{QStringLiteral("id"), m_rng.id()},
                                     {QStringLiteral("request_id"), requestId},
                                     {QStringLiteral("stage"), a.stage},
                                     {QStringLiteral("decision"), a.decision},
                                     {QStringLiteral("comment"), notNull(a.comment)},
                                     {QStringLiteral("decided_by"), a.by},
                                     {QStringLiteral("decided_at"), at}});
            !s)
            return s;
        // A first approval of large medical aid leaves the request waiting for the second.
        if (a.decision == QLatin1String("approve") && plan.secondApproval && a.stage == 1)
            continue;
        const QString outcome = a.decision == QLatin1String("approve") ? QStringLiteral("approved")
                                : a.decision == QLatin1String("reject")
                                    ? QStringLiteral("rejected")
                                    : QStringLiteral("returned");
        if (Status s = m_ctx.update(a.by, Permission::DecideAid, requests, requestId, at,
                                    {{QStringLiteral("status"), outcome}});
            !s)
            return s;
    }
    if (status != QLatin1String("approved"))
        return {};

    QVariant batchId;
    QDate paidOn;
    if (!plan.batchKey.isEmpty()) {
        auto batch = batchFor(plan);
        if (!batch)
            return batch.error();
        batchId = batch->id;
        if (batch->status == QLatin1String("paid"))
            paidOn = m_rng.date(batch->payDay, batch->payDay.addDays(6));
    } else {
        const QDate pay = lastDay.addDays(m_rng.range(7, 20));
        if (pay <= today)
            paidOn = pay;
    }
    const QString office = m_ctx.users.supervisorB;
    const QString entered = qMax(
        updatedAt, m_rng.timestamp(lastDay.addDays(1) <= today ? lastDay.addDays(1) : lastDay));
    QString reference;
    if (paidOn.isValid()) {
        reference =
            plan.cash ? (plan.thumbprint ? QStringLiteral("thumbprint") : QStringLiteral("signed"))
                      : QStringLiteral("YH%1%2").arg(paidOn.toString(QStringLiteral("yyyyMMdd")),
                                                     digitsText(m_rng, 6));
    }
    const QString disbursementId = m_rng.id();
    const QString disbursements = QStringLiteral("disbursements");
    if (Status s = m_ctx.insert(
            office, Permission::ManageDisbursements, disbursements, entered,
            {{QStringLiteral("id"), disbursementId},
             {QStringLiteral("batch_id"), batchId},
             {QStringLiteral("request_id"), requestId},
             {QStringLiteral("programme_id"), plan.programme->id},
             {QStringLiteral("household_id"), plan.household->id},
             {QStringLiteral("recipient_name"), plan.recipientName},
             {QStringLiteral("recipient_id_number"), orNull(plan.recipientId)},
             {QStringLiteral("amount_fen"), plan.amountFen},
             {QStringLiteral("method"), plan.cash ? QStringLiteral("cash") : QStringLiteral("bank")},
             {QStringLiteral("status"), QStringLiteral("pending")}});
        !s)
        return s;
    if (!paidOn.isValid())
        return {};
    return m_ctx.update(office, Permission::ManageDisbursements, disbursements, disbursementId,
                        qMax(entered, m_rng.timestamp(paidOn)),
                        {{QStringLiteral("status"), QStringLiteral("paid")},
                         {QStringLiteral("paid_on"), isoDate(paidOn)},
                         {QStringLiteral("payment_reference"), reference}});
}

QString categoryName(const QString &code)
{
    if (code == QLatin1String("deep"))
        return QStringLiteral("深度困难");
    if (code == QLatin1String("accident"))
        return QStringLiteral("意外致困");
    return QStringLiteral("相对困难");
}

// The demo always shows a batch gathered but not printed yet. Once the first
// requests of a coming 送温暖 or 专项帮扶金 round are decided (three weeks
// before its pay day), that round's batch is it; before then the newest
// 专项帮扶金 round already due is held back unprinted. Returns the batch key to
// hold, or nothing. Draws nothing at random: when nothing is held, the demo
// is exactly what it was before this rule.
QString heldRound(const DemoContext &ctx)
{
    const QDate today = ctx.options.today;
    bool coming = false;
    QDate newest;
    QString newestKey;
    for (int year = today.year() - 2; year <= today.year(); ++year) {
        const std::pair<QString, QDate> rounds[] = {
            {QString(), ctx.schedule.warmth.value(year)},
            {QStringLiteral("special|%1|1").arg(year), ctx.schedule.specialFirst.value(year)},
            {QStringLiteral("special|%1|2").arg(year), ctx.schedule.specialSecond.value(year)}};
        for (const auto &[key, payDay] : rounds) {
            if (!payDay.isValid())
                continue;
            const QDate printDay = payDay.addDays(-2);
            if (printDay > today && payDay.addDays(-21) <= today)
                coming = true;
            if (!key.isEmpty() && printDay <= today && (!newest.isValid() || printDay > newest)) {
                newest = printDay;
                newestKey = key;
            }
        }
    }
    return coming ? QString() : newestKey;
}

// Every sheet the demo's history printed is in the print log, as the office's
// first issue, with the lines it carried.
Status logPrintedSheets(DemoContext &ctx)
{
    QSqlQuery q(ctx.db);
    if (!q.exec(QStringLiteral("SELECT id, printed_at, printed_by FROM disbursement_batches"
                               " WHERE printed_at IS NOT NULL ORDER BY printed_at, id")))
        return sqlError(q.lastError(), QStringLiteral("disbursement_batches"));
    struct Printed
    {
        QString id;
        QDateTime at;
        QString by;
    };
    QList<Printed> printed;
    while (q.next())
        printed.append({q.value(0).toString(),
                        QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        q.value(2).toString()});
    for (const Printed &p : printed) {
        auto sheet = DisbursementSheets::prepare(ctx.db, p.id, std::nullopt, p.at.date());
        if (!sheet)
            return sheet.error();
        sheet->reprintNumber = 0;
        if (Status s = DisbursementSheets::logPrint(ctx.db, p.id, *sheet, QStringLiteral("print"),
                                                    QStringLiteral("app"), p.at, p.by,
                                                    ctx.deviceId);
            !s)
            return s;
    }
    return {};
}

} // namespace

Status generateAid(DemoContext &ctx, DemoRandom &rng)
{
    const QDate today = ctx.options.today;
    const int thisYear = today.year();

    struct ProgrammeRow
    {
        const char *code;
        const char16_t *name;
        qint64 amountFen;
        QVariant maxCount, maxFen;
        int student;
        QVariant secondAbove;
    };
    const ProgrammeRow rows[] = {
        {"special", u"专项帮扶金", 100000, 2, QVariant(), 0, QVariant()},
        {"warmth", u"送温暖", 50000, 1, QVariant(), 0, QVariant()},
        // Per student, so a family with two students may receive it twice.
        {"autumn_school", u"金秋助学", 200000, QVariant(), QVariant(), 1, QVariant()},
        {"medical", u"医疗救助", 300000, 2, qint64(1000000), 0, qint64(500000)},
    };
    QHash<QString, Programme> byCode;
    const QString setupAt = ctx.setupStamp(rng);
    for (const ProgrammeRow &row : rows) {
        const Programme programme{rng.id(), QLatin1String(row.code)};
        byCode.insert(programme.code, programme);
        if (Status s = ctx.insert(
                ctx.users.admin, Permission::ManageProgrammes, QStringLiteral("aid_programmes"),
                setupAt,
                {{QStringLiteral("id"), programme.id},
                 {QStringLiteral("code"), programme.code},
                 {QStringLiteral("name"), QString::fromUtf16(row.name)},
                 {QStringLiteral("default_amount_fen"), row.amountFen},
                 {QStringLiteral("max_count_per_year"), row.maxCount},
                 {QStringLiteral("max_fen_per_year"), row.maxFen},
                 {QStringLiteral("requires_student"), row.student},
                 {QStringLiteral("second_approval_above_fen"), row.secondAbove}});
            !s)
            return s;
    }
    const Programme &special = byCode[QStringLiteral("special")];
    const Programme &warmth = byCode[QStringLiteral("warmth")];
    const Programme &school = byCode[QStringLiteral("autumn_school")];
    const Programme &medical = byCode[QStringLiteral("medical")];

    QHash<QString, QString> divisionNames;
    for (const DemoCommunity &c : ctx.communities)
        divisionNames.insert(c.divisionCode, c.divisionName);

    AidWriter writer(ctx, rng, heldRound(ctx));
    for (const DemoHousehold &h : ctx.households) {
        if (!h.filedOn.isValid())
            continue;
        const DemoPerson &head = h.members.first();
        auto base = [&](const Programme &programme) {
            Plan plan;
            plan.programme = &programme;
            plan.household = &h;
            plan.recipientName = head.name;
            plan.recipientId = head.idNumber;
            return plan;
        };
        // A round: the request some weeks before, decided before the sheet is printed.
        auto round = [&](Plan &plan, const QDate &payDay) {
            plan.payDay = payDay;
            plan.printDay = payDay.addDays(-2);
            plan.requestDay = payDay.addDays(-rng.range(12, 30));
            plan.decideBy = plan.printDay.addDays(-1);
            return plan.requestDay <= today && h.filedAt(plan.requestDay) && h.filedAt(payDay);
        };
        for (int year = thisYear - 2; year <= thisYear; ++year) {
            Plan plan = base(warmth);
            if (round(plan, ctx.schedule.warmth.value(year))) {
                plan.amountFen = 50000;
                plan.reason = QStringLiteral("%1年春节送温暖慰问。").arg(year);
                plan.cash = true;
                plan.thumbprint = ageOn(head.birth, plan.payDay) >= 65 && rng.percent(50);
                plan.divisionCode = h.divisionCode;
                plan.batchKey = QStringLiteral("warmth|%1|%2").arg(year).arg(h.divisionCode);
                plan.batchNo = QStringLiteral("SNW-%1-%2").arg(year).arg(h.divisionCode.right(3));
                plan.period = QStringLiteral("%1 春节").arg(year);
                plan.title = QStringLiteral("%1年春节送温暖慰问金发放表（%2）")
                                 .arg(year)
                                 .arg(divisionNames.value(h.divisionCode));
                if (Status s = writer.write(plan); !s)
                    return s;
            }

            for (int half = 1; half <= 2; ++half) {
                Plan sp = base(special);
                const QDate pay =
                    (half == 1 ? ctx.schedule.specialFirst : ctx.schedule.specialSecond)
                        .value(year);
                const bool due = h.category != QLatin1String("relative") || rng.percent(25);
                if (!due || !round(sp, pay))
                    continue;
                const QString halfName =
                    half == 1 ? QStringLiteral("上半年") : QStringLiteral("下半年");
                sp.amountFen = 100000;
                sp.reason = QStringLiteral("%1职工家庭%2年%3专项帮扶。")
                                .arg(categoryName(h.category))
                                .arg(year)
                                .arg(halfName);
                sp.batchKey = QStringLiteral("special|%1|%2").arg(year).arg(half);
                sp.batchNo = QStringLiteral("ZXB-%1-H%2").arg(year).arg(half);
                sp.period = QStringLiteral("%1 %2").arg(year).arg(halfName);
                sp.title = QStringLiteral("%1年%2专项帮扶金发放表").arg(year).arg(halfName);
                if (Status s = writer.write(sp); !s)
                    return s;
            }

            for (const DemoPerson &p : h.members) {
                const bool higher = p.schoolStage == QLatin1String("college") ||
                                    p.schoolStage == QLatin1String("university");
                const bool upper = p.schoolStage == QLatin1String("senior") ||
                                   p.schoolStage == QLatin1String("vocational");
                if (!higher && !upper)
                    continue;
                Plan sc = base(school);
                const QDate pay = ctx.schedule.school.value(year);
                // Only the years the student was already at that stage.
                if (ageOn(p.birth, QDate(year, 9, 1)) < (higher ? 18 : 15) || !round(sc, pay))
                    continue;
                sc.memberId = p.memberId;
                if (ageOn(p.birth, pay) >= 18) {
                    sc.recipientName = p.name;
                    sc.recipientId = p.idNumber;
                }
                sc.amountFen = higher ? 200000 : 100000;
                sc.reason =
                    QStringLiteral("%1就读于%2，家庭困难，申请金秋助学。").arg(p.name, p.school);
                sc.batchKey = QStringLiteral("school|%1").arg(year);
                sc.batchNo = QStringLiteral("JQZX-%1").arg(year);
                sc.period = QStringLiteral("%1 金秋助学").arg(year);
                sc.title = QStringLiteral("%1年金秋助学金发放表").arg(year);
                if (Status s = writer.write(sc); !s)
                    return s;
            }

            for (const DemoPerson &p : h.members) {
                if (p.majorIllness.isEmpty() || !rng.percent(45))
                    continue;
                const QDate from = qMax(h.filedOn, QDate(year, 1, 1));
                QDate to = qMin(today, QDate(year, 12, 31));
                if (h.exitedOn.isValid())
                    to = qMin(to, h.exitedOn.addDays(-1));
                if (from > to)
                    continue;
                Plan md = base(medical);
                md.requestDay = rng.date(from, to);
                md.amountFen = rng.range(20, 80) * 10000;
                md.secondApproval = md.amountFen > 500000;
                md.reason = QStringLiteral("%1患%2，医疗费用负担重，申请医疗救助。")
                                .arg(p.name, p.majorIllness);
                if (Status s = writer.write(md); !s)
                    return s;
            }
        }
    }
    return logPrintedSheets(ctx);
}

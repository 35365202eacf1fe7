// A throw-away database for the mutual-aid tests: the accounts of
// TestWorkspace (admin, the caseworker liming) plus two supervisors, the
// Yueyang-like inpatient plan of 2026 (reference README: 50 yuan; marginal
// bands 30/35/40/45/50% at 5,000/10,000/20,000/30,000 yuan; at least 50 yuan
// per claim; at most 50,000 yuan per member and term), a listed-disease plan,
// and one household of the register. Writes run as any account with the
// clock at a chosen moment.
#pragma once

#include "maclaims.h"
#include "maclaimworkflow.h"
#include "maenrolments.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>

class MutualAidFixture : public TestWorkspace
{
public:
    MutualAidFixture()
    {
        if (!TestWorkspace::ok())
            return;
        m_ready = write(admin, [&](AuditedWriter &w) -> Status {
                      for (auto [name, display, target] :
                           {std::tuple{"zhangli", "张丽", &supervisor},
                            std::tuple{"wangfang", "王芳", &supervisor2}}) {
                          auto id = Accounts::create(
                              w, {QLatin1String(name), QString::fromUtf8(display), Role::Supervisor,
                                  QStringLiteral("bangfu-demo")});
                          if (!id)
                              return id.error();
                          *target = {id.value(), QLatin1String(name), QString::fromUtf8(display),
                                     Role::Supervisor};
                      }
                      if (Status s = addInpatientPlan(w); !s)
                          return s;
                      return addDiseasePlan(w);
                  }).ok();
        m_ready =
            m_ready &&
            write(caseworker, [&](AuditedWriter &w) -> Status {
                auto household =
                    w.insert(Permission::EditHouseholds, QStringLiteral("households"),
                             {{QStringLiteral("division_code"), QStringLiteral("371312001")},
                              {QStringLiteral("address"), QStringLiteral("九曲街道青松社区3号楼")},
                              {QStringLiteral("phone"), QStringLiteral("0539-8000001")},
                              {QStringLiteral("work_unit"), QStringLiteral("临沂市河东区环卫处")}});
                if (!household)
                    return household.error();
                auto member =
                    w.insert(Permission::EditHouseholds, QStringLiteral("members"),
                             {{QStringLiteral("household_id"), household.value()},
                              {QStringLiteral("is_head"), 1},
                              {QStringLiteral("name"), QStringLiteral("赵文海")},
                              {QStringLiteral("name_pinyin"), QStringLiteral("zhao wen hai")},
                              {QStringLiteral("name_initials"), QStringLiteral("zwh")},
                              {QStringLiteral("id_number"), QStringLiteral("371312197203150112")},
                              {QStringLiteral("relationship"), QStringLiteral("self")},
                              {QStringLiteral("phone"), QStringLiteral("13905390001")}});
                if (!member)
                    return member.error();
                memberId = member.value();
                return {};
            }).ok();
    }

    bool ok() const { return m_ready; }

    /// Noon (UTC) of \a day, the clock of a write.
    static QDateTime at(const QDate &day, int hour = 12)
    {
        return QDateTime(day, QTime(hour, 0), Qt::UTC);
    }

    /// Enrols a person by name and ID number, paid on \a paidOn; the id or empty.
    QString enrol(const QString &name, const QString &idNumber,
                  const QDate &paidOn = QDate(2025, 12, 1), const QString &plan = {})
    {
        QString id;
        const Status s = write(
            caseworker,
            [&](AuditedWriter &w) -> Status {
                MaEnrolmentInput input;
                input.planId = plan.isEmpty() ? planId : plan;
                input.personName = name;
                input.idNumber = idNumber;
                input.paidOn = paidOn;
                auto enrolled = MaEnrolments::enrol(w, input);
                if (!enrolled)
                    return enrolled.error();
                id = enrolled.value();
                return {};
            },
            at(QDate(2026, 1, 31)));
        if (!s)
            qWarning("%s", qPrintable(s.error().toString()));
        return id;
    }

    /// A claim input for \a enrolmentId: a stay in June 2026 at 临沂市人民医院 with
    /// one invoice per personal share (in fen), numbered \a firstNumber and up.
    static MaClaimInput claim(const QString &enrolmentId, const QList<qint64> &sharesFen,
                              int firstNumber = 1000)
    {
        MaClaimInput input;
        input.enrolmentId = enrolmentId;
        input.hospital = QStringLiteral("临沂市人民医院");
        input.admittedOn = QDate(2026, 6, 1);
        input.dischargedOn = QDate(2026, 6, 10);
        input.diagnosis = QStringLiteral("肺炎");
        for (qsizetype i = 0; i < sharesFen.size(); ++i) {
            MaInvoice invoice;
            invoice.number = QStringLiteral("NO%1").arg(firstNumber + i);
            invoice.date = QDate(2026, 6, 10);
            invoice.personal = Money::fromFen(sharesFen.at(i));
            invoice.insurance = Money::fromFen(sharesFen.at(i));
            invoice.total = invoice.personal + invoice.insurance;
            input.invoices.append(invoice);
        }
        return input;
    }

    /// Creates a draft as \a user on \a day; the id or empty.
    QString create(const MaClaimInput &input, const CurrentUser &user,
                   const QDate &day = QDate(2026, 6, 12))
    {
        QString id;
        const Status s = write(
            user,
            [&](AuditedWriter &w) -> Status {
                auto created = MaClaims::create(w, input);
                if (!created)
                    return created.error();
                id = created.value();
                return {};
            },
            at(day));
        if (!s)
            qWarning("%s", qPrintable(s.error().toString()));
        return id;
    }

    Result<QString> submit(const QString &claimId, const CurrentUser &user,
                           const QDate &day = QDate(2026, 6, 15))
    {
        Result<QString> number = Error{QString()};
        const Status s = write(
            user,
            [&](AuditedWriter &w) -> Status {
                number = MaClaimWorkflow::submit(w, claimId);
                return number ? Status() : Status(number.error());
            },
            at(day));
        return s ? number : Result<QString>(s.error());
    }

    Status approve(const QString &claimId, const CurrentUser &user,
                   const QDate &day = QDate(2026, 6, 20))
    {
        return write(
            user, [&](AuditedWriter &w) { return MaClaimWorkflow::approve(w, claimId); }, at(day));
    }

    QString planId;
    QString diseasePlanId;
    QString memberId;
    CurrentUser supervisor;
    CurrentUser supervisor2;

private:
    Status addInpatientPlan(AuditedWriter &w)
    {
        const QString documents = QString::fromUtf8(
            QJsonDocument(QJsonArray{QStringLiteral("application_form"), QStringLiteral("invoice")})
                .toJson(QJsonDocument::Compact));
        auto plan = w.insert(Permission::ManagePlans, QStringLiteral("ma_plans"),
                             {{QStringLiteral("year"), 2026},
                              {QStringLiteral("name"), QStringLiteral("2026年度职工住院医疗互助")},
                              {QStringLiteral("product"), QStringLiteral("inpatient")},
                              {QStringLiteral("contribution_fen"), 5000},
                              {QStringLiteral("enrol_from"), QStringLiteral("2025-11-01")},
                              {QStringLiteral("enrol_to"), QStringLiteral("2026-01-31")},
                              {QStringLiteral("term_start"), QStringLiteral("2026-01-01")},
                              {QStringLiteral("term_end"), QStringLiteral("2026-12-31")},
                              {QStringLiteral("min_payout_fen"), 5000},
                              {QStringLiteral("cap_member_term_fen"), 5000000},
                              {QStringLiteral("deadline_date"), QStringLiteral("2027-03-31")},
                              {QStringLiteral("required_documents"), documents}});
        if (!plan)
            return plan.error();
        planId = plan.value();
        const std::tuple<qint64, qint64, int> bands[] = {{0, 500000, 300},
                                                         {500000, 1000000, 350},
                                                         {1000000, 2000000, 400},
                                                         {2000000, 3000000, 450},
                                                         {3000000, -1, 500}};
        for (const auto &[lower, upper, ratio] : bands) {
            auto band =
                w.insert(Permission::ManagePlans, QStringLiteral("ma_plan_bands"),
                         {{QStringLiteral("plan_id"), planId},
                          {QStringLiteral("lower_fen"), lower},
                          {QStringLiteral("upper_fen"), upper < 0 ? QVariant() : QVariant(upper)},
                          {QStringLiteral("ratio_permille"), ratio}});
            if (!band)
                return band.error();
        }
        return {};
    }

    Status addDiseasePlan(AuditedWriter &w)
    {
        auto plan = w.insert(Permission::ManagePlans, QStringLiteral("ma_plans"),
                             {{QStringLiteral("year"), 2026},
                              {QStringLiteral("name"), QStringLiteral("2026年度重大疾病互助")},
                              {QStringLiteral("product"), QStringLiteral("listed_disease")},
                              {QStringLiteral("contribution_fen"), 3000},
                              {QStringLiteral("term_start"), QStringLiteral("2026-01-01")},
                              {QStringLiteral("term_end"), QStringLiteral("2026-12-31")}});
        if (!plan)
            return plan.error();
        diseasePlanId = plan.value();
        auto disease = w.insert(Permission::ManagePlans, QStringLiteral("ma_listed_diseases"),
                                {{QStringLiteral("plan_id"), diseasePlanId},
                                 {QStringLiteral("code"), QStringLiteral("D01")},
                                 {QStringLiteral("name"), QStringLiteral("恶性肿瘤")},
                                 {QStringLiteral("lump_sum_fen"), 1000000}});
        return disease ? Status() : Status(disease.error());
    }

    bool m_ready = false;
};

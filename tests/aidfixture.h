// A TestWorkspace with what the aid workflow needs: two supervisors (张丽,
// 王芳), the programmes 专项帮扶金 (at most twice and 3,000 yuan a year),
// 医疗救助 (a second approval above 5,000 yuan) and 金秋助学 (for students), and
// a filed household of 九曲街道 with a head, an ID number, a bank account and
// a daughter at university. propose() writes a submitted proposal as the
// caseworker, answering whatever warnings it raises.
#pragma once

#include "aiddecisions.h"
#include "aidprogramme.h"
#include "aidproposals.h"
#include "testworkspace.h"

class AidFixture : public TestWorkspace
{
public:
    AidFixture()
    {
        if (!TestWorkspace::ok())
            return;
        m_ready = write(admin, [&](AuditedWriter &w) -> Status {
            for (auto [name, user, out] :
                 {std::tuple{QStringLiteral("张丽"), QStringLiteral("zhangli"), &supervisorA},
                  std::tuple{QStringLiteral("王芳"), QStringLiteral("wangfang"), &supervisorB}}) {
                auto id = Accounts::create(w, {user, name, Role::Supervisor,
                                               QStringLiteral("bangfu-demo")});
                if (!id)
                    return id.error();
                *out = {id.value(), user, name, Role::Supervisor};
            }
            AidProgramme special;
            special.code = QStringLiteral("special");
            special.name = QStringLiteral("专项帮扶金");
            special.defaultAmount = Money::fromYuan(1000);
            special.maxCountPerYear = 2;
            special.maxAmountPerYear = Money::fromYuan(3000);
            auto s = AidProgrammes::save(w, special);
            if (!s)
                return s.error();
            specialId = s.value();
            AidProgramme medical;
            medical.code = QStringLiteral("medical");
            medical.name = QStringLiteral("医疗救助");
            medical.defaultAmount = Money::fromYuan(3000);
            medical.secondApprovalAbove = Money::fromYuan(5000);
            auto m = AidProgrammes::save(w, medical);
            if (!m)
                return m.error();
            medicalId = m.value();
            AidProgramme school;
            school.code = QStringLiteral("autumn_school");
            school.name = QStringLiteral("金秋助学");
            school.defaultAmount = Money::fromYuan(2000);
            school.requiresStudent = true;
            auto sc = AidProgrammes::save(w, school);
            if (!sc)
                return sc.error();
            schoolId = sc.value();
            return {};
        }).ok() && write(caseworker, [&](AuditedWriter &w) -> Status {
            auto h = addHousehold(w, QStringLiteral("HD-2025-000007"), QStringLiteral("张伟"),
                                  QStringLiteral("37131219700101001"));
            if (!h)
                return h.error();
            householdId = h.value();
            auto student = w.insert(Permission::EditHouseholds, QStringLiteral("members"),
                                    {{QStringLiteral("household_id"), householdId},
                                     {QStringLiteral("position"), 1},
                                     {QStringLiteral("name"), QStringLiteral("张小雨")},
                                     {QStringLiteral("relationship"), QStringLiteral("child")},
                                     {QStringLiteral("id_number"),
                                      validIdNumber(QStringLiteral("37131220050301002"))},
                                     {QStringLiteral("birth_date"), QStringLiteral("2005-03-01")},
                                     {QStringLiteral("work_status"), QStringLiteral("student")},
                                     {QStringLiteral("school_stage"),
                                      QStringLiteral("university")}});
            if (!student)
                return student.error();
            studentId = student.value();
            return {};
        }).ok();
    }

    bool ok() const { return m_ready; }

    /// A filed 相对困难 household of 九曲街道, verified 2025-09-01, with its head.
    static Result<QString> addHousehold(AuditedWriter &w, const QString &fileNo,
                                        const QString &head, const QString &id17,
                                        const QString &division = QStringLiteral("371312001"))
    {
        auto id = w.insert(Permission::EditHouseholds, QStringLiteral("households"),
                           {{QStringLiteral("division_code"), division},
                            {QStringLiteral("status"), QStringLiteral("filed")},
                            {QStringLiteral("category"), QStringLiteral("relative")},
                            {QStringLiteral("file_no"), fileNo},
                            {QStringLiteral("bank_name"), QStringLiteral("临沂农商银行")},
                            {QStringLiteral("bank_account"), QStringLiteral("6228480000001234")},
                            {QStringLiteral("filed_on"), QStringLiteral("2025-09-01")},
                            {QStringLiteral("last_verified_on"), QStringLiteral("2025-09-01")},
                            {QStringLiteral("next_due_on"), QStringLiteral("2026-09-01")}});
        if (!id)
            return id;
        auto member = w.insert(Permission::EditHouseholds, QStringLiteral("members"),
                               {{QStringLiteral("household_id"), id.value()},
                                {QStringLiteral("is_head"), 1},
                                {QStringLiteral("name"), head},
                                {QStringLiteral("relationship"), QStringLiteral("self")},
                                {QStringLiteral("id_number"), validIdNumber(id17)}});
        if (!member)
            return member.error();
        return id;
    }

    /// A proposal by the caseworker, submitted with every warning answered.
    Result<QString> propose(const QString &programmeId, Money amount,
                            const QString &household = {}, const QString &member = {})
    {
        QString id;
        Status s = write(caseworker, [&](AuditedWriter &w) -> Status {
            AidProposal p;
            p.programmeId = programmeId;
            p.householdId = household.isEmpty() ? householdId : household;
            p.memberId = member;
            p.amount = amount;
            p.reason = QStringLiteral("因病致困，申请帮扶。");
            auto saved = AidProposals::save(w, p);
            if (!saved)
                return saved.error();
            id = saved.value();
            p.id = id;
            auto warnings = AidProposals::warnings(w.database(), p, AidProposals::today(w));
            if (!warnings)
                return warnings.error();
            QList<AidWarning> answers = warnings.value();
            for (AidWarning &a : answers)
                a.answer = QStringLiteral("已核实，仍需帮扶。");
            return AidProposals::submit(w, id, answers);
        });
        if (!s)
            return s.error();
        return id;
    }

    Status decide(const CurrentUser &who, const QString &id, AidDecision::Kind kind,
                  const QString &comment = {})
    {
        return write(who, [&](AuditedWriter &w) { return AidDecisions::decide(w, id, kind, comment); });
    }

    QString status(const QString &requestId) const
    {
        return scalar(QStringLiteral("SELECT status FROM aid_requests WHERE id = ?"), {requestId})
            .toString();
    }

    CurrentUser supervisorA, supervisorB;
    QString specialId, medicalId, schoolId;
    QString householdId, studentId;

private:
    bool m_ready = false;
};

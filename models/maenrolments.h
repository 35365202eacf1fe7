// MaEnrolments: people enrolled in a mutual-aid plan year (职工医疗互助参保).
// A person is enrolled from the household register (name, ID number, phone
// and work unit copied from the member) or by name and ID number alone —
// mutual aid is open to every union member, not only hardship households.
// One enrolment per plan and ID number. Every problem is tied to the field it
// concerns, so that the enrolment dialog can mark the field and the CSV import
// (MaEnrolmentImport) can report the column.
//
//     Session::write(workspace, [&](AuditedWriter &w) {
//         auto id = MaEnrolments::enrol(w, input);
//         return id ? Status() : Status(id.error());
//     });
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "maplan.h"
#include "money.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// What the caseworker enters to enrol one person.
struct MaEnrolmentInput
{
    QString planId;
    /// members.id when enrolled from the register; then name and ID number are
    /// the member's (personName/idNumber are ignored), and an empty phone or
    /// work unit is taken from the member and their household.
    QString memberId;
    QString personName;
    QString idNumber; ///< any form IdNumber::parse accepts; stored normalised
    QString workUnit;
    QString phone;
    QDate paidOn;      ///< invalid: contribution not paid yet (claims are refused until it is)
    QString receiptNo; ///< unique within the plan when given
    std::optional<Money> contribution; ///< none: the plan's contribution
};

/// One stored enrolment.
struct MaEnrolment
{
    QString id;
    QString planId;
    int planYear = 0;
    QString planName;
    QString memberId; ///< empty when not linked to the register
    QString personName;
    QString idNumber;
    QString workUnit;
    QString phone;
    QDate paidOn;
    QString receiptNo;
    Money contribution;
    int claims = 0; ///< claims entered on it, any status
};

/// A problem with one field of an enrolment.
struct MaEnrolmentProblem
{
    enum class Field { Plan, Member, Name, IdNumber, PaidOn, ReceiptNo, Contribution, Phone };
    Field field;
    QString message; ///< translated sentence
};

/// What list() returns: a plan year (or one plan), narrowed by a search text.
struct MaEnrolmentQuery
{
    int year = 0;   ///< 0: every year
    QString planId; ///< empty: every plan of the year
    /// Part of the name (Chinese), pinyin or initials (people linked to the
    /// register only: others have no pinyin stored), or digits of the ID
    /// number, phone or receipt number.
    QString text;
};

class MaEnrolments
{
    Q_DECLARE_TR_FUNCTIONS(MaEnrolments)

public:
    /// Enrols the person of \a input through \a writer (inside a Transaction)
    /// and returns the new enrolment's id. Needs Permission::EditClaims.
    /// Refused with the first of problems() (Error::where names the field).
    static Result<QString> enrol(AuditedWriter &writer, const MaEnrolmentInput &input);

    /// Changes payment date, receipt number, contribution, phone and work unit
    /// of enrolment \a id (plan, person and ID number stay), with the same checks.
    static Status update(AuditedWriter &writer, const QString &id, const MaEnrolmentInput &input);

    /// Every problem of \a input for \a plan, in field order: no plan, a member
    /// without ID number, an empty name, an invalid ID number, a payment date
    /// in the future or outside the plan's enrolment window, a receipt number
    /// used in the plan already, a negative contribution, a malformed phone,
    /// the person already enrolled in the plan (naming that enrolment).
    /// \a input must already hold the member's data (see resolved()).
    /// \a exceptId: the enrolment being updated, not a duplicate of itself.
    static QList<MaEnrolmentProblem> problems(const QSqlDatabase &db, const MaPlan &plan,
                                              const MaEnrolmentInput &input, const QDate &today,
                                              const QString &exceptId = {});

    /// \a input with the register's name, ID number, phone and work unit
    /// filled in when it names a member; an Error when the member does not exist.
    static Result<MaEnrolmentInput> resolved(const QSqlDatabase &db, MaEnrolmentInput input);

    static Result<MaEnrolment> load(const QSqlDatabase &db, const QString &id);
    /// The enrolment of ID number \a idNumber (normalised) in \a planId, if any.
    static Result<std::optional<MaEnrolment>> find(const QSqlDatabase &db, const QString &planId,
                                                   const QString &idNumber);
    /// The enrolment with receipt number \a receiptNo in \a planId, if any.
    static Result<std::optional<MaEnrolment>>
    findReceipt(const QSqlDatabase &db, const QString &planId, const QString &receiptNo);
    /// Enrolments matching \a query, by plan year (newest first), then name.
    static Result<QList<MaEnrolment>> list(const QSqlDatabase &db, const MaEnrolmentQuery &query);

    /// The plan named by \a text: its id, or "YEAR:NAME" (e.g. "2026:2026年度职工住院医疗互助").
    static Result<QString> resolvePlan(const QSqlDatabase &db, const QString &text);

    /// "Name", "ID number" ..., translated, for Error::where and form labels.
    static QString fieldLabel(MaEnrolmentProblem::Field field);
    /// "张三 (371312********0016) is already enrolled in … (receipt …, paid on …)."
    static QString alreadyEnrolled(const MaEnrolment &existing);
};

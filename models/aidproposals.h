// AidProposals: how a caseworker proposes aid — a draft for a household
// (programme, amount, reason, attachments), the checks that stop it (not
// eligible, no student named …), the warnings shown before submission (this
// programme already received this year, a yearly limit exceeded, the file
// overdue for re-verification or exited) with the answers the caseworker
// gives, submission and cancellation. Deciding is AidDecisions'.
#pragma once

#include "aidproposal.h"
#include "auditedwriter.h"
#include "error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

/// What a household has had of one programme in one calendar year: requests
/// approved or waiting for a decision, and lines paid or to be paid.
struct AidUsage
{
    int count = 0;
    Money amount;
};

class AidProposals
{
    Q_DECLARE_TR_FUNCTIONS(AidProposals)

public:
    static Result<AidProposal> load(const QSqlDatabase &db, const QString &id);
    /// Proposals of a household, newest first.
    static Result<QList<AidProposal>> ofHousehold(const QSqlDatabase &db, const QString &householdId);

    /// Problems that stop saving or submitting, each a sentence: no programme,
    /// a retired programme, amount not above zero, a household not filed or
    /// not eligible by category, no student or one not in school where the
    /// programme requires one. Submission also needs a reason.
    static QStringList problems(const QSqlDatabase &db, const AidProposal &proposal,
                                bool forSubmission);
    /// What the caseworker must answer before submitting, as of \a today
    /// (year of the limits, re-verification due dates). Other proposals of the
    /// same household count; \a proposal itself does not.
    static Result<QList<AidWarning>> warnings(const QSqlDatabase &db, const AidProposal &proposal,
                                              const QDate &today);
    /// Of \a programmeId by \a householdId in \a year, leaving out request \a exceptId.
    static Result<AidUsage> usage(const QSqlDatabase &db, const QString &programmeId,
                                  const QString &householdId, int year,
                                  const QString &exceptId = {});

    /// Saves a draft (empty id: new) or a returned proposal being changed;
    /// needs ProposeAid. Only its proposer or a supervisor may change it.
    /// Returns the id.
    static Result<QString> save(AuditedWriter &writer, const AidProposal &proposal);
    /// Submits proposal \a id: refused while problems() has any, or while a
    /// current warning has no answer in \a answers (matched by code; the Error
    /// lists the unanswered ones). Stores the warnings with their answers.
    static Status submit(AuditedWriter &writer, const QString &id,
                         const QList<AidWarning> &answers);
    /// Withdraws a proposal not yet approved or rejected; by its proposer or
    /// a supervisor, with a reason.
    static Status cancel(AuditedWriter &writer, const QString &id, const QString &reason);

    /// The household's and the programme's day: today in local time from the writer's clock.
    static QDate today(const AuditedWriter &writer);
};

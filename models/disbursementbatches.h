// DisbursementBatches: office work on batches — gather approved proposals
// into a batch (programme, period, division), take a line off an open batch,
// revise a printed batch (a supervisor, with a reason: a new version that
// replaces the old one, whose printout is then superseded), and record
// payments (cash with signature or thumbprint, or bank transfer with its
// reference). Every write needs ManageDisbursements; the rules hold here.
#pragma once

#include "aidproposal.h"
#include "auditedwriter.h"
#include "disbursementbatch.h"
#include "error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

/// What a new batch is for; its lines come from approved proposals.
struct DisbursementBatchSpec
{
    QString programmeId;
    QString period;       ///< "2026 春节", "2026-01" …
    QString divisionCode; ///< empty: the whole district
    QString title;        ///< empty: made from programme, period and division
};

/// An approved proposal not yet on any batch.
struct BatchCandidate
{
    QString requestId;
    QString householdId;
    QString headName;
    QString fileNo;
    QString divisionCode;
    QString divisionName;
    QString memberName;
    Money amount;
    QDateTime approvedAt;
};

/// How a line was paid.
struct LinePayment
{
    QString method;    ///< "cash" or "bank"
    QDate paidOn;
    /// Bank: the transfer reference. Cash: "signed" or "thumbprint".
    QString reference;
};

class DisbursementBatches
{
    Q_DECLARE_TR_FUNCTIONS(DisbursementBatches)

public:
    /// Batches newest first; superseded versions only with \a withSuperseded.
    static Result<QList<DisbursementBatch>> list(const QSqlDatabase &db,
                                                 bool withSuperseded = false);
    static Result<DisbursementBatch> load(const QSqlDatabase &db, const QString &id);
    /// By code as code() prints it: "SNW-2026-002" is the current version of
    /// that batch number, "SNW-2026-002-v1" that exact version.
    static Result<DisbursementBatch> findByCode(const QSqlDatabase &db, const QString &code);
    /// Lines in sheet order; cancelled ones only with \a withCancelled.
    static Result<QList<DisbursementLine>> lines(const QSqlDatabase &db, const QString &batchId,
                                                 bool withCancelled = false);
    /// Approved proposals of \a programmeId without a line, in \a divisionCode
    /// (empty: anywhere), by division and file number.
    static Result<QList<BatchCandidate>> candidates(const QSqlDatabase &db,
                                                    const QString &programmeId,
                                                    const QString &divisionCode = {});

    /// Creates an open batch with a line for each of \a requestIds (approved,
    /// of the batch's programme and division, on no other batch). The batch
    /// number is "<PROGRAMME CODE>-<year>-<NNN>". Returns the id.
    static Result<QString> create(AuditedWriter &writer, const DisbursementBatchSpec &spec,
                                  const QStringList &requestIds);
    /// Adds lines to open batch \a batchId.
    static Status addRequests(AuditedWriter &writer, const QString &batchId,
                              const QStringList &requestIds);
    /// Takes line \a lineId off its open batch (kept as cancelled, with \a reason);
    /// its proposal can go on another batch.
    static Status removeLine(AuditedWriter &writer, const QString &lineId, const QString &reason);
    /// Makes a new open version of printed batch \a batchId carrying its
    /// unpaid lines; the old version is superseded and cannot be printed again.
    /// Needs a supervisor and a reason. Refused once any line is paid.
    /// Returns the new version's id.
    static Result<QString> revise(AuditedWriter &writer, const QString &batchId,
                                  const QString &reason);
    /// Records payment of \a lineIds (all of one printed batch, still pending).
    /// The batch becomes paid when no line is pending.
    static Status recordPayment(AuditedWriter &writer, const QStringList &lineIds,
                                const LinePayment &payment);
    /// The next free batch number for \a programmeCode in \a year.
    static Result<QString> nextBatchNo(const QSqlDatabase &db, const QString &programmeCode,
                                       int year);
};

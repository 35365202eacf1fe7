// MaPlanImport: brings the plans of a plan file (MaPlanJson::read) into the
// database. A plan of the file is the stored plan of the same year and name,
// so importing the same file twice changes nothing the second time; a plan
// not stored yet is added with the file's id, so that every laptop that
// imports the office's file has the same plan ids. All plans or none: one
// refused plan leaves the database as it was.
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "maplan.h"
#include "maplanfields.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

/// What importing does with one plan of the file.
struct MaPlanImportItem
{
    enum class Action { Add, Change, Keep };

    int index = 0; ///< in the file
    MaPlan plan;   ///< as in the file; id: the stored plan's (Change, Keep) or the new one's
    Action action = Action::Add;
    QList<MaPlanSpot::Field> changed; ///< Change: the fields that differ
};

struct MaPlanImportPreview
{
    QList<MaPlanImportItem> items;
    /// Plans that would be refused, with the JSON path as Error::where: the
    /// file's id belongs to another stored plan, or payout rules would change
    /// after claims were decided.
    QList<Error> problems;

    bool ok() const { return problems.isEmpty(); }
};

class MaPlanImport
{
    Q_DECLARE_TR_FUNCTIONS(MaPlanImport)

public:
    /// What importing \a plans (read without problems) would do; writes nothing.
    static Result<MaPlanImportPreview> preview(const QSqlDatabase &db, const QList<MaPlan> &plans);

    /// Imports \a plans as the writer's user (ManagePlans) in one transaction
    /// (a savepoint inside the caller's): added and changed plans are saved,
    /// unchanged ones not touched. Returns what was done; the first refusal
    /// (where: the JSON path) leaves nothing written.
    static Result<QList<MaPlanImportItem>> apply(AuditedWriter &writer, const QList<MaPlan> &plans);

    /// "2014 岳阳市职工医疗互助 2014 (inpatient): added" and the like, one
    /// translated line for an item.
    static QString describe(const MaPlanImportItem &item, bool done);
};

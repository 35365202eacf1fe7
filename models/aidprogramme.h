// AidProgramme: one kind of aid the union pays (专项帮扶金, 送温暖, 金秋助学,
// 医疗救助, or one an administrator adds): its default amount, the limits per
// household and year, who is eligible, and above which amount a second
// supervisor must approve. AidProgrammes reads and writes them.
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "money.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct AidProgramme
{
    QString id;
    QString code;      ///< short stable code, e.g. "warmth"; used in batch numbers
    QString name;      ///< 送温暖
    Money defaultAmount;
    int maxCountPerYear = 0;  ///< payments per household and calendar year; 0 = no limit
    Money maxAmountPerYear;   ///< per household and calendar year; 0 = no limit
    /// Hardship category codes that may receive it ("deep", "relative", "accident").
    QStringList eligibleCategories{QStringLiteral("deep"), QStringLiteral("relative"),
                                   QStringLiteral("accident")};
    /// 金秋助学: the proposal names a member in school (senior secondary or above).
    bool requiresStudent = false;
    /// Proposals above this amount need a second, different supervisor.
    std::optional<Money> secondApprovalAbove;
    bool active = true;

    bool needsSecondApproval(Money amount) const
    {
        return secondApprovalAbove && amount > *secondApprovalAbove;
    }
};

class AidProgrammes
{
    Q_DECLARE_TR_FUNCTIONS(AidProgrammes)

public:
    /// All programmes by name; \a activeOnly leaves out retired ones.
    static Result<QList<AidProgramme>> list(const QSqlDatabase &db, bool activeOnly = false);
    static Result<AidProgramme> load(const QSqlDatabase &db, const QString &id);
    /// Problems that stop saving, each a sentence (empty name or code, a code
    /// that is not lower-case letters, digits and '_', no eligible category …).
    static QStringList problems(const AidProgramme &programme);
    /// Inserts (empty id) or updates \a programme; needs ManageProgrammes.
    /// Returns the id. A code used by another programme is refused.
    static Result<QString> save(AuditedWriter &writer, const AidProgramme &programme);
    /// The school stages that count as "in school" for requiresStudent.
    static QStringList studentStages();
};

// DisbursementSheet: everything one printed disbursement sheet (发放表)
// carries, as plain data computed in models/ (DisbursementSheets::load) and
// painted by views/render (disbursementsheetpainter.h). Recipients sign or
// thumbprint in the tall empty box of their row; the page subtotals and the
// grand total are computed from the lines by the painter, in fen.
#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct DisbursementSheetLine
{
    int seq = 0;              ///< 序号, 1-based, in print order
    QString name;             ///< 姓名 of the recipient
    QString maskedIdNumber;   ///< 身份证号, masked (first 6 + ******** + last 4); may be empty
    QString area;             ///< 所属街道/社区, e.g. "九曲街道 / 凤凰岭社区"
    QString category;         ///< 困难类别, translated label (深度困难 …)
    QString programme;        ///< 发放项目
    Money amount;             ///< 金额
    QString remark;           ///< 备注 (e.g. the student's name, "已发放" …)
};

struct DisbursementSheet
{
    QString unionName;        ///< e.g. 临沂市河东区总工会; may be empty
    QString programme;        ///< e.g. 送温暖
    QString title;            ///< the batch title, e.g. 2026年春节送温暖慰问金发放表（九曲街道）
    QString period;           ///< e.g. "2026 春节"
    QString divisionName;     ///< the batch's 街道/镇, empty for the whole district
    QString batchCode;        ///< e.g. "SNW-2026-002" or "SNW-2026-002-v2", on every page
    int version = 1;
    /// 0 for the first print of this version; 1, 2 … for reprints. A reprint
    /// carries a visible "重印 (reprint)" mark on every page.
    int reprintNumber = 0;
    /// The version this one replaces, printed under the title ("replaces …"); may be empty.
    QString supersedesCode;
    /// A copy of a batch not issued yet (printed without the right to issue
    /// it): marked "样表 (preview, not for payment)" on every page.
    bool preview = false;
    QDate printedOn;
    QList<DisbursementSheetLine> lines;

    /// Signature lines on the last page. handledBy (经办人) is who prepared the
    /// batch; reviewers (审核人) are the supervisors who approved its lines;
    /// head (负责人) is left for a hand signature when empty.
    QString handledBy;
    QStringList reviewers;
    QString head;

    Money total() const
    {
        Money sum;
        for (const DisbursementSheetLine &line : lines)
            sum += line.amount;
        return sum;
    }
};

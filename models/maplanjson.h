// MaPlanJson: mutual-aid plans as a JSON file that the office sends to every
// laptop and a clerk may edit in a text editor (docs/mutual-aid-plans.md).
// Amounts are yuan written as text ("50,000.00"), ratios percentages
// ("32.5%"), dates ISO ("2014-12-31"), so that the file reads like the
// published plan; never fen or floating-point numbers. Reading checks
// everything and reports every problem with its JSON path
// ("plans[1].bands[2].ratio"); the plan rules themselves are MaPlan's
// (problems()). Storing what was read: maplanimport.h.
#pragma once

#include "error.h"
#include "maplan.h"
#include "maplanfields.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace MaPlanJson {

/// The value of the file's "format" key.
inline constexpr QLatin1String FormatName("bangfu-mutual-aid-plans");
/// The file format version this build writes and the newest it reads.
inline constexpr int FormatVersion = 1;

/// What a file holds: the plans read, and every problem found. Problems have
/// the JSON path (or "line 3, column 7" for broken JSON, or the file name) as
/// Error::where. With any problem, the plans must not be used.
struct Contents
{
    QList<MaPlan> plans; ///< in file order; id as in the file (may be empty)
    QList<Error> problems;

    bool ok() const { return problems.isEmpty(); }
};

/// Reads a plan file's bytes (UTF-8, a byte-order mark allowed).
Contents read(const QByteArray &json);
/// Reads the file at \a path; a file that cannot be read is one problem.
Contents readFile(const QString &path);

/// The plans as a file in the documented format: keys in a fixed order, every
/// key present (null when not set), one band or disease per line.
QByteArray write(const QList<MaPlan> &plans);
/// Writes write(plans) to \a path, replacing it only once all is written.
Status writeFile(const QString &path, const QList<MaPlan> &plans);

/// The JSON path of \a spot in the plan at \a planIndex: "plans[0].term_end",
/// "plans[1].bands[2].ratio"; "plans[1]" for an unknown spot.
QString path(int planIndex, const MaPlanSpot &spot);

/// "30%" -> 300, "32.5%" -> 325 (permille). Without \a requireSign the % may
/// be left out (the plan editor's column says it). At most one decimal; the
/// range is not checked here (MaPlan::problems() does).
Result<int> parsePercent(const QString &text, bool requireSign);
/// 300 -> "30%", 325 -> "32.5%".
QString formatPercent(int permille);

} // namespace MaPlanJson

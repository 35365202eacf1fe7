// Reads the table `pdffonts` prints and says whether a Chinese font is
// embedded, as every printout must have (a PDF that relies on the reader's
// fonts shows boxes on an office computer without them).
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <utility>

namespace PdfFonts {

/// True when \a output (pdffonts' stdout) lists a CJK font (Noto … CJK,
/// WenQuanYi, Source Han Sans) with "yes" in its emb column. False too when
/// the table cannot be read: no header, no emb column, columns not matching.
inline bool embedsCjkFont(const QString &output)
{
    // Columns are found from the dashes under the header, since a font type
    // such as "CID Type 0C" contains spaces.
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() <= 2)
        return false;
    const QStringList header = lines.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int embColumn = int(header.indexOf(QStringLiteral("emb")));
    if (embColumn <= 0)
        return false;
    QList<std::pair<int, int>> spans;
    static const QRegularExpression dashes(QStringLiteral("-+"));
    for (const QRegularExpressionMatch &m : dashes.globalMatch(lines.at(1)))
        spans.append({int(m.capturedStart()), int(m.capturedLength())});
    if (spans.size() != header.size() - 1) // "object ID" is one column
        return false;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString name = lines.at(i).mid(spans.at(0).first, spans.at(0).second).trimmed();
        const QString emb =
            lines.at(i).mid(spans.at(embColumn).first, spans.at(embColumn).second).trimmed();
        const bool cjk = name.contains(QStringLiteral("CJK"), Qt::CaseInsensitive) ||
                         name.contains(QStringLiteral("WenQuanYi"), Qt::CaseInsensitive) ||
                         name.contains(QStringLiteral("HanSans"), Qt::CaseInsensitive);
        if (cjk && emb == QStringLiteral("yes"))
            return true;
    }
    return false;
}

} // namespace PdfFonts

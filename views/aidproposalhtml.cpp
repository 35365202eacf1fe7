#include "aidproposalhtml.h"

#include "aidinboxmodel.h"
#include "codelabels.h"
#include "htmltable.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AidProposalHtml)
};

// The warnings' answers stand out: the supervisor decides on them.
const QLatin1String AnswerBackground("#fff3bf");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QLatin1String("<br>"));
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("—");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

// A two-column block of label: value lines; values are plain text.
QString facts(const QList<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), escaped(value));
    return html + QStringLiteral("</table>");
}

QString approvalLine(const AidProposalDetail &d)
{
    const AidProposal &p = d.proposal;
    if (!d.programme.needsSecondApproval(p.amount))
        return Text::tr("One supervisor decides.");
    QString line = Text::tr("Two different supervisors must approve (above %1).")
                       .arg(d.programme.secondApprovalAbove->toStringWithSymbol());
    if (p.status == AidStatus::Submitted)
        line += QLatin1Char(' ') + (d.stageDue >= 2 ? Text::tr("Waiting for the 2nd approval.")
                                                    : Text::tr("Waiting for the 1st approval."));
    return line;
}

QString warningsHtml(const QList<AidWarning> &warnings)
{
    if (warnings.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(Text::tr("No warnings.").toHtmlEscaped());
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    for (const AidWarning &w : warnings) {
        html += QStringLiteral("<tr><td>⚠ %1</td></tr>").arg(escaped(w.text));
        html += QStringLiteral("<tr><td bgcolor=\"%1\" style=\"color:#000000\"><b>%2</b> %3"
                               "</td></tr>")
                    .arg(AnswerBackground, Text::tr("Caseworker's answer:").toHtmlEscaped(),
                         w.answer.isEmpty() ? QStringLiteral("—") : escaped(w.answer));
    }
    return html + QStringLiteral("</table>");
}

QString decisionsHtml(const QList<AidDecision> &decisions)
{
    if (decisions.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(Text::tr("No decision yet.").toHtmlEscaped());
    HtmlTable table;
    table.addColumn(Text::tr("Round"), HtmlTable::Align::Right);
    table.addColumn(Text::tr("Stage"));
    table.addColumn(Text::tr("Decision"));
    table.addColumn(Text::tr("By"));
    table.addColumn(Text::tr("When"));
    table.addColumn(Text::tr("Comment"));
    const QLocale locale;
    for (const AidDecision &d : decisions)
        table.addRow({locale.toString(d.round), AidInboxModel::stageLabel(d.stage),
                      AidDecision::label(d.kind), d.decidedByName, when(d.decidedAt), d.comment});
    return table.toHtml();
}

QString historyHtml(const AidHistory &history, int lastEntries)
{
    if (history.entries.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(Text::tr("The household has received nothing yet.").toHtmlEscaped());
    QString html;
    if (!history.years.isEmpty()) {
        HtmlTable years;
        years.addColumn(Text::tr("Year"));
        years.addMoneyColumn(Text::tr("Aid"));
        years.addMoneyColumn(Text::tr("Mutual aid"));
        years.addMoneyColumn(Text::tr("Total"));
        for (const AidHistoryYear &y : history.years)
            years.addRow({QString::number(y.year), y.aid.toStringWithSymbol(),
                          y.mutualAid.toStringWithSymbol(), y.total().toStringWithSymbol()});
        html += years.toHtml();
    }
    if (history.pending.fen() > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("Approved and not paid yet: %1.")
                             .arg(history.pending.toStringWithSymbol())
                             .toHtmlEscaped());
    HtmlTable entries;
    entries.addColumn(Text::tr("Date"));
    entries.addColumn(Text::tr("What"));
    entries.addColumn(Text::tr("For"));
    entries.addMoneyColumn(Text::tr("Amount"));
    entries.addColumn(Text::tr("State"));
    entries.addColumn(Text::tr("Reference"));
    for (const AidHistoryEntry &e : history.entries.mid(0, lastEntries))
        entries.addRow({e.date.isValid() ? e.date.toString(Qt::ISODate) : QStringLiteral("—"),
                        e.what, e.person, e.amount.toStringWithSymbol(),
                        e.paid ? Text::tr("Paid") : Text::tr("Approved, not paid"), e.reference});
    if (history.entries.size() > lastEntries)
        html += QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("The last %1 of %2 entries:")
                             .arg(lastEntries)
                             .arg(history.entries.size())
                             .toHtmlEscaped());
    return html + entries.toHtml();
}

} // namespace

QString aidProposalHtml(const AidProposalDetail &d, int lastEntries)
{
    const AidProposal &p = d.proposal;
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(Text::tr("%1 — %2")
                                .arg(p.programmeName, p.amount.toStringWithSymbol())
                                .toHtmlEscaped());
    QList<std::pair<QString, QString>> rows;
    rows.append({Text::tr("Programme:"), p.programmeName});
    rows.append(
        {Text::tr("Head of household:"),
         p.fileNo.isEmpty() ? p.headName : Text::tr("%1 (file no. %2)").arg(p.headName, p.fileNo)});
    if (!d.subDistrict.isEmpty())
        rows.append({Text::tr("Sub-district:"), d.subDistrict});
    rows.append({Text::tr("Category:"), CodeLabels::hardshipCategory(d.category)});
    if (!p.memberName.isEmpty())
        rows.append({Text::tr("Student:"), p.memberName});
    rows.append({Text::tr("Amount:"), p.amount.toStringWithSymbol()});
    rows.append({Text::tr("In capitals:"), p.amount.toCapitals()});
    rows.append({Text::tr("Status:"), CodeLabels::aidRequestStatus(p.status)});
    rows.append({Text::tr("Approval:"), approvalLine(d)});
    rows.append({Text::tr("Proposed by:"),
                 Text::tr("%1, submitted %2").arg(p.createdByName, when(p.submittedAt))});
    if (p.round > 1)
        rows.append({Text::tr("Round:"),
                     Text::tr("Submitted again after changes (round %1).").arg(p.round)});
    html += facts(rows);

    html += heading(Text::tr("Reason"));
    html += QStringLiteral("<p>%1</p>")
                .arg(p.reason.isEmpty() ? QStringLiteral("—") : escaped(p.reason));
    html += heading(Text::tr("Warnings (%1)").arg(p.warnings.size()));
    html += warningsHtml(p.warnings);
    html += heading(Text::tr("Decisions"));
    html += decisionsHtml(p.decisions);
    html += heading(Text::tr("What the household has received"));
    html += historyHtml(d.history, lastEntries);
    return html;
}

#include "claimstatementpdf.h"

#include "codelabels.h"
#include "htmltable.h"
#include "idnumber.h"
#include "pdfwriter.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClaimStatement)
};

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

QString productName(MaPlan::Product product)
{
    switch (product) {
    case MaPlan::Product::Inpatient:
        return Text::tr("Inpatient mutual aid");
    case MaPlan::Product::ListedDisease:
        return Text::tr("Listed major diseases");
    case MaPlan::Product::Women:
        return Text::tr("Women workers' special diseases");
    }
    return {};
}

// A two-column block of label: value lines, as a borderless table.
QString facts(const QList<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td class=\"label\" width=\"22%\">%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString decisionLine(const MaClaimStatement &s)
{
    const MaClaim &c = s.claim;
    QString line = CodeLabels::claimStatus(c.status);
    if (!c.decidedByName.isEmpty())
        line += QStringLiteral(" · ") + Text::tr("decided by %1 on %2")
                                            .arg(c.decidedByName, date(c.decidedAt.toLocalTime().date()));
    if (!c.rejectionReason.isEmpty())
        line += QStringLiteral(" · ") + Text::tr("reason: %1").arg(c.rejectionReason);
    if (c.paidOn.isValid())
        line += QStringLiteral(" · ") + Text::tr("paid on %1, reference %2")
                                            .arg(date(c.paidOn), c.paymentReference);
    return line;
}

} // namespace

QString claimStatementHtml(const MaClaimStatement &s)
{
    const MaClaim &c = s.claim;
    const MaEnrolment &e = s.enrolment;
    QString html;
    if (!s.unionName.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(s.unionName.toHtmlEscaped());
    html += QStringLiteral("<h1 align=\"center\">%1</h1>")
                .arg(Text::tr("Medical mutual-aid claim statement").toHtmlEscaped());
    html += QStringLiteral("<p align=\"right\">%1</p>")
                .arg(Text::tr("Claim number: %1")
                         .arg(c.claimNo.isEmpty() ? Text::tr("(draft, not submitted)") : c.claimNo)
                         .toHtmlEscaped());

    html += QStringLiteral("<h2>%1</h2>").arg(Text::tr("Member and plan").toHtmlEscaped());
    html += facts({{Text::tr("Name"), e.personName},
                   {Text::tr("ID number"), IdNumber::mask(e.idNumber)},
                   {Text::tr("Work unit"), e.workUnit.isEmpty() ? QStringLiteral("—") : e.workUnit},
                   {Text::tr("Plan"),
                    QStringLiteral("%1 (%2)").arg(s.plan.name, productName(s.plan.product))},
                   {Text::tr("Cover"), Text::tr("%1 to %2").arg(date(s.plan.termStart), date(s.plan.termEnd))},
                   {Text::tr("Contribution paid"),
                    Text::tr("%1 on %2, receipt %3")
                        .arg(e.contribution.toStringWithSymbol(), date(e.paidOn),
                             e.receiptNo.isEmpty() ? QStringLiteral("—") : e.receiptNo)}});

    html += QStringLiteral("<h2>%1</h2>").arg(Text::tr("Hospital stay").toHtmlEscaped());
    const qint64 days = c.input.admittedOn.daysTo(c.input.dischargedOn) + 1;
    QList<std::pair<QString, QString>> stay = {
        {Text::tr("Hospital"), c.input.hospital},
        {Text::tr("Stay"), Text::tr("%1 to %2 (%3 days)")
                         .arg(date(c.input.admittedOn), date(c.input.dischargedOn))
                         .arg(days)},
        {Text::tr("Diagnosis"), c.input.diagnosis.isEmpty() ? QStringLiteral("—") : c.input.diagnosis}};
    if (!s.diseaseName.isEmpty())
        stay.append({Text::tr("Listed disease"), s.diseaseName});
    html += facts(stay);

    HtmlTable invoices;
    invoices.addColumn(Text::tr("Invoice number"));
    invoices.addColumn(Text::tr("Date"));
    invoices.addMoneyColumn(Text::tr("Total (yuan)"));
    invoices.addMoneyColumn(Text::tr("Basic insurance (yuan)"));
    invoices.addMoneyColumn(Text::tr("Personal share (yuan)"));
    Money total, insurance, personal;
    for (const MaInvoice &i : c.input.invoices) {
        invoices.addRow({i.number, date(i.date), i.total.toString(), i.insurance.toString(),
                         i.personal.toString()});
        total += i.total;
        insurance += i.insurance;
        personal += i.personal;
    }
    invoices.addTotalRow({Text::tr("Total"), QString(), total.toString(), insurance.toString(),
                          personal.toString()});
    html += invoices.toHtml();

    html += QStringLiteral("<h2>%1</h2><ol>").arg(Text::tr("How the payout is calculated").toHtmlEscaped());
    for (const PayoutStep &step : s.payout.trace)
        html += QStringLiteral("<li>%1</li>").arg(step.text.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    if (!s.matchesStored)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(Text::tr("Note: the plan was changed after the decision; the stored amount "
                            "below is the one decided.")
                             .toHtmlEscaped());
    const Money payout = c.approvedPayout.value_or(c.computedPayout.value_or(s.payout.payout));
    html += QStringLiteral("<p class=\"amount\"><b>%1</b></p>")
                .arg(Text::tr("Payout: %1 (%2)")
                         .arg(payout.toStringWithSymbol(), payout.toCapitals())
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(Text::tr("Decision: %1").arg(decisionLine(s)).toHtmlEscaped());
    if (!s.missingDocuments.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("Documents still missing: %1")
                             .arg(s.missingDocuments.join(QStringLiteral("、")))
                             .toHtmlEscaped());

    html += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellpadding=\"6\"><tr>");
    const QString signers[] = {Text::tr("Entered by"), Text::tr("Checked by"), Text::tr("Member's signature")};
    for (const QString &who : signers)
        html += QStringLiteral("<td>%1：__________</td>").arg(who.toHtmlEscaped());
    html += QStringLiteral("</tr></table>");
    html += QStringLiteral("<p align=\"right\" class=\"meta\">%1</p>")
                .arg(Text::tr("Printed %1")
                         .arg(s.printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .toHtmlEscaped());
    return html;
}

PageSetup claimStatementPageSetup(const MaClaimStatement &statement)
{
    PageSetup setup;
    setup.title = Text::tr("Medical mutual-aid claim statement");
    setup.footerText = statement.claim.claimNo.isEmpty()
                           ? setup.title
                           : setup.title + QStringLiteral(" · ") + statement.claim.claimNo;
    setup.pageNumbers = true;
    return setup;
}

Status writeClaimStatementPdf(const MaClaimStatement &statement, const QString &path)
{
    return writeHtmlPdf(claimStatementHtml(statement), path, claimStatementPageSetup(statement));
}

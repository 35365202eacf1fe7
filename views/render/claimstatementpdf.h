// The one-page claim statement (职工医疗互助金结算单) a caseworker prints for
// the member: who claimed under which plan, the stay and the invoices, every
// step of the payout in words and figures, the amount in figures and in
// capitals, the decision, and lines for the signatures.
#pragma once

#include "error.h"
#include "maclaimstatement.h"
#include "pagesetup.h"

#include <QString>

/// The statement as HTML for QTextDocument (all data escaped).
QString claimStatementHtml(const MaClaimStatement &statement);

/// How the statement is laid out on paper (A4 portrait, footer with the claim number).
PageSetup claimStatementPageSetup(const MaClaimStatement &statement);

/// Writes the statement as an A4 PDF at \a path (CJK font embedded).
Status writeClaimStatementPdf(const MaClaimStatement &statement, const QString &path);

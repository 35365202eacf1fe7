// AidProposalHtml: one aid proposal as the approvals inbox shows it beside the
// list — programme, household, student, the amount in figures and capitals,
// the reason, who proposed it and when, the warnings with the caseworker's
// answers (highlighted), every decision so far and what the household has
// received before. Every piece of data is escaped.
#pragma once

#include "aidhistory.h"
#include "aidprogramme.h"
#include "aidproposal.h"

#include <QString>

struct AidProposalDetail
{
    AidProposal proposal;
    AidProgramme programme;
    AidHistory history;
    QString subDistrict;
    QString category; ///< hardship category code of the household
    int stageDue = 1; ///< for a submitted proposal: the approval it waits for
};

/// The detail as HTML for a QTextBrowser; the history lists the last \a lastEntries entries.
QString aidProposalHtml(const AidProposalDetail &detail, int lastEntries = 8);

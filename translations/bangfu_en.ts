<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Accounts</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters a-z, digits, dots, hyphens or underscores, e.g. zhangli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator adds new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this name. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many failed sign-ins for this name. Wait %n second and try again.</numerusform>
            <numerusform>Too many failed sign-ins for this name. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last enabled administrator; enable or add another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidDecisionDialog</name>
    <message>
        <source>%1 for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required; the caseworker and the household are told it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 to the caseworker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What must be changed (required; the caseworker reads it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve selected proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve these %n proposal(s)? Either all are approved or, if one is refused, none.</source>
        <translation>
            <numerusform>Approve this proposal? Either it is approved or, if it is refused, nothing changes.</numerusform>
            <numerusform>Approve these %n proposals? Either all are approved or, if one is refused, none.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation>
            <numerusform>Approve %n</numerusform>
            <numerusform>Approve %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them need a second approval: after yours they wait for another supervisor.</source>
        <translation>
            <numerusform>%n of them needs a second approval: after yours it waits for another supervisor.</numerusform>
            <numerusform>%n of them need a second approval: after yours they wait for another supervisor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AidDecisions</name>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to decide on aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors decide on aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal is %1; only a submitted proposal can be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You proposed this aid yourself; another supervisor must decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave the first approval; a second, different supervisor must give the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for rejecting; the caseworker and the household are told it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what must be changed; the caseworker reads it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidInboxModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidProgrammes</name>
    <message>
        <source>The aid programme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the programme&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code must start with a lower-case letter and use only lower-case letters, digits and &apos;_&apos; (at most 30), e.g. &quot;warmth&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of payments per year cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly amount limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default amount is above the yearly amount limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second-approval threshold cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one hardship category that may receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown hardship category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidProgrammesDialog</name>
    <message>
        <source>Aid programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of aid the union pays. Caseworkers propose aid of an active programme; the limits per household and year are warnings they must answer, and proposals above the second-approval amount need a second supervisor. A programme that is no longer paid is made inactive, never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 送温暖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code in lower-case letters, digits and &apos;_&apos;, used in batch numbers; it cannot be changed once saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. warmth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments per &amp;year at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per household and calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount per year at most (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per household and calendar year; empty for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For households in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal names the member in senior secondary school or higher education it is paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;approval above (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals above this amount need a second, different supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tive: caseworkers may propose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears the form to enter a new programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the programme in the form, or saves the changes to the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits per household and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second approval above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n payment(s)</source>
        <translation>
            <numerusform>at most %n payment</numerusform>
            <numerusform>at most %n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second-approval amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid for a st&amp;udent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidProposalAttachments</name>
    <message>
        <source>This proposal is %1: documents can only be added or removed while it is a draft or returned for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the caseworker who proposed this aid, or a supervisor, may change its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is not one of this proposal&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidProposalDialog</name>
    <message>
        <source>Aid proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and what the aid is for; the supervisor decides on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws the proposal, with the reason; it stays in the household&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the proposal and hands it to a supervisor to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans, photos and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff *.doc *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the proposal withdrawn? The reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member (school stage)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be submitted yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the aid still needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve what is listed under &quot;Before submitting&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every warning first: why is the aid still needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file name (size)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft first to add documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: a bill, a certificate or a photo helps the supervisor decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved. Submit it when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is not saved: close the form to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not one of this proposal&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not filed yet</source>
        <comment>head of household</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, file %2, %3</source>
        <comment>head, file number, hardship category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2; proposed by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; proposed by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes by %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings answered at submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings: nothing to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose aid for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid proposal: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidProposalHtml</name>
    <message>
        <source>One supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different supervisors must approve (above %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the 2nd approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the 1st approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker&apos;s answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has received nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and not paid yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 of %2 entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In capitals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, submitted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted again after changes (round %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the household has received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidProposals</name>
    <message>
        <source>Only the caseworker who proposed this aid, or a supervisor, may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aid proposal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the aid programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the aid; the supervisor decides on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is not filed yet: file it (建档) before proposing aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not for households in the category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paid for a student: choose the member in school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen student is not a member of this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not recorded as in senior secondary school or higher education; correct the member&apos;s school first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This household already has %n %1 proposal(s) approved or waiting in %2, %3 in all.</source>
        <translation>
            <numerusform>This household already has %n %1 proposal approved or waiting in %2, %3 in all.</numerusform>
            <numerusform>This household already has %n %1 proposals approved or waiting in %2, %3 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is paid at most %n time(s) a year per household; this would be payment %2.</source>
        <translation>
            <numerusform>%1 is paid at most %n time a year per household; this would be payment %2.</numerusform>
            <numerusform>%1 is paid at most %n times a year per household; this would be payment %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pays at most %2 a year per household; with this proposal the household would receive %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household exited hardship on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was due for re-verification on %1 and has not been re-verified since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal is %1: only a draft or a proposal returned for changes can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal cannot move to another household; cancel it and propose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal is %1: only a draft or a returned proposal can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every warning before submitting (why the aid is still needed):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal is %1 and can no longer be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the proposal is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: head of household&apos;s name or file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only what I can decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approvals inbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mutual-aid claim(s) are waiting in the Claims area.</source>
        <translation>
            <numerusform>%n mutual-aid claim is waiting in the Claims area.</numerusform>
            <numerusform>%n mutual-aid claims are waiting in the Claims area.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mutual-aid claims could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) waiting for a decision; you may decide %1 of them.</source>
        <translation>
            <numerusform>%n proposal waiting for a decision; you may decide %1 of them.</numerusform>
            <numerusform>%n proposals waiting for a decision; you may decide %1 of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a proposal to see it in full: the reason, the warnings with the caseworker&apos;s answers, the decisions so far and what the household has received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several proposals are selected: choose one, or use &quot;Approve selected&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not decide on every selected proposal: leave out the greyed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected, %1 in all.</source>
        <translation>
            <numerusform>%n selected, %1 in all.</numerusform>
            <numerusform>%n selected, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one proposal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First approval given for %1; it now waits for a second, different supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the caseworker for changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the proposals to approve first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal was approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal was approved, because %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) approved.</source>
        <translation>
            <numerusform>%n proposal approved.</numerusform>
            <numerusform>%n proposals approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them wait(s) for a second, different supervisor.</source>
        <translation>
            <numerusform>%n of them waits for a second, different supervisor.</numerusform>
            <numerusform>%n of them wait for a second, different supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve selected proposals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaSummary</name>
    <message>
        <source>The database returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentFile</name>
    <message>
        <source>%1 is larger than %2 MB; scan or photograph it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>An attachment has no file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry was changed, removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was altered after it was written (its hash does not match its content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing from the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s entry counter was changed: it says %1, but the log holds %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditedWriter</name>
    <message>
        <source>Nobody is signed in; sign in to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled and cannot change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a table the application writes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column %2 that may be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a change was attempted outside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 no longer exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change to %1 needs the permission to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision can only be recorded in the name of the person signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record&apos;s id never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1 still refer to this record; remove them first.</source>
        <translation>
            <numerusform>%n record in %1 still refers to this record; remove it first.</numerusform>
            <numerusform>%n records in %1 still refer to this record; remove them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchLineModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchListModel</name>
    <message>
        <source>Revised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Mutual-aid claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hospital:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ischarged on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dia&amp;gnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listed disease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and s&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid claim (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDocuments</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft first to attach scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents the plan requires are attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank transfer reference or cash receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimStatement</name>
    <message>
        <source>Inpatient mutual aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed major diseases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women workers&apos; special diseases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid on %1, reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical mutual-aid claim statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft, not submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, receipt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic insurance (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal share (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the payout is calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the plan was changed after the decision; the stored amount below is the one decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents still missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: name, pinyin or initials, ID number, phone, claim or invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrolments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this claim? The plan gives a payout of %1; it is computed again as of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the claim rejected? The member is told this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save claim statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plan years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s).</source>
        <translation>
            <numerusform>%n claim.</numerusform>
            <numerusform>%n claims.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a claim to see its statement and the payout step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout &amp;calculator…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create a new database, optionally with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a database for damage and broken links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the records of each kind in a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate resident ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write amounts in Chinese capitals (人民币大写)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;bangfu-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bangfu-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the result as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write amounts in yuan (e.g. 1409.50, 1,234.5, ¥80) in Chinese capitals, one per line. Exits 1 if an amount cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bangfu-cli amount: give at least one amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK (%2 checks passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate resident ID numbers (GB 11643). Prints, for each number, its birth date, sex and area code or the reason it is invalid. Exits 1 if any is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bangfu-cli id: give at least one ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid, born %2, %3, area code %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo data; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo households (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bangfu-cli init: --seed and --households apply only with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bangfu-cli init: --seed must be a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bangfu-cli init: --households must be a whole number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; init never overwrites a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with a demo district of %2 households (seed %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the records of each kind in a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object {table: count} instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bangfu-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangfu (帮扶) case management, headless: office scripts, bulk work and benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;bangfu-cli COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 user error (message on stderr), 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bangfu-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: %n problem found.</numerusform>
            <numerusform>%1: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log: who changed what, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add, disable and enable accounts; reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this account. The password comes from the environment variable %1 or is asked on the terminal; it is never given on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set the environment variable %1 or run the command on a terminal, where it asks for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List audit log entries, oldest first: number, local time, user, device, action, table, row and the changed fields (old → new). Secrets such as password hashes are never recorded; they show as (hidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries about this table, e.g. households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries from this day on (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries about this row id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (the oldest matching ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with every field of each entry, hashes included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date written YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a database: SQLite integrity, links between records and the audit log&apos;s hash chain. Prints each problem found (for the audit log, the number of the first broken entry) and exits 1 if there is any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, head hash %1.</source>
        <translation>
            <numerusform>Audit log: %n entry, head hash %1.</numerusform>
            <numerusform>Audit log: %n entries, head hash %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note it down: a later check showing a different history means entries were cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first administrator with this user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s name as printed (default: NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPLAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin does not go with --demo: the demo database has its own accounts (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name applies only with --admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the administrator %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1. It has no accounts yet: the first start of the Bangfu application asks for an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account, acting as the administrator --user. The new account&apos;s password comes from the environment variable %1 or is asked twice on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the new account, e.g. zhangli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name as printed, e.g. 张丽.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseworker, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be caseworker, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts of a database, enabled ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of accounts instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an account, acting as the administrator --user. The account and its history stay; it can no longer sign in. The last enabled administrator cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a disabled account again, acting as the administrator --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for an account, acting as the administrator --user. The new password comes from the environment variable %1 or is asked twice on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an account (never deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a disabled account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bangfu-cli user SUBCOMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account work. Changes are made as --user NAME, who must be an administrator; the password comes from the environment variable %1 or is asked on the terminal, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster of households from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2: %n person row(s).</source>
        <translation>
            <numerusform>Read %1 as %2: %n person row.</numerusform>
            <numerusform>Read %1 as %2: %n person rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n problem found; nothing was imported.</numerusform>
            <numerusform>%n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the households of a roster: a CSV file in UTF-8 or GB18030 as Excel saves it, one row per person, with Chinese column headers (see docs/roster-import.md). Every row is checked first and nothing is written unless all rows are valid; problems are listed with the spreadsheet&apos;s row number and the column. The households are added with the status &quot;identified&quot;, as the --user, who must be allowed to edit households. With --dry-run, only check and report; nothing is written and no --user is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check the roster and report; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROSTER.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one roster file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is required, except with --dry-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the roster is valid and would add %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bangfu-cli import households --db FILE --user NAME ROSTER.csv [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster of households, one row per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, export and import mutual-aid plans (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol people in a mutual-aid plan from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nobody was enrolled.</source>
        <translation>
            <numerusform>%n problem found; nobody was enrolled.</numerusform>
            <numerusform>%n problems found; nobody was enrolled.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 from the household register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol the people of a list in a mutual-aid plan: a CSV file in UTF-8 or GB18030 as Excel saves it, one row per person, with Chinese column headers (see docs/mutual-aid-enrolment-import.md). Every row is checked first and nothing is written unless all rows are valid; problems are listed with the spreadsheet&apos;s row number and the column. People whose ID number is in the household register are linked to it. The enrolments are made as the --user, who must be allowed to edit claims. With --dry-run, only check and report; nothing is written and no --user is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan to enrol in: its id, or YEAR:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check the list and report; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the plan with --plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the list is valid and would enrol %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bangfu-cli enrol import --db FILE --user NAME --plan PLAN FILE.csv [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol the people of a CSV list in a mutual-aid plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the mutual-aid plans of a database, newest year first, with how many members are enrolled in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of plans instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mutual-aid plans yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the mutual-aid plans of one year (all its products) to a JSON plan file that &apos;plan import&apos; reads on another computer (see docs/mutual-aid-plans.md). Nothing in the database changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan year, e.g. 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year such as 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no mutual-aid plans of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n plan(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n plan of %1 to %2.</numerusform>
            <numerusform>Wrote %n plans of %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the mutual-aid plans of a JSON plan file (see docs/mutual-aid-plans.md). Everything is checked first and every problem is listed with its place in the file (e.g. plans[0].bands[2].ratio); nothing is written unless all plans can be imported. A plan of the same year and name as a stored one updates it, so importing a file twice changes nothing. The plans are written as the --user, who must be an administrator. With --dry-run, only check and report; nothing is written and no --user is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check the file and report; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the file is valid. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n plan(s) as %1.</source>
        <translation>
            <numerusform>Imported %n plan as %1.</numerusform>
            <numerusform>Imported %n plans as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the mutual-aid plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plans of a year to a JSON plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the plans of a JSON plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bangfu-cli plan SUBCOMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid plans as data: list, export and import JSON plan files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;bangfu-cli %1 %2 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;bangfu-cli %1 SUBCOMMAND --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bangfu-cli %1: name a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bangfu-cli %1: unknown subcommand &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote what a mutual-aid claim pays, without a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file (JSON, see docs/mutual-aid-plans.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan product: inpatient, listed_disease or women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan year, when the file holds several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan name, when the file holds several plans of the product in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice&apos;s personal share in yuan, e.g. 8,000.00; repeat for several invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to hospital on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution paid on (default: the day before the term starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim handed in on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid for the member&apos;s earlier claims in the term, in yuan (counts towards the cap per term).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal share of those earlier claims, in yuan (they used the deductible per term; default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listed-disease code, for lump-sum products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the payout and its steps as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no plan of product %1 with the --year and --name given. Its plans: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no plan of product %1. Its plans: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 plans of product %2: %3. Choose one with --year and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 plans of product %2: %3. Choose one with --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, e.g. 2014-06-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot;: the amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1 (%2, %3), term %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In capitals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what a mutual-aid claim would pay under a plan of a JSON plan file, step by step, as the payout engine computes it for a claim on file. No database is opened. Amounts are yuan, dates YYYY-MM-DD. Without dates the stay is taken as today when the plan covers today, else as the first day of cover; the output says what was assumed. A refused claim is an answer too: exit 0, with the reason in the steps. Exits 1 if the file cannot be used or holds no such plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--product must be inpatient, listed_disease or women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the plan file.</source>
        <translation>
            <numerusform>%n problem found in the plan file.</numerusform>
            <numerusform>%n problems found in the plan file.</numerusform>
        </translation>
    </message>
    <message>
        <source>--share is required: this plan pays on the personal share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what a claim would pay under a plan file, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bangfu-cli claim SUBCOMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid claims: quote a payout at the door, without a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no disbursement batches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batches include %1 and %n more; &apos;bangfu-cli batches&apos; lists them all.</source>
        <translation>
            <numerusform>Batches include %1 and %n more; &apos;bangfu-cli batches&apos; lists them all.</numerusform>
            <numerusform>Batches include %1 and %n more; &apos;bangfu-cli batches&apos; lists them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the disbursement batches with their totals and prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a batch&apos;s disbursement sheet (发放表) as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a disbursement batch for the bank (CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the lines of a disbursement batch to a file for the bank: CSV (UTF-8, opens in Excel) or XLSX, chosen by the file&apos;s suffix. The file holds full ID numbers and bank accounts, so only office staff may write it, and the export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch code, e.g. SNW-2026-002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, ending in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) of batch %1 (total %2) to %3.</source>
        <translation>
            <numerusform>Wrote %n line of batch %1 (total %2) to %3.</numerusform>
            <numerusform>Wrote %n lines of batch %1 (total %2) to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds full ID numbers and bank accounts; keep it safe. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a batch&apos;s lines for the bank as CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bangfu-cli batch SUBCOMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on one disbursement batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the disbursement batches of a database, newest first: programme, period, sub-district, status, lines and total, and when the sheet was printed and how often. Superseded versions of revised batches are left out unless --all is given. Nothing in the database changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of batches instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include versions replaced by a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disbursement batches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the disbursement sheet (发放表) of a batch as a PDF and log the print. Printing an open batch as office staff (--user) issues it: the batch is locked and later copies are reprints, marked as such. Without --user an open batch gives a preview marked &apos;not for payment&apos; and stays open; a printed batch gives a reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, marked &apos;not for payment&apos;: batch %1 is still open. Office staff issue it with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint no. %1 of batch %2, marked as a reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First issue: batch %1 is now printed and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: batch %2, %3, %4, total %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this device and pair it with others (for sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this installation&apos;s device (id, name, role and key fingerprint) and the devices paired with it. Compare the fingerprint with what the other device shows before pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no device of its own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices are paired yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paired %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this installation&apos;s pairing file: its id, name, role and public keys, signed with its key. Take it to the other device and enrol it there with &apos;bangfu-cli device enrol&apos;. The file holds no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the pairing file %1 (fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair another device: read and verify its pairing file and enrol it with its public keys. Compare the fingerprint printed with the one the other device shows (&apos;bangfu-cli device show&apos;). Written as the --user, who must be an administrator; the password comes from %1 or the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other device&apos;s pairing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one pairing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 (%2, %3), fingerprint %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with %1 as %2. Check that the other device shows the same fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this device, its fingerprint and the paired devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this device&apos;s signed pairing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair another device from its pairing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bangfu-cli device SUBCOMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation&apos;s device for sync, and pairing it with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new Bangfu database with the reference divisions of Hedong district. With --demo, fill it with a realistic, deterministic demo district (households, visits, surveys, mutual aid, disbursements and demo accounts). Never overwrites an existing file. With --admin, also create the first administrator, whose password comes from the environment variable %1 or is asked twice on the terminal; without it, the first start of the Bangfu application asks for one. The demo has its own accounts (see README), so --admin does not go with --demo. This installation is an office unless --laptop is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation is the office (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation is a field laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --office or --laptop, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship from an accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Communities</name>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the community or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: choose community or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected number of households cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a community or village named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This community or village no longer exists; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n household(s) are registered in it.</source>
        <translation>
            <numerusform>%1 cannot be removed: %n household is registered in it.</numerusform>
            <numerusform>%1 cannot be removed: %n households are registered in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommunitiesDialog</name>
    <message>
        <source>Communities and villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster import finds each household&apos;s community or village here, and coverage compares the expected households with those surveyed. A community or village with households registered in it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district or &amp;town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community or village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the roster, e.g. 幸福社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker households the community or village reports; leave at Unknown when there is no count yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>division name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invented for the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove community or village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Without community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected household count has been entered or imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-verification overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>The survey coverage could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: households in the community&apos;s roster. Visited: households with a field visit in the chosen year. Re-verification overdue: filed households not re-verified within 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This file is not a Bangfu database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Bangfu (schema version %1; this version knows up to %2). It was left unchanged; install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading the database; nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed in %1 and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is incomplete (cut off when it was copied or when the disk was full). It was left unchanged; restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSummary</name>
    <message>
        <source>Database summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoContext</name>
    <message>
        <source>Internal error: the demo has no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 is not a timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The number of demo households must be between 1 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo date must lie between 2004 and 2099.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds data; demo data goes only into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceKeys</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no device of its own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no valid keys; open the database for writing once to create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a pairing file: it is not readable JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a pairing file: it has no payload and signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Bangfu pairing file (format &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing file version %1 is not supported; this program reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing file has no valid device id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing file names an unknown device role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing file&apos;s signing key is damaged (not %1 bytes of base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing file&apos;s encryption key is damaged (not %1 bytes of base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing file&apos;s signature does not match its contents: the file was damaged or altered. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pairing file is this device&apos;s own; enrol it on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device with the id %1 is already paired, with other keys. This file may come from an impostor; it was not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisbursementBatches</name>
    <message>
        <source>There is no disbursement batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was replaced by a newer version; change that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is locked: its sheet was printed. A supervisor can revise it, which makes a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the period the batch pays for, e.g. &quot;2026 春节&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the approved proposals the batch pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disbursement sheet, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved proposals go on a batch; this one is not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is for another programme than the batch (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is not in %1, the batch&apos;s sub-district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is already on a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no head of household to receive the aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not on a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a line not paid yet can be taken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the line is taken off the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can revise a printed batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has not been printed; change it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is paid and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was already replaced by a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of batch %1 are paid already; a batch with payments cannot be revised.</source>
        <translation>
            <numerusform>%n line of batch %1 is paid already; a batch with payments cannot be revised.</numerusform>
            <numerusform>%n lines of batch %1 are paid already; a batch with payments cannot be revised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the printed batch must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lines that were paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For cash, record whether the recipient signed or gave a thumbprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bank transfer&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payments one batch at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print batch %1&apos;s sheet before recording payments: recipients sign on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 takes no more payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date is before the sheet was printed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisbursementSheet</name>
    <message>
        <source>Page subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients on this page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet replaces %1, which is void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature / thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot print on A4 paper in landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing the disbursement sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisbursementSheets</name>
    <message>
        <source>Version %1 of batch %2 was replaced; print %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was replaced by a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisbursementsView</name>
    <message>
        <source>Disbursements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save disbursement sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export lines for the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take line off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this line taken off the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise printed batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed sheet will be marked as replaced and a new version of the batch opened for changes. Why must it change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show replaced versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sheet as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take line off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paid in %1: %2 in %n payment(s). Not paid yet: %3. Open batches: %4.</source>
        <translation>
            <numerusform>Paid in %1: %2 in %n payment. Not paid yet: %3. Open batches: %4.</numerusform>
            <numerusform>Paid in %1: %2 in %n payments. Not paid yet: %3. Open batches: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a batch to see its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 in %n line(s), created by %3.</source>
        <translation>
            <numerusform>%1, %2 in %n line, created by %3.</numerusform>
            <numerusform>%1, %2 in %n lines, created by %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revised after printing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s); last %1 by %2 (%3).</source>
        <translation>
            <numerusform>Printed once; last %1 by %2 (%3).</numerusform>
            <numerusform>Printed %n times; last %1 by %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing issues batch %1: after that its lines can only change through a supervisor&apos;s revision. Print it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, void: replaced by a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add proposals…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line should be the header &quot;code,name,kind&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected 3 fields (code, name, kind), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is not a 9-digit statistical code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is not inside district %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 already appears on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no divisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the division list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sub-district or town with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in mutual aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the household &amp;register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;name and ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin initials, ID number or file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pai&amp;d on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unticked for someone who has not paid yet; claims are refused until the payment is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt n&amp;o.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contribution (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, pinyin initials, part of an ID number or a file number to find the person in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the household register matches &quot;%1&quot;. Someone who is not in the register is enrolled by name and ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 households found are shown; type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the contribution in yuan, for example 50 or 50.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the register and choose the person to enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change enrolment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentImportDialog</name>
    <message>
        <source>Import enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a list of enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has already been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a list without problems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2: %n person row(s).</source>
        <translation>
            <numerusform>Read %1 as %2: %n person row.</numerusform>
            <numerusform>Read %1 as %2: %n person rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored (not enrolment columns): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is correct: importing it enrols %1 in %2, %3 of them from the household register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nobody is enrolled until every row is correct: fix the spreadsheet, save it and check it again.</source>
        <translation>
            <numerusform>%n problem found. Nobody is enrolled until every row is correct: fix the spreadsheet, save it and check it again.</numerusform>
            <numerusform>%n problems found. Nobody is enrolled until every row is correct: fix the spreadsheet, save it and check it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1 in %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was enrolled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan and a list of people who paid, saved from Excel as CSV (UTF-8 or GB18030). Row 1 holds the column headers, then one row per person. Required columns: %1. People found in the household register by ID number are linked to it. Every row is checked first, and either everyone is enrolled or nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentsDialog</name>
    <message>
        <source>Mutual-aid enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, pinyin initials, ID number, phone or receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) enrolled.</source>
        <translation>
            <numerusform>%n person enrolled.</numerusform>
            <numerusform>%n people enrolled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s) match &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n enrolment matches &quot;%1&quot;.</numerusform>
            <numerusform>%n enrolments match &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not enrol people in mutual aid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Close household file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed file stays in the register and can still be found and printed, but it can no longer be changed. Files are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for &quot;Other&quot;; kept in the file&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the file is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the reason for closing the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-district or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardship category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income above the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for overriding the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name in pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home sub-district or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual business income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual pensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual unemployment benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual interest and rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual maintenance received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other annual income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imputed minimum wage (annual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual illness costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual disability costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual schooling costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual necessary job costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accident and disaster losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-capita monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保 line applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>further answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invented for the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保 line per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum wage per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursement batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldVisits</name>
    <message>
        <source>First survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condolence visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who made the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next visit cannot be due before this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its content no longer matches its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then adds the accounts of caseworkers and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on forms, e.g. 张丽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Bangfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardshipAssessment</name>
    <message>
        <source>The amount must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household&apos;s file is closed; its category can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no members; add them before the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 低保 line and the minimum wage must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown hardship category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for choosing %1 instead of the proposed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the proposed category; accept the proposal instead of overriding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one term of a sum: label, amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heading: the only term</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <comment>heading: terms = total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + </source>
        <comment>between terms of a sum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imputed minimum wage for %1 (unemployed, %2, able to work) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rigid expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum wage imputed for %1 (unemployed): the birth date is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>younger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above working age (men %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above working age (women %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex unknown, above working age for women (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability grade %1, not able to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major illness, not able to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum wage imputed for %1 (unemployed, %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per person per month: (%1 − %2) ÷ 12 ÷ %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per person per month: (%1 − %2) ÷ 12 ÷ %3 = %4, rounded down to the fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保 line %1 for %2 (district default): %3 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保 line %1 for %2: %3 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not below it but below twice the line (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not below twice the line (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>the line; how the figure compares</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident losses %1 + illness costs %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, more than 80% of the annual income %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not more than 80% of the annual income %2, but a worker was injured, disabled or killed in a sudden event or major illness and is still in difficulty: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not more than 80% of the annual income %2, and no worker is in difficulty after a sudden event or major illness: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unemployment benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest and rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>necessary job costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accident losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep hardship (深度困难)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative hardship (相对困难)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardship from an accident (意外致困)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum wage %1: %2 per month × 12 = %3 a year for each member imputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 低保 line is set for %1 (%2); an administrator sets it under Administration → Poverty lines and minimum wage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded for this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdAidPanel</name>
    <message>
        <source>The aid could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not paid yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mutual aid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes: open it to read the supervisor&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid proposals (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdCodes</name>
    <message>
        <source>Own home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public rental housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living with relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preschool child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDetailPanel</name>
    <message>
        <source>The members could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in to see full ID numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected member&apos;s full ID number. Who saw it and when is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose &amp;aid…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdExit</name>
    <message>
        <source>The household does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is closed and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the file is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reason for closing a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the reason for closing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the file is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a filed household can be closed; this household was identified but never filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date %1 is before the household was filed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File closed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdFile</name>
    <message>
        <source>%1 is no longer a member of this household; open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The household does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that file instead of registering the person twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a household in hardship can be filed: the category is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sub-district or town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the household&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may only hold digits, spaces, &apos;-&apos; and a leading &apos;+&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of housing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The housing area must be between 0 and 100,000 m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cause of hardship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the main cause; it cannot also be a secondary cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank account number has 8 to 40 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bank of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for choosing a category other than the proposed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the relationship to the head of household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the head of household&apos;s ID number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ID number %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sex does not match the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date of birth does not match the ID number (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ID number %2 is already entered for member %3 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date of birth lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the phone number may only hold digits, spaces, &apos;-&apos; and a leading &apos;+&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown answer &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the monthly income must be between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest and rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessary job costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses from accidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the members of the household, the head of household first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark one member as the head of household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one member can be the head of household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered, in the household with file number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered, in the household of %2 (not filed yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All file numbers of %1 are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdFileDialog</name>
    <message>
        <source>Household file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-district or town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community or village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building, unit, room or village and house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer of the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Housing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing &amp;area (m²):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 临沂农商银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per person living in the household, the head of household first. Sex and date of birth are taken from the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Income and expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household income in the year (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business income:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unemployment benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compensation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interest and rent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maintenance received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other income:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rigid expenditure in the year (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical &amp;costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disability costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schooling costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Necessary job costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Losses from accidents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker of the household was injured, disabled or killed in a sudden event or has a major illness, and the family is still in difficulty after compensation and aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes and &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main cause of hardship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary causes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for a different category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the proposal does not fit this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rigid expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per person a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdListModel</name>
    <message>
        <source>File no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district/town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community/village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdSearchBar</name>
    <message>
        <source>Search: name, pinyin or initials, ID number, phone or file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-verification overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sub-districts and towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsView</name>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) in this database.</source>
        <translation>
            <numerusform>%n household in this database.</numerusform>
            <numerusform>%n households in this database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1; more load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) match.</source>
        <translation>
            <numerusform>%n household matches.</numerusform>
            <numerusform>%n households match.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a household to open its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>ID number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old 15-digit ID numbers are not accepted; enter the 18-digit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number should have 18 characters, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) should be a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last character (&quot;%1&quot;) should be a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area code %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year %1 is before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character should be %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceTable</name>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date &quot;%2&quot; is not a date like 2026-05-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinePaymentDialog</name>
    <message>
        <source>Bank &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash, recipient signed the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash, recipient gave a thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 in all.</source>
        <translation>
            <numerusform>%n line, %1 in all.</numerusform>
            <numerusform>%n lines, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaClaimAttachments</name>
    <message>
        <source>Application form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice is not one of this claim&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of document %1 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is not one of this claim&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaClaimDuplicates</name>
    <message>
        <source>Invoice %1 of %2 is also in a draft claim of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is also in claim %3 of %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaClaimListModel</name>
    <message>
        <source>Claim no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaClaimWorkflow</name>
    <message>
        <source>Claim %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered this claim yourself; another supervisor must decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the invoices before submitting the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same invoice cannot be claimed twice; check both claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted claim can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan pays nothing for this claim: %1 Reject it, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted claim can be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for rejecting the claim; the member is told it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved claim can be marked as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the payout was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date %1 is before the approval on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payment reference (bank reference or receipt number).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaClaims</name>
    <message>
        <source>The claim does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the enrolment the claim is made under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basic-insurance reimbursement (%1) and the personal share (%2) add up to more than the total (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discharge cannot be before the admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discharge date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 lists no disease %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 is %2; only a draft can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is not one of this claim&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaEnrolmentImport</name>
    <message>
        <source>The file has a header but no rows of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has problems; nobody was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the list again; nobody was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet turned the date into the number %1. Format the column as text or as a date and type the dates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable date &quot;%1&quot;: write it as 2026-01-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same receipt number as on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household register has this ID number for %1; check the name and the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaEnrolmentListModel</name>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaEnrolments</name>
    <message>
        <source>The enrolment does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mutual-aid plan %1; name it by its id or as YEAR:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enrolled in %2 (not paid yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enrolled in %2 (paid on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enrolled in %2 (receipt %3, paid on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member does not exist in the household register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan to enrol in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has no ID number in the household register; add it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ID number: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date %1 is outside the plan&apos;s enrolment window (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt number %1 is already used in this plan, by the enrolment of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, &quot;-&quot; and a leading &quot;+&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaPlan</name>
    <message>
        <source>The amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan needs at least one band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first band must start at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratio must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band must end above where it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last band may be open-ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last band must be open-ended; limit payouts with a cap instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band must start where band %1 ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed disease %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disease needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disease needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed diseases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inpatient product pays from bands on the personal share and lists no diseases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listed-disease product needs at least one listed disease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listed-disease product pays lump sums and has no bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A women&apos;s product pays either lump sums for listed diseases or from bands, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the first and the last day of the enrolment window, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment window ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the claim deadline either in days after discharge or as a fixed date, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim deadline is before the term starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible per admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible per term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per member and term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum payout is more than the cap per claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document type is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document type %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has an unknown value %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual-aid plan %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaPlanFields</name>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed disease %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first band must start at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaPlanImport</name>
    <message>
        <source>This id belongs to the plan %1 of %2 in this database. For a new plan, delete the id; to rename that plan, rename it in the plan editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) under this plan have been approved or paid, so what decides a payout can no longer change: %1.</source>
        <translation>
            <numerusform>%n claim under this plan has been approved or paid, so what decides a payout can no longer change: %1.</numerusform>
            <numerusform>%n claims under this plan have been approved or paid, so what decides a payout can no longer change: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: would be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: would change (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaPlanJson</name>
    <message>
        <source>Not a percentage: write it like &quot;30%&quot; or &quot;32.5%&quot; (at most one decimal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key (misspelt?); the keys are listed in docs/mutual-aid-plans.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write text in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount in yuan as text in double quotes, e.g. &quot;50,000.00&quot; or &quot;50000&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount in yuan: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a whole number (0 or more) without quotes, e.g. 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a date as &quot;YYYY-MM-DD&quot;, e.g. &quot;2014-12-31&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a list in square brackets: [ ... ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each entry in braces: { ... }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a list in square brackets, e.g. [&quot;id_card&quot;, &quot;invoice&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the id as exported, or write null for a new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a plan of %1 with this name already (plans[%2]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a plan with this id already (plans[%1]); delete the id of a copied plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1. Look for a missing comma, quote or bracket here or just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as, Encoding UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Bangfu plan file: it needs &quot;%1&quot;: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the format version as a whole number, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has format version %1, written by a newer Bangfu; this one reads version %2. Update Bangfu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plans as a list in square brackets: &quot;plans&quot;: [ { ... } ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each plan in braces: { ... }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaPlans</name>
    <message numerus="yes">
        <source>%n claim(s) under this plan have been approved or paid, so what decides a payout can no longer change: %1.</source>
        <translation>
            <numerusform>%n claim under this plan has been approved or paid, so what decides a payout can no longer change: %1.</numerusform>
            <numerusform>%n claims under this plan have been approved or paid, so what decides a payout can no longer change: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a plan called %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are enrolled in this plan, so it cannot be removed.</source>
        <translation>
            <numerusform>%n member is enrolled in this plan, so it cannot be removed.</numerusform>
            <numerusform>%n members are enrolled in this plan, so it cannot be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty Bangfu database and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another Bangfu database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a complete copy of the open database to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bangfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Bangfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangfu databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose a new name: a new database never replaces an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangfu databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete copy of the database was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation for this language is missing from this build; the interface is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangfu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management for trade-union caseworkers: surveys and files of households in hardship, medical mutual-aid claims, and aid disbursements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bangfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the data until your password is entered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End your session so that someone else can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users, reset passwords, disable or enable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import households…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the households of a roster saved from Excel as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Communities and villages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename or remove the communities and villages of each sub-district or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poverty lines and minimum wage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the 低保 line and minimum wage of each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mutual-aid plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the medical mutual-aid plans of each year; import and export plan files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aid programmes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change the kinds of aid the union pays, their amounts, limits and approvals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDelegate</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Taken from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in part; &quot;Show ID number&quot; shows all of it and records that you saw it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration file name must look like 0001_name.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration number %1 is out of sequence; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters are not allowed in an amount (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; in the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount has more than one decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a digit before the decimal point (for example 0.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the digits after the decimal point, or leave the decimal point out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousands separators are only allowed before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount has more than two decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousands separators in &quot;%1&quot; are misplaced (write 1,234,567.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount should not start with 0 (write 123.00, not 0123.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount is too large (at most %1 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; follows another digit without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not after a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;亿&quot; is misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;元&quot; is misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;角&quot; is misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;分&quot; is misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capital digit or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount in capitals has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount in capitals should end with 元, 角 or 分 (and 整 after 元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount in capitals is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整 is never written after 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整 is written only after 元 or 角</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount in capitals is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written correctly; expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community/village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>a household surveyed but not yet filed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkView</name>
    <message>
        <source>Your due visits could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the visits due in your households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits are due within 7 days in the households you filed or visited, and none is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within 7 days, among the households you filed or visited. Double-click one to open its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within 7 days and %3 drafts not yet filed, among the households you entered or visited. Double-click one to open its file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on forms, e.g. 张丽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for signing in, e.g. zhangli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworkers file households, visits, surveys and claims and propose aid. Supervisors also approve or reject aid and claims. Administrators manage accounts, programmes, plans and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New disbursement batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-district:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1 Spring Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the programme, period and sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved proposals not yet on a batch (untick those to leave for a later batch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved proposals of this programme are waiting for a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) chosen, %1 in all.</source>
        <translation>
            <numerusform>%n proposal chosen, %1 in all.</numerusform>
            <numerusform>%n proposals chosen, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add proposals to batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice. The new password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1 and tell it to them in person. It needs at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the new password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutCalculatorDialog</name>
    <message>
        <source>Payout calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a claim would pay under a plan, step by step, as for a claim on file. Nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oad plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;share per invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;charged on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution pa&amp;id on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handed in on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;earlier this term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the member&apos;s earlier claims in the term were paid: it counts towards the cap per term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal share of &amp;those claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal share of the earlier claims: it used the deductible per term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listed disease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the payout is computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal share (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no plan was loaded.</source>
        <translation>
            <numerusform>%n problem in %1; no plan was loaded.</numerusform>
            <numerusform>%n problems in %1; no plan was loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan yet: load a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid earlier this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal share of those claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutEngine</name>
    <message>
        <source>%1: %2 − %3 = %4, all of it goes to the deductible</source>
        <comment>deductible: before − taken = after</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 − %3 = %4</source>
        <comment>deductible: before − taken = after</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a band of the personal share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <comment>an open-ended band of the personal share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Personal share of %n invoice(s): %1</source>
        <translation>
            <numerusform>Personal share of %n invoice: %1</numerusform>
            <numerusform>Personal share of %n invoices: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deductible per admission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible per term %1: already used up by earlier claims in this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible per term %1, of which earlier claims in this term used %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible per term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1: %2 × %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1: %2 × %3 = %4, rounded down to the fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole amount falls in the band %1: %2 × %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole amount falls in the band %1: %2 × %3 = %4, rounded down to the fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the bands: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + </source>
        <comment>between terms of a sum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed disease %1 %2: lump sum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than the minimum payout %2: nothing is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than the minimum payout %2: raised to %3, all of the share left after the deductibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than the minimum payout %2: raised to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the cap per claim %2: reduced to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the cap per member and term %2: reduced to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per member and term %1, of which earlier claims in this term were paid %2: %3 is left, so %4 is reduced to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1, the claim is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim needs an admission and a discharge date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discharge date %1 is before the admission date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal share of invoice %1 is negative or too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution for this plan year has not been paid: not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted on %1, outside the term %2 to %3: not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted on %1, before the contribution was paid on %2: not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Admitted on %1, within the waiting period of %n day(s) from %2 to %3: not covered.</source>
        <translation>
            <numerusform>Admitted on %1, within the waiting period of %n day from %2 to %3: not covered.</numerusform>
            <numerusform>Admitted on %1, within the waiting period of %n days from %2 to %3: not covered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed in on %1, after the claim deadline %2 (%n day(s) after the discharge on %3): too late.</source>
        <translation>
            <numerusform>Handed in on %1, after the claim deadline %2 (%n day after the discharge on %3): too late.</numerusform>
            <numerusform>Handed in on %1, after the claim deadline %2 (%n days after the discharge on %3): too late.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in on %1, after the claim deadline %2: too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listed disease is given; this product pays only for listed diseases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disease code %1 is not listed in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lump sum for %1 %2 was already paid in this term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutQuotes</name>
    <message>
        <source>No payment date given: the contribution is taken as paid on %1, the day before the term starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates given: admitted and discharged today, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates given: admitted and discharged on %1, the first day of cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates given: admitted and discharged on %1, the first day of the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discharge date given: discharged on the day of admission, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admission date given: admitted on the day of discharge, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-in date given: handed in today, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal share of the earlier claims given: the deductible per term counts as not yet used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>The page margins do not fit on an A4 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font for Chinese text is installed. Install the fonts-noto-cjk package (apt-get install fonts-noto-cjk) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a PDF needs a QGuiApplication (a programming error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the PDF file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit household files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log visits and surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter mutual-aid enrolments and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject mutual-aid claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle disbursement batches and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage aid programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage mutual-aid plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanChoice</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <source>Mutual-aid plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next year&apos;s plan from the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to ne&amp;xt year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update plans from a JSON plan file sent by the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plans of the selected plan&apos;s year to a JSON plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) under this plan have been approved or paid, so what decides a payout can no longer change. The name, contribution, enrolment window, documents and notes may still be corrected.</source>
        <translation>
            <numerusform>%n claim under this plan has been approved or paid, so what decides a payout can no longer change. The name, contribution, enrolment window, documents and notes may still be corrected.</numerusform>
            <numerusform>%n claims under this plan have been approved or paid, so what decides a payout can no longer change. The name, contribution, enrolment window, documents and notes may still be corrected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the plan to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the plan %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1: nothing was imported. Fix the file and import it again.</source>
        <translation>
            <numerusform>%n problem in %1: nothing was imported. Fix the file and import it again.</numerusform>
            <numerusform>%n problems in %1: nothing was imported. Fix the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no plans of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n plan(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n plan of %1 to %2.</numerusform>
            <numerusform>Wrote %n plans of %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import mutual-aid plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plan of the year to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mutual-aid plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy for %1: check it and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was saved. Click a problem to go to its field.</source>
        <translation>
            <numerusform>%n problem: nothing was saved. Click a problem to go to its field.</numerusform>
            <numerusform>%n problems: nothing was saved. Click a problem to go to its field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRulesForm</name>
    <message>
        <source>&amp;Waiting period (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible per &amp;admission (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible per member and &amp;term (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bands apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum payout (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per &amp;claim (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per member and t&amp;erm (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands on the personal s&amp;hare (leave the last band&apos;s upper bound empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listed diseases and their lump sums:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sum (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginal: each band at its own ratio, like income tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole amount: the ratio of the band the total falls in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a smaller payout is raised to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a smaller payout is not paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableDelegate</name>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 32.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTermsForm</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as published, e.g. 岳阳市职工医疗互助 2014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contribution per member and year (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrolment window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term (cover):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quired documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed diseases (lump sums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women&apos;s special diseases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within days after discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On or before a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PovertyLines</name>
    <message>
        <source>The year must lie between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 低保 line must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum wage must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PovertyLinesDialog</name>
    <message>
        <source>Poverty lines and minimum wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardship assessment compares a household with the 低保 line of the survey&apos;s year and imputes the minimum wage to members of working age without work. A sub-district or town without a line of its own uses the district default of that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per person, e.g. 1,080.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum wage per month (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2,100.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the figures were published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the line, or replaces the figures of the line already set for this year and division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保 per month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum wage per month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 低保 line per month in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 低保 line &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the minimum wage per month in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum wage &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 line (%2)? Households surveyed in %1 are then assessed against another line, or cannot be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dibao (低保) per month (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>%1 %2 %3</source>
        <comment>time, who, what was done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a former member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <comment>field from old to new</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed the full ID number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed the full %1 of a %2 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the household file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created a %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what was done: values</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed a %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the household file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted a %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did %1 on a %2 record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics and printable reports: households by category and cause, coverage of the door-to-door survey, aid and claims per year, with charts and PDF, CSV and spreadsheet export. Coming with the reporting work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households by status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterCsv</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8 (comma delimited)&quot; or &quot;CSV (comma delimited)&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this installation cannot read GB18030. Save the file as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from Excel as &quot;CSV UTF-8 (comma delimited)&quot; or &quot;CSV (comma delimited)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>This person is already registered, in the household with file number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already registered, in the household of %1 at %2 (not filed yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already registered, in the household of %1 (not filed yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must hold the column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same column as &quot;%1&quot;; keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is missing (other names accepted: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has text beyond the last column with a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster has problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the roster again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet turned the ID number into the number %1 and lost its last digits. Format the column as text and type the numbers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ID number: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown relationship &quot;%1&quot;. Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sub-district or town &quot;%1&quot;. Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, &quot;-&quot; and a leading &quot;+&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable amount &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly income cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person as on row %1: the ID number is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 already has its head (户主) on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 has no head (户主): mark one person as 户主.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of household&apos;s row must name the sub-district or town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of household&apos;s row must give the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the head of household&apos;s row %1 (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no community or village &quot;%1&quot; in %2. An administrator adds communities; check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state of health &quot;%1&quot;. Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown disability grade &quot;%1&quot;. Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown work status &quot;%1&quot;. Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This roster has already been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster without problems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2: %n person row(s).</source>
        <translation>
            <numerusform>Read %1 as %2: %n person row.</numerusform>
            <numerusform>Read %1 as %2: %n person rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored (not roster columns): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster is correct: importing it adds %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing will be imported until every row is correct: fix the spreadsheet, save it and check it again.</source>
        <translation>
            <numerusform>%n problem found. Nothing will be imported until every row is correct: fix the spreadsheet, save it and check it again.</numerusform>
            <numerusform>%n problems found. Nothing will be imported until every row is correct: fix the spreadsheet, save it and check it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 with %2 as %3. They are in the register with the status &quot;identified&quot;, waiting for a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster of worker households saved from Excel as CSV (UTF-8 or GB18030). Row 1 holds the column headers, then one row per person; rows with the same %1 form one household. Required columns: %2. Every row is checked first, and the households are added with the status &quot;identified&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface switches to the chosen language as soon as you press OK. &quot;Follow system&quot; uses Chinese on a Chinese system and English otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked screen hides the data and asks for the password again; someone else may sign in instead. The time applies to the whole office; only an administrator changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by an administrator for the whole office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPrintJob</name>
    <message>
        <source>Disbursement sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Bangfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangfu is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Bangfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Bangfu account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangfu is locked. Enter the password of %1 to go on, or let someone else sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is in use by another program (locked). Close the other program or wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities and villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursement batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>From this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange with the office by export bundles: signed and encrypted files carried on a USB stick or sent by mail, a preview before import, and a queue of conflicts for a supervisor to resolve. Coming with the sync work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The change was undone and cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoProxyModel</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted: disable an account to stop it signing in while its history stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)? They can no longer sign in; their records and history stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseworkers who went, e.g. 李明、王芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who of the household was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt visit due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-verification is due again one year later unless you set a date here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add photo or scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who made the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the household&apos;s income and expenditure from this visit after saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field visits and door-to-door surveys, so that no household is missed: coverage of every community by year, and the visits due in your own households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits logged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households due now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bangfu: case management for trade-union caseworkers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE (created if it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on aid requests and mutual-aid claims: approve, reject or return with a reason; nobody approves what they created, and large amounts need a second supervisor. Coming with the accounts and approval work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid claims</source>
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
    <name>ClaimsView</name>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical mutual-aid claims: plans, enrolments, claims with invoices and the payout calculation. Coming with the mutual-aid work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out on claims</source>
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
        <source>Check a database: SQLite integrity and links between records. Prints each problem found and exits 1 if there is any.</source>
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
        <source>Create a new Bangfu database with the reference divisions of Hedong district. With --demo, fill it with a realistic, deterministic demo district (households, visits, surveys, mutual aid, disbursements and demo accounts). Never overwrites an existing file.</source>
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
        <source>Created %1.</source>
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
    <name>DisbursementsView</name>
    <message>
        <source>Disbursements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid disbursements: batches per programme and period, the disbursement sheets that recipients sign or thumbprint, and bank or cash payments. Coming with the aid work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments not yet made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open batches</source>
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
    <name>HouseholdsView</name>
    <message>
        <source>This list is read-only for now. Searching by name or pinyin, filters and editing household files come with the households work.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>VisitsView</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field visits and door-to-door surveys: the visit log, survey answers with photos, and the schedule of re-verifications so that no household is missed. Coming with the survey work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households due now</source>
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

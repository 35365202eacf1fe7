<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Decisions on aid requests and mutual-aid claims: approve, reject or return with a reason; nobody approves what they created, and large amounts need a second supervisor. Coming with the accounts and approval work.</source>
        <translation>对帮扶申请和医疗互助申领作出决定：批准、驳回或退回修改并说明理由；任何人不得审批自己提交的事项，大额事项需第二位审核人复核。此功能将随账号与审批功能一起提供。</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Aid requests</source>
        <translation>帮扶申请</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Mutual-aid claims</source>
        <translation>医疗互助申领</translation>
    </message>
</context>
<context>
    <name>AreaSummary</name>
    <message>
        <source>The database returned no result.</source>
        <translation>数据库没有返回结果。</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>Claims</source>
        <translation>互助理赔</translation>
    </message>
    <message>
        <source>Medical mutual-aid claims: plans, enrolments, claims with invoices and the payout calculation. Coming with the mutual-aid work.</source>
        <translation>职工医疗互助：互助方案、参保登记、附发票的申领以及补助金额的计算。此功能将随医疗互助功能一起提供。</translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation>申领状态</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>医疗互助</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>参保人次</translation>
    </message>
    <message>
        <source>Paid out on claims</source>
        <translation>已支付补助</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create a new database, optionally with demo data</source>
        <translation>新建数据库，可选填入演示数据</translation>
    </message>
    <message>
        <source>Check a database for damage and broken links</source>
        <translation>检查数据库是否损坏、关联是否断开</translation>
    </message>
    <message>
        <source>Count the records of each kind in a database</source>
        <translation>统计数据库中各类记录的数量</translation>
    </message>
    <message>
        <source>Validate resident ID numbers</source>
        <translation>校验居民身份证号码</translation>
    </message>
    <message>
        <source>Write amounts in Chinese capitals (人民币大写)</source>
        <translation>将金额写成人民币大写</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>显示本命令的帮助。</translation>
    </message>
    <message>
        <source>Try &apos;bangfu-cli %1 --help&apos;.</source>
        <translation>请运行“bangfu-cli %1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Usage: bangfu-cli %1</source>
        <translation>用法：bangfu-cli %1</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No such database file.</source>
        <translation>数据库文件不存在。</translation>
    </message>
    <message>
        <source>Also write the result as a PDF file.</source>
        <translation>同时将结果写成 PDF 文件。</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>输出.pdf</translation>
    </message>
    <message>
        <source>Write amounts in yuan (e.g. 1409.50, 1,234.5, ¥80) in Chinese capitals, one per line. Exits 1 if an amount cannot be read.</source>
        <translation>将以元为单位的金额（如 1409.50、1,234.5、¥80）写成人民币大写，每行一个。有金额无法识别时退出码为 1。</translation>
    </message>
    <message>
        <source>Amounts in yuan.</source>
        <translation>以元为单位的金额。</translation>
    </message>
    <message>
        <source>bangfu-cli amount: give at least one amount.</source>
        <translation>bangfu-cli amount：请至少给出一个金额。</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;</source>
        <translation>金额“%1”</translation>
    </message>
    <message>
        <source>Check a database: SQLite integrity and links between records. Prints each problem found and exits 1 if there is any.</source>
        <translation>检查数据库：SQLite 完整性以及记录之间的关联。逐条列出发现的问题，有问题时退出码为 1。</translation>
    </message>
    <message>
        <source>%1: OK (%2 checks passed).</source>
        <translation>%1：正常（%2 项检查均通过）。</translation>
    </message>
    <message>
        <source>Validate resident ID numbers (GB 11643). Prints, for each number, its birth date, sex and area code or the reason it is invalid. Exits 1 if any is invalid.</source>
        <translation>校验居民身份证号码（GB 11643）。对每个号码输出出生日期、性别和地区码，或不合格的原因。有不合格号码时退出码为 1。</translation>
    </message>
    <message>
        <source>ID numbers to check.</source>
        <translation>要校验的身份证号码。</translation>
    </message>
    <message>
        <source>bangfu-cli id: give at least one ID number.</source>
        <translation>bangfu-cli id：请至少给出一个身份证号码。</translation>
    </message>
    <message>
        <source>%1: valid, born %2, %3, area code %4</source>
        <translation>%1：有效，出生日期 %2，%3，地区码 %4</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation>%1：无效：%2</translation>
    </message>
    <message>
        <source>Create a new Bangfu database with the reference divisions of Hedong district. With --demo, fill it with a realistic, deterministic demo district (households, visits, surveys, mutual aid, disbursements and demo accounts). Never overwrites an existing file.</source>
        <translation>新建帮扶数据库，并载入河东区的街道和镇。加 --demo 时填入逼真且可重现的演示数据（困难家庭、走访、调查、医疗互助、发放记录和演示账号）。不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Fill the database with demo data.</source>
        <translation>在数据库中填入演示数据。</translation>
    </message>
    <message>
        <source>Seed of the demo data; the same seed gives the same data.</source>
        <translation>演示数据的随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of demo households (default 600).</source>
        <translation>演示家庭户数（默认 600）。</translation>
    </message>
    <message>
        <source>bangfu-cli init: --seed and --households apply only with --demo.</source>
        <translation>bangfu-cli init：--seed 和 --households 只能与 --demo 一起使用。</translation>
    </message>
    <message>
        <source>bangfu-cli init: --seed must be a whole number from 0 to 4294967295.</source>
        <translation>bangfu-cli init：--seed 必须是 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>bangfu-cli init: --households must be a whole number from 1 to 1000000.</source>
        <translation>bangfu-cli init：--households 必须是 1 到 1000000 之间的整数。</translation>
    </message>
    <message>
        <source>The file already exists; init never overwrites a database.</source>
        <translation>文件已存在；init 不会覆盖数据库。</translation>
    </message>
    <message>
        <source>Created %1 with a demo district of %2 households (seed %3).</source>
        <translation>已创建 %1，含 %2 户演示家庭（随机种子 %3）。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>Count the records of each kind in a database.</source>
        <translation>统计数据库中各类记录的数量。</translation>
    </message>
    <message>
        <source>Print a JSON object {table: count} instead of a table.</source>
        <translation>输出 JSON 对象 {表名: 数量}，而不是表格。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Usage: bangfu-cli COMMAND [OPTIONS]</source>
        <translation>用法：bangfu-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Bangfu (帮扶) case management, headless: office scripts, bulk work and benchmarks.</source>
        <translation>帮扶管理系统命令行工具（无界面）：用于办公室脚本、批量处理和性能测试。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;bangfu-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“bangfu-cli 命令 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 user error (message on stderr), 2 bad usage.</source>
        <translation>退出码：0 完成，1 用户错误（信息输出到标准错误），2 用法错误。</translation>
    </message>
    <message>
        <source>bangfu-cli: unknown command &apos;%1&apos;.</source>
        <translation>bangfu-cli：未知命令“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1：发现 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Identified</source>
        <translation>已摸排</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已建档</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已解困脱困</translation>
    </message>
    <message>
        <source>Deep hardship</source>
        <translation>深度困难</translation>
    </message>
    <message>
        <source>Relative hardship</source>
        <translation>相对困难</translation>
    </message>
    <message>
        <source>Hardship from an accident</source>
        <translation>意外致困</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>外勤笔记本</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未认定</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This file is not a Bangfu database; it was left unchanged.</source>
        <translation>此文件不是帮扶数据库，未作任何改动。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Bangfu (schema version %1; this version knows up to %2). It was left unchanged; install the newer version to open it.</source>
        <translation>此数据库由更新版本的帮扶系统写入（结构版本 %1；本版本最高支持 %2），未作任何改动。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database.</source>
        <translation>无法创建存放数据库的文件夹。</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>此 SQLite 库无法强制外键约束。</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading the database; nothing was changed. %1</source>
        <translation>升级数据库前未能制作备份副本，未作任何改动。%1</translation>
    </message>
    <message>
        <source>Upgrading the database failed in %1 and was undone: %2</source>
        <translation>升级数据库在 %1 处失败，已全部撤销：%2</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>同名文件已存在。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法运行完整性检查：%1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>无法运行外键检查：%1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>表 %1 第 %2 行引用了 %3 中不存在的记录。</translation>
    </message>
</context>
<context>
    <name>DatabaseSummary</name>
    <message>
        <source>Database summary</source>
        <translation>数据库概况</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The number of demo households must be between 1 and 1,000,000.</source>
        <translation>演示家庭户数必须在 1 到 1,000,000 之间。</translation>
    </message>
    <message>
        <source>The demo date must lie between 2004 and 2099.</source>
        <translation>演示日期必须在 2004 年到 2099 年之间。</translation>
    </message>
    <message>
        <source>The database already holds data; demo data goes only into a new database.</source>
        <translation>数据库中已有数据；演示数据只能写入新数据库。</translation>
    </message>
</context>
<context>
    <name>DisbursementsView</name>
    <message>
        <source>Disbursements</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Aid disbursements: batches per programme and period, the disbursement sheets that recipients sign or thumbprint, and bank or cash payments. Coming with the aid work.</source>
        <translation>帮扶金发放：按项目和期次组织的发放批次、由领取人签字或按手印的发放表，以及银行转账或现金支付。此功能将随帮扶发放功能一起提供。</translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation>%1 年已发放</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>发放金额</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>发放笔数</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Payments not yet made</source>
        <translation>尚未发放的笔数</translation>
    </message>
    <message>
        <source>Open batches</source>
        <translation>未完成的批次</translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The first line should be the header &quot;code,name,kind&quot;.</source>
        <translation>第一行应为表头“code,name,kind”。</translation>
    </message>
    <message>
        <source>Expected 3 fields (code, name, kind), found %1.</source>
        <translation>应有 3 个字段（代码、名称、类型），实际有 %1 个。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is not a 9-digit statistical code.</source>
        <translation>代码“%1”不是 9 位统计用区划代码。</translation>
    </message>
    <message>
        <source>The code %1 is not inside district %2.</source>
        <translation>代码 %1 不属于区县 %2。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The kind is empty.</source>
        <translation>类型为空。</translation>
    </message>
    <message>
        <source>The code %1 already appears on line %2.</source>
        <translation>代码 %1 已在第 %2 行出现过。</translation>
    </message>
    <message>
        <source>The file lists no divisions.</source>
        <translation>文件中没有任何街道或镇。</translation>
    </message>
    <message>
        <source>Cannot read the division list: %1</source>
        <translation>无法读取街道和镇的列表：%1</translation>
    </message>
</context>
<context>
    <name>HouseholdListModel</name>
    <message>
        <source>File no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Sub-district/town</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <source>Community/village</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次核查</translation>
    </message>
</context>
<context>
    <name>HouseholdsView</name>
    <message>
        <source>This list is read-only for now. Searching by name or pinyin, filters and editing household files come with the households work.</source>
        <translation>此列表目前只读。按姓名或拼音查找、筛选以及编辑家庭档案将随家庭档案功能一起提供。</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>困难家庭</translation>
    </message>
    <message>
        <source>The households could not be read: %1</source>
        <translation>无法读取家庭列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) in this database.</source>
        <translation>
            <numerusform>本数据库共有 %n 户家庭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1; more load as you scroll.</source>
        <translation>先显示前 %1 户，向下滚动时继续加载。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>ID number is empty</source>
        <translation>身份证号码为空</translation>
    </message>
    <message>
        <source>old 15-digit ID numbers are not accepted; enter the 18-digit number</source>
        <translation>不接受旧的 15 位身份证号码，请输入 18 位号码</translation>
    </message>
    <message>
        <source>ID number should have 18 characters, not %1</source>
        <translation>身份证号码应为 18 位，而不是 %1 位</translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) should be a digit</source>
        <translation>第 %1 位（“%2”）应为数字</translation>
    </message>
    <message>
        <source>last character (&quot;%1&quot;) should be a digit or X</source>
        <translation>最后一位（“%1”）应为数字或 X</translation>
    </message>
    <message>
        <source>area code %1 is not valid</source>
        <translation>地区码 %1 无效</translation>
    </message>
    <message>
        <source>birth date %1 is not a real date</source>
        <translation>出生日期 %1 不是真实存在的日期</translation>
    </message>
    <message>
        <source>birth year %1 is before %2</source>
        <translation>出生年份 %1 早于 %2 年</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>check character should be %1</source>
        <translation>校验码应为 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty Bangfu database and open it</source>
        <translation>新建一个空的帮扶数据库并打开</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another Bangfu database</source>
        <translation>打开另一个帮扶数据库</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>备份副本(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a complete copy of the open database to a new file</source>
        <translation>将当前数据库完整复制到一个新文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Bangfu</source>
        <translation>关于帮扶(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)</source>
        <translation>数据库：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>%1 - Bangfu</source>
        <translation>%1 - 帮扶</translation>
    </message>
    <message>
        <source>%1 stays open.</source>
        <translation>%1 仍保持打开。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Bangfu databases (*.sqlite)</source>
        <translation>帮扶数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose a new name: a new database never replaces an existing file.</source>
        <translation>同名文件已存在。请另选文件名：新建数据库不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Bangfu databases (*.sqlite);;All files (*)</source>
        <translation>帮扶数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>备份副本</translation>
    </message>
    <message>
        <source>Backup copy failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>A complete copy of the database was written to %1.</source>
        <translation>数据库的完整副本已写入 %1。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The translation for this language is missing from this build; the interface is shown in English.</source>
        <translation>此版本缺少该语言的翻译，界面将以英文显示。</translation>
    </message>
    <message>
        <source>Bangfu %1</source>
        <translation>帮扶 %1</translation>
    </message>
    <message>
        <source>Case management for trade-union caseworkers: surveys and files of households in hardship, medical mutual-aid claims, and aid disbursements.</source>
        <translation>工会困难职工帮扶管理：困难家庭摸排建档、职工医疗互助理赔和帮扶金发放。</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt 版本：%1</translation>
    </message>
    <message>
        <source>SQLite version: %1</source>
        <translation>SQLite 版本：%1</translation>
    </message>
    <message>
        <source>About Bangfu</source>
        <translation>关于帮扶</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration file name must look like 0001_name.sql</source>
        <translation>迁移文件名应形如 0001_name.sql</translation>
    </message>
    <message>
        <source>Migration number %1 is out of sequence; expected %2</source>
        <translation>迁移编号 %1 不连续，应为 %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>letters are not allowed in an amount (&quot;%1&quot;)</source>
        <translation>金额中不能有字母（“%1”）</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; in the amount</source>
        <translation>金额中有不应出现的字符“%1”</translation>
    </message>
    <message>
        <source>amount has no digits</source>
        <translation>金额中没有数字</translation>
    </message>
    <message>
        <source>amount has more than one decimal point</source>
        <translation>金额中有多个小数点</translation>
    </message>
    <message>
        <source>write a digit before the decimal point (for example 0.50)</source>
        <translation>小数点前请写数字（例如 0.50）</translation>
    </message>
    <message>
        <source>write the digits after the decimal point, or leave the decimal point out</source>
        <translation>请写出小数点后的数字，或去掉小数点</translation>
    </message>
    <message>
        <source>thousands separators are only allowed before the decimal point</source>
        <translation>千位分隔符只能出现在小数点之前</translation>
    </message>
    <message>
        <source>amount has more than two decimal places</source>
        <translation>金额的小数超过两位</translation>
    </message>
    <message>
        <source>thousands separators in &quot;%1&quot; are misplaced (write 1,234,567.00)</source>
        <translation>“%1”中的千位分隔符位置不对（应写作 1,234,567.00）</translation>
    </message>
    <message>
        <source>amount should not start with 0 (write 123.00, not 0123.00)</source>
        <translation>金额不应以 0 开头（应写 123.00，而不是 0123.00）</translation>
    </message>
    <message>
        <source>amount is too large (at most %1 yuan)</source>
        <translation>金额过大（最多 %1 元）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; follows another digit without a unit</source>
        <translation>“%1”紧跟在另一个数字之后，中间缺少单位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not after a digit</source>
        <translation>“%1”前面没有数字</translation>
    </message>
    <message>
        <source>&quot;亿&quot; is misplaced</source>
        <translation>“亿”的位置不对</translation>
    </message>
    <message>
        <source>&quot;元&quot; is misplaced</source>
        <translation>“元”的位置不对</translation>
    </message>
    <message>
        <source>&quot;角&quot; is misplaced</source>
        <translation>“角”的位置不对</translation>
    </message>
    <message>
        <source>&quot;分&quot; is misplaced</source>
        <translation>“分”的位置不对</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capital digit or unit</source>
        <translation>“%1”不是大写数字或单位</translation>
    </message>
    <message>
        <source>amount in capitals has no digits</source>
        <translation>大写金额中没有数字</translation>
    </message>
    <message>
        <source>amount in capitals should end with 元, 角 or 分 (and 整 after 元)</source>
        <translation>大写金额应以元、角或分结尾（元后写“整”）</translation>
    </message>
    <message>
        <source>amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <source>amount in capitals is too long</source>
        <translation>大写金额过长</translation>
    </message>
    <message>
        <source>整 is never written after 分</source>
        <translation>“分”后不写“整”</translation>
    </message>
    <message>
        <source>整 is written only after 元 or 角</source>
        <translation>“整”只能写在“元”或“角”之后</translation>
    </message>
    <message>
        <source>amount in capitals is empty</source>
        <translation>大写金额为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written correctly; expected &quot;%2&quot;</source>
        <translation>“%1”写法不正确，应为“%2”</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>The page margins do not fit on an A4 page</source>
        <translation>页边距超出了 A4 纸张的范围</translation>
    </message>
    <message>
        <source>Cannot start writing the PDF file</source>
        <translation>无法开始写入 PDF 文件</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>No font for Chinese text is installed. Install the fonts-noto-cjk package (apt-get install fonts-noto-cjk) and try again.</source>
        <translation>未安装中文字体。请安装 fonts-noto-cjk 软件包（apt-get install fonts-noto-cjk）后重试。</translation>
    </message>
    <message>
        <source>Writing a PDF needs a QGuiApplication (a programming error)</source>
        <translation>写入 PDF 需要 QGuiApplication（程序错误）</translation>
    </message>
    <message>
        <source>Cannot create the PDF file: %1</source>
        <translation>无法创建 PDF 文件：%1</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>磁盘可能已满</translation>
    </message>
    <message>
        <source>Cannot write the PDF file: %1</source>
        <translation>无法写入 PDF 文件：%1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Statistics and printable reports: households by category and cause, coverage of the door-to-door survey, aid and claims per year, with charts and PDF, CSV and spreadsheet export. Coming with the reporting work.</source>
        <translation>统计与可打印报表：按困难类别和致困原因统计家庭、摸排覆盖情况、逐年帮扶与理赔情况，附图表，可导出 PDF、CSV 和电子表格。此功能将随统计报表功能一起提供。</translation>
    </message>
    <message>
        <source>Households by category</source>
        <translation>按困难类别统计</translation>
    </message>
    <message>
        <source>Households by status</source>
        <translation>按档案状态统计</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The interface switches to the chosen language as soon as you press OK. &quot;Follow system&quot; uses Chinese on a Chinese system and English otherwise.</source>
        <translation>按“确定”后界面立即切换为所选语言。“跟随系统”在中文系统上使用中文，其他系统使用英文。</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is in use by another program (locked). Close the other program or wait a moment, then try again.</source>
        <translation>数据库正被其他程序使用（已锁定）。请关闭该程序或稍等片刻后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup copy.</source>
        <translation>数据库文件已损坏，请从备份副本恢复。</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing. Check that the folder exists and that you may write to it.</source>
        <translation>无法以写入方式打开数据库文件。请检查文件夹是否存在以及是否有写入权限。</translation>
    </message>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation>此修改违反了数据规则：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Divisions</source>
        <translation>街道和镇</translation>
    </message>
    <message>
        <source>Communities and villages</source>
        <translation>社区和村</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Survey records</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Mutual-aid plans</source>
        <translation>医疗互助方案</translation>
    </message>
    <message>
        <source>Mutual-aid enrolments</source>
        <translation>医疗互助参保</translation>
    </message>
    <message>
        <source>Mutual-aid claims</source>
        <translation>医疗互助申领</translation>
    </message>
    <message>
        <source>Claim invoices</source>
        <translation>申领发票</translation>
    </message>
    <message>
        <source>Aid programmes</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Aid requests</source>
        <translation>帮扶申请</translation>
    </message>
    <message>
        <source>Approval decisions</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>Disbursement batches</source>
        <translation>发放批次</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>From this database</source>
        <translation>本数据库概况</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取统计数字：%1</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Exchange with the office by export bundles: signed and encrypted files carried on a USB stick or sent by mail, a preview before import, and a queue of conflicts for a supervisor to resolve. Coming with the sync work.</source>
        <translation>通过导出数据包与办公室交换数据：数据包经签名和加密，用U盘携带或通过邮件发送；导入前可预览，冲突进入队列由审核人处理。此功能将随数据同步功能一起提供。</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>同步伙伴</translation>
    </message>
    <message>
        <source>Paired devices</source>
        <translation>已配对设备</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Field visits and door-to-door surveys: the visit log, survey answers with photos, and the schedule of re-verifications so that no household is missed. Coming with the survey work.</source>
        <translation>入户走访与地毯式摸排：走访记录、附照片的调查问卷，以及年度复核安排，做到不漏一户。此功能将随摸排走访功能一起提供。</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Visits logged</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Most recent visit</source>
        <translation>最近一次走访</translation>
    </message>
    <message>
        <source>Re-verification</source>
        <translation>年度复核</translation>
    </message>
    <message>
        <source>Households due now</source>
        <translation>应复核户数</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bangfu: case management for trade-union caseworkers.</source>
        <translation>帮扶：工会困难职工帮扶管理系统。</translation>
    </message>
    <message>
        <source>Open the database FILE (created if it does not exist).</source>
        <translation>打开数据库文件（不存在时新建）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
</TS>

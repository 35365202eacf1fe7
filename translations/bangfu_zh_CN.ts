<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accounts</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>密码的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters a-z, digits, dots, hyphens or underscores, e.g. zhangli.</source>
        <translation>用户名由 2 至 32 个字母 a-z、数字、点、连字符或下划线组成，如 zhangli。</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>第一个账号必须是管理员。</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator adds new ones.</source>
        <translation>此数据库已有账号；新账号须由管理员添加。</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this name. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>此用户名登录失败次数过多。请等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>This is the last enabled administrator; enable or add another administrator first.</source>
        <translation>这是最后一个已启用的管理员账号；请先启用或添加另一个管理员。</translation>
    </message>
    <message>
        <source>The current password is incorrect.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
</context>
<context>
    <name>AidDecisionDialog</name>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%2 的%1申请，%3</translation>
    </message>
    <message>
        <source>Reject aid</source>
        <translation>驳回帮扶申请</translation>
    </message>
    <message>
        <source>Reject %1?</source>
        <translation>确定驳回“%1”吗？</translation>
    </message>
    <message>
        <source>&amp;Reason (required; the caseworker and the household are told it):</source>
        <translation>驳回理由（必填，将告知经办人和该家庭）(&amp;R)：</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Return %1 to the caseworker?</source>
        <translation>确定将“%1”退回经办人修改吗？</translation>
    </message>
    <message>
        <source>&amp;What must be changed (required; the caseworker reads it):</source>
        <translation>需修改的内容（必填，经办人将看到）(&amp;W)：</translation>
    </message>
    <message>
        <source>Approve selected proposals</source>
        <translation>批准所选申请</translation>
    </message>
    <message numerus="yes">
        <source>Approve these %n proposal(s)? Either all are approved or, if one is refused, none.</source>
        <translation>
            <numerusform>确定批准这 %n 项申请吗？将全部批准；如其中任何一项未能通过，则全部不予批准。</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>意见（选填）(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation>
            <numerusform>批准 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them need a second approval: after yours they wait for another supervisor.</source>
        <translation>
            <numerusform>其中 %n 项需要二审：您批准后，还须等待另一位审核人审批。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AidDecisions</name>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%2 的%1申请（%3）</translation>
    </message>
    <message>
        <source>Sign in to decide on aid.</source>
        <translation>请先登录，再审批帮扶申请。</translation>
    </message>
    <message>
        <source>Only supervisors decide on aid.</source>
        <translation>只有审核人可以审批帮扶申请。</translation>
    </message>
    <message>
        <source>This proposal is %1; only a submitted proposal can be decided.</source>
        <translation>该申请当前状态为“%1”，只有已提交的申请才能审批。</translation>
    </message>
    <message>
        <source>You proposed this aid yourself; another supervisor must decide on it.</source>
        <translation>这是您本人提出的帮扶申请，须由另一位审核人审批。</translation>
    </message>
    <message>
        <source>You gave the first approval; a second, different supervisor must give the second.</source>
        <translation>您已作出一审批准，二审须由另一位审核人进行。</translation>
    </message>
    <message>
        <source>Give the reason for rejecting; the caseworker and the household are told it.</source>
        <translation>请填写驳回理由；该理由将告知经办人和该家庭。</translation>
    </message>
    <message>
        <source>Say what must be changed; the caseworker reads it.</source>
        <translation>请说明需要修改的内容；经办人将看到这些说明。</translation>
    </message>
</context>
<context>
    <name>AidInboxModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>2nd approval</source>
        <translation>二审</translation>
    </message>
    <message>
        <source>1st approval</source>
        <translation>一审</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>审批阶段</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>不能审批的原因</translation>
    </message>
</context>
<context>
    <name>AidProgrammes</name>
    <message>
        <source>The aid programme no longer exists.</source>
        <translation>该帮扶项目已不存在。</translation>
    </message>
    <message>
        <source>Enter the programme&apos;s name.</source>
        <translation>请输入项目名称。</translation>
    </message>
    <message>
        <source>The code must start with a lower-case letter and use only lower-case letters, digits and &apos;_&apos; (at most 30), e.g. &quot;warmth&quot;.</source>
        <translation>代码须以小写字母开头，只能使用小写字母、数字和“_”（最多 30 个字符），如“warmth”。</translation>
    </message>
    <message>
        <source>The default amount must be more than zero.</source>
        <translation>默认金额必须大于零。</translation>
    </message>
    <message>
        <source>The number of payments per year cannot be negative.</source>
        <translation>每年发放次数不能为负数。</translation>
    </message>
    <message>
        <source>The yearly amount limit cannot be negative.</source>
        <translation>每年金额上限不能为负数。</translation>
    </message>
    <message>
        <source>The default amount is above the yearly amount limit.</source>
        <translation>默认金额超过了每年金额上限。</translation>
    </message>
    <message>
        <source>The second-approval threshold cannot be negative.</source>
        <translation>二审金额标准不能为负数。</translation>
    </message>
    <message>
        <source>Tick at least one hardship category that may receive it.</source>
        <translation>请至少勾选一个可享受该项目的困难类别。</translation>
    </message>
    <message>
        <source>Unknown hardship category &quot;%1&quot;.</source>
        <translation>未知的困难类别“%1”。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by %2.</source>
        <translation>代码“%1”已被 %2 使用。</translation>
    </message>
</context>
<context>
    <name>AidProgrammesDialog</name>
    <message>
        <source>Aid programmes</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>The kinds of aid the union pays. Caseworkers propose aid of an active programme; the limits per household and year are warnings they must answer, and proposals above the second-approval amount need a second supervisor. A programme that is no longer paid is made inactive, never removed.</source>
        <translation>工会发放的各类帮扶。经办人只能为启用中的项目申请帮扶；每户每年的限额作为提示，经办人须作出说明；超过二审金额标准的申请须由另一位审核人再次审批。不再发放的项目应设为停用，不能删除。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 送温暖</source>
        <translation>如 送温暖</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Short code in lower-case letters, digits and &apos;_&apos;, used in batch numbers; it cannot be changed once saved</source>
        <translation>由小写字母、数字和“_”组成的简短代码，用于批次编号；保存后不能更改</translation>
    </message>
    <message>
        <source>e.g. warmth</source>
        <translation>如 warmth</translation>
    </message>
    <message>
        <source>&amp;Default amount (yuan):</source>
        <translation>默认金额（元）(&amp;D)：</translation>
    </message>
    <message>
        <source>Payments per &amp;year at most:</source>
        <translation>每年最多发放次数(&amp;Y)：</translation>
    </message>
    <message>
        <source>Per household and calendar year</source>
        <translation>每户每个自然年度</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>A&amp;mount per year at most (yuan):</source>
        <translation>每年金额上限（元）(&amp;M)：</translation>
    </message>
    <message>
        <source>Per household and calendar year; empty for no limit</source>
        <translation>每户每个自然年度；留空表示不限</translation>
    </message>
    <message>
        <source>For households in:</source>
        <translation>适用家庭：</translation>
    </message>
    <message>
        <source>The proposal names the member in senior secondary school or higher education it is paid for</source>
        <translation>申请时须写明为家庭中哪一名高中/中职或高等教育在读学生申请</translation>
    </message>
    <message>
        <source>Second &amp;approval above (yuan):</source>
        <translation>超过此金额需二审（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Proposals above this amount need a second, different supervisor</source>
        <translation>超过此金额的申请须由另一位审核人进行二审</translation>
    </message>
    <message>
        <source>Ac&amp;tive: caseworkers may propose it</source>
        <translation>启用（经办人可申请此项目）(&amp;T)</translation>
    </message>
    <message>
        <source>Clears the form to enter a new programme</source>
        <translation>清空表单，以录入新项目</translation>
    </message>
    <message>
        <source>N&amp;ew programme</source>
        <translation>新建项目(&amp;E)</translation>
    </message>
    <message>
        <source>Adds the programme in the form, or saves the changes to the selected one</source>
        <translation>将表单中的项目添加为新项目，或保存对所选项目的修改</translation>
    </message>
    <message>
        <source>&amp;Save programme</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Default amount</source>
        <translation>默认金额</translation>
    </message>
    <message>
        <source>Limits per household and year</source>
        <translation>每户每年限额</translation>
    </message>
    <message>
        <source>Second approval above</source>
        <translation>二审金额标准</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message numerus="yes">
        <source>at most %n payment(s)</source>
        <translation>
            <numerusform>最多 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in yuan.</source>
        <translation>%1“%2”不是有效的金额（元）。</translation>
    </message>
    <message>
        <source>The default amount</source>
        <translation>默认金额</translation>
    </message>
    <message>
        <source>The amount per year</source>
        <translation>每年金额上限</translation>
    </message>
    <message>
        <source>The second-approval amount</source>
        <translation>二审金额标准</translation>
    </message>
    <message>
        <source>Paid for a st&amp;udent</source>
        <translation>为在读学生发放(&amp;U)</translation>
    </message>
</context>
<context>
    <name>AidProposalAttachments</name>
    <message>
        <source>This proposal is %1: documents can only be added or removed while it is a draft or returned for changes.</source>
        <translation>该申请当前状态为“%1”：只有草稿或被退回修改的申请才能添加或删除材料。</translation>
    </message>
    <message>
        <source>Only the caseworker who proposed this aid, or a supervisor, may change its documents.</source>
        <translation>只有提出该帮扶申请的经办人或审核人才能修改其材料。</translation>
    </message>
    <message>
        <source>The attachment is not one of this proposal&apos;s documents.</source>
        <translation>该附件不属于本申请的材料。</translation>
    </message>
</context>
<context>
    <name>AidProposalDialog</name>
    <message>
        <source>Aid proposal</source>
        <translation>帮扶申请</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>家庭：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>帮扶项目(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>学生(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>申请理由(&amp;R)：</translation>
    </message>
    <message>
        <source>What happened and what the aid is for; the supervisor decides on it</source>
        <translation>说明家庭遭遇的情况及帮扶用途，供审核人审批参考</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Before submitting</source>
        <translation>提交前须处理</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <source>Withdraws the proposal, with the reason; it stays in the household&apos;s record</source>
        <translation>撤回该申请并说明理由；申请仍保留在家庭档案中</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Saves the proposal and hands it to a supervisor to decide</source>
        <translation>保存申请并提交审核人审批</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Add supporting documents</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <source>Scans, photos and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff *.doc *.docx);;All files (*)</source>
        <translation>扫描件、照片和文档 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff *.doc *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>本机没有可以打开 %1 的程序。</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Why is the proposal withdrawn? The reason is kept with it.</source>
        <translation>为什么撤回该申请？理由将随申请一并保存。</translation>
    </message>
    <message>
        <source>Choose a programme…</source>
        <translation>请选择帮扶项目…</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Choose the student…</source>
        <translation>请选择学生…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member (school stage)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; cannot be read: %2.</source>
        <translation>无法识别金额“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot be submitted yet:</source>
        <translation>尚不能提交：</translation>
    </message>
    <message>
        <source>Why is the aid still needed?</source>
        <translation>为什么仍需要帮扶？</translation>
    </message>
    <message>
        <source>Resolve what is listed under &quot;Before submitting&quot; first.</source>
        <translation>请先处理“提交前须处理”中列出的问题。</translation>
    </message>
    <message>
        <source>Answer every warning first: why is the aid still needed?</source>
        <translation>请先对每条提示作出说明：为什么仍需要帮扶？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file name (size)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Save the draft first to add documents.</source>
        <translation>请先保存草稿，再添加材料。</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>无材料。</translation>
    </message>
    <message>
        <source>None yet: a bill, a certificate or a photo helps the supervisor decide.</source>
        <translation>暂无材料：票据、证明或照片有助于审核人审批。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批阶段</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>By</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>二审</translation>
    </message>
    <message>
        <source>First</source>
        <translation>一审</translation>
    </message>
    <message>
        <source>This proposal can no longer be changed.</source>
        <translation>该申请已不能修改。</translation>
    </message>
    <message>
        <source>Draft saved. Submit it when it is complete.</source>
        <translation>草稿已保存。填写完整后请提交。</translation>
    </message>
    <message>
        <source>The proposal is not saved: close the form to drop it.</source>
        <translation>申请尚未保存：如要放弃，请关闭表单。</translation>
    </message>
    <message>
        <source>The document is not one of this proposal&apos;s.</source>
        <translation>该材料不属于本申请。</translation>
    </message>
    <message>
        <source>No temporary folder could be made to open %1.</source>
        <translation>无法创建临时文件夹来打开 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1, not filed yet</source>
        <comment>head of household</comment>
        <translation>%1，尚未建档</translation>
    </message>
    <message>
        <source>%1, file %2, %3</source>
        <comment>head, file number, hardship category</comment>
        <translation>%1，档案编号 %2，%3</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>新申请，尚未保存</translation>
    </message>
    <message>
        <source>%1 on %2; proposed by %3 on %4</source>
        <translation>%1（%2）；由 %3 于 %4 申请</translation>
    </message>
    <message>
        <source>%1; proposed by %2 on %3</source>
        <translation>%1；由 %2 于 %3 申请</translation>
    </message>
    <message>
        <source>Returned for changes by %1 on %2:</source>
        <translation>%1 于 %2 退回修改：</translation>
    </message>
    <message>
        <source>Warnings answered at submission</source>
        <translation>提交时已说明的提示</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>No warnings: nothing to answer.</source>
        <translation>无提示，无需说明。</translation>
    </message>
    <message>
        <source>Propose aid for %1</source>
        <translation>为 %1 申请帮扶</translation>
    </message>
    <message>
        <source>Aid proposal: %1 for %2</source>
        <translation>帮扶申请：%2 的%1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
</context>
<context>
    <name>AidProposalHtml</name>
    <message>
        <source>One supervisor decides.</source>
        <translation>由一位审核人审批。</translation>
    </message>
    <message>
        <source>Two different supervisors must approve (above %1).</source>
        <translation>须由两位不同的审核人审批（超过 %1）。</translation>
    </message>
    <message>
        <source>Waiting for the 2nd approval.</source>
        <translation>等待二审。</translation>
    </message>
    <message>
        <source>Waiting for the 1st approval.</source>
        <translation>等待一审。</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>无提示。</translation>
    </message>
    <message>
        <source>Caseworker&apos;s answer:</source>
        <translation>经办人的说明：</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>尚未审批。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>审批阶段</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>By</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>The household has received nothing yet.</source>
        <translation>该家庭尚未获得任何帮扶。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>职工医疗互助</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Approved and not paid yet: %1.</source>
        <translation>已批准，尚未发放：%1。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>For</source>
        <translation>受助人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Approved, not paid</source>
        <translation>已批准，未发放</translation>
    </message>
    <message>
        <source>The last %1 of %2 entries:</source>
        <translation>共 %2 条记录，以下为最近 %1 条：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>帮扶项目：</translation>
    </message>
    <message>
        <source>Head of household:</source>
        <translation>户主：</translation>
    </message>
    <message>
        <source>%1 (file no. %2)</source>
        <translation>%1（档案编号 %2）</translation>
    </message>
    <message>
        <source>Sub-district:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>困难类别：</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>In capitals:</source>
        <translation>大写：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <source>Proposed by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>%1, submitted %2</source>
        <translation>%1，%2 提交</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <source>Submitted again after changes (round %1).</source>
        <translation>修改后再次提交（第 %1 轮）。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>申请理由</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>提示（%1）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <source>What the household has received</source>
        <translation>该家庭已获帮扶情况</translation>
    </message>
</context>
<context>
    <name>AidProposals</name>
    <message>
        <source>Only the caseworker who proposed this aid, or a supervisor, may change it.</source>
        <translation>只有提出该帮扶申请的经办人或审核人才能修改。</translation>
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
        <source>Returned for changes</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>The aid proposal no longer exists.</source>
        <translation>该帮扶申请已不存在。</translation>
    </message>
    <message>
        <source>Choose the aid programme.</source>
        <translation>请选择帮扶项目。</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Give the reason for the aid; the supervisor decides on it.</source>
        <translation>请填写帮扶理由，供审核人审批参考。</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>该家庭已不存在。</translation>
    </message>
    <message>
        <source>The household is not filed yet: file it (建档) before proposing aid.</source>
        <translation>该家庭尚未建档：请先建档，再申请帮扶。</translation>
    </message>
    <message>
        <source>%1 is not for households in the category &quot;%2&quot;.</source>
        <translation>%1 不适用于困难类别为“%2”的家庭。</translation>
    </message>
    <message>
        <source>%1 is paid for a student: choose the member in school.</source>
        <translation>%1 按学生发放：请选择在读的家庭成员。</translation>
    </message>
    <message>
        <source>The chosen student is not a member of this household.</source>
        <translation>所选学生不是该家庭的成员。</translation>
    </message>
    <message>
        <source>%1 is not recorded as in senior secondary school or higher education; correct the member&apos;s school first.</source>
        <translation>%1 未登记为高中/中职或高等教育在读；请先更正该成员的就读信息。</translation>
    </message>
    <message numerus="yes">
        <source>This household already has %n %1 proposal(s) approved or waiting in %2, %3 in all.</source>
        <translation>
            <numerusform>该家庭 %2 年已有 %n 项“%1”申请已批准或待审批，共计 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is paid at most %n time(s) a year per household; this would be payment %2.</source>
        <translation>
            <numerusform>“%1”每户每年最多发放 %n 次；本次将是第 %2 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pays at most %2 a year per household; with this proposal the household would receive %3.</source>
        <translation>“%1”每户每年最多发放 %2；加上本次申请，该家庭将获得 %3。</translation>
    </message>
    <message>
        <source>The household exited hardship on %1.</source>
        <translation>该家庭已于 %1 解困脱困。</translation>
    </message>
    <message>
        <source>The file was due for re-verification on %1 and has not been re-verified since.</source>
        <translation>该档案应于 %1 进行年度复核，但至今尚未复核。</translation>
    </message>
    <message>
        <source>This proposal is %1: only a draft or a proposal returned for changes can be changed.</source>
        <translation>该申请当前状态为“%1”：只有草稿或被退回修改的申请才能修改。</translation>
    </message>
    <message>
        <source>A proposal cannot move to another household; cancel it and propose again.</source>
        <translation>申请不能转到其他家庭；请撤回后重新申请。</translation>
    </message>
    <message>
        <source>This proposal is %1: only a draft or a returned proposal can be submitted.</source>
        <translation>该申请当前状态为“%1”：只有草稿或被退回的申请才能提交。</translation>
    </message>
    <message>
        <source>Answer every warning before submitting (why the aid is still needed):
%1</source>
        <translation>提交前请对每条提示作出说明（为什么仍需要帮扶）：
%1</translation>
    </message>
    <message>
        <source>This proposal is %1 and can no longer be withdrawn.</source>
        <translation>该申请当前状态为“%1”，已不能撤回。</translation>
    </message>
    <message>
        <source>Say why the proposal is withdrawn.</source>
        <translation>请说明撤回申请的理由。</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Find: head of household&apos;s name or file number</source>
        <translation>查找：户主姓名或档案编号</translation>
    </message>
    <message>
        <source>&amp;Only what I can decide</source>
        <translation>只显示我可审批的(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;turn for changes…</source>
        <translation>退回修改(&amp;T)…</translation>
    </message>
    <message>
        <source>Approve &amp;selected…</source>
        <translation>批准所选(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%2 的%1申请，%3</translation>
    </message>
    <message>
        <source>Approve aid</source>
        <translation>批准帮扶申请</translation>
    </message>
    <message>
        <source>The approvals inbox could not be read: %1</source>
        <translation>无法读取待审批列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n mutual-aid claim(s) are waiting in the Claims area.</source>
        <translation>
            <numerusform>有 %n 条医疗互助申领在“互助理赔”中等待处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The mutual-aid claims could not be read: %1</source>
        <translation>无法读取医疗互助申领：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) waiting for a decision; you may decide %1 of them.</source>
        <translation>
            <numerusform>%n 项申请等待审批，其中 %1 项可由您审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a proposal to see it in full: the reason, the warnings with the caseworker&apos;s answers, the decisions so far and what the household has received.</source>
        <translation>选择一项申请可查看完整内容：申请理由、各条提示及经办人的说明、已有的审批记录以及该家庭已获帮扶情况。</translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision.</source>
        <translation>没有等待您审批的申请。</translation>
    </message>
    <message>
        <source>Several proposals are selected: choose one, or use &quot;Approve selected&quot;.</source>
        <translation>已选中多项申请：请只选择一项，或使用“批准所选”。</translation>
    </message>
    <message>
        <source>You may not decide on every selected proposal: leave out the greyed ones.</source>
        <translation>所选申请中有您不能审批的：请取消选择灰色显示的申请。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected, %1 in all.</source>
        <translation>
            <numerusform>已选 %n 项，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one proposal first.</source>
        <translation>请先选择一项申请。</translation>
    </message>
    <message>
        <source>First approval given for %1; it now waits for a second, different supervisor.</source>
        <translation>一审已批准：%1；现等待另一位审核人进行二审。</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>已批准：%1。</translation>
    </message>
    <message>
        <source>Rejected: %1.</source>
        <translation>已驳回：%1。</translation>
    </message>
    <message>
        <source>Returned to the caseworker for changes: %1.</source>
        <translation>已退回经办人修改：%1。</translation>
    </message>
    <message>
        <source>Choose the proposals to approve first.</source>
        <translation>请先选择要批准的申请。</translation>
    </message>
    <message>
        <source>No proposal was approved: %1</source>
        <translation>未批准任何申请：%1</translation>
    </message>
    <message>
        <source>No proposal was approved, because %1 was refused: %2</source>
        <translation>未批准任何申请，因为“%1”未能通过：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) approved.</source>
        <translation>
            <numerusform>已批准 %n 项申请。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them wait(s) for a second, different supervisor.</source>
        <translation>
            <numerusform>其中 %n 项等待另一位审核人进行二审。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject aid</source>
        <translation>驳回帮扶申请</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Approve selected proposals</source>
        <translation>批准所选申请</translation>
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
    <name>AttachmentFile</name>
    <message>
        <source>%1 is larger than %2 MB; scan or photograph it at a lower resolution.</source>
        <translation>%1 超过 %2 MB；请以较低的分辨率重新扫描或拍摄。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空文件。</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>An attachment has no file name.</source>
        <translation>有一个附件没有文件名。</translation>
    </message>
    <message>
        <source>The type of %1 is not known.</source>
        <translation>无法识别 %1 的文件类型。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超过 %2 MB。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>第 %1 至 %2 条审计日志条目缺失。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry was changed, removed or reordered.</source>
        <translation>第 %1 条审计日志条目与第 %2 条衔接不上：有条目被修改、删除或调换了顺序。</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered after it was written (its hash does not match its content).</source>
        <translation>第 %1 条审计日志条目在写入后被改动过（其哈希值与内容不符）。</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing from the end of the log.</source>
        <translation>日志末尾的第 %1 至 %2 条审计日志条目缺失。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation>第 %1 条审计日志条目缺失。</translation>
    </message>
    <message>
        <source>The audit log&apos;s entry counter was changed: it says %1, but the log holds %2 entries.</source>
        <translation>审计日志的条目计数器被改动过：计数器记为 %1，但日志中有 %2 条条目。</translation>
    </message>
</context>
<context>
    <name>AuditedWriter</name>
    <message>
        <source>Nobody is signed in; sign in to make changes.</source>
        <translation>尚未登录；请登录后再作修改。</translation>
    </message>
    <message>
        <source>The account %1 does not exist in this database.</source>
        <translation>此数据库中不存在账号 %1。</translation>
    </message>
    <message>
        <source>The account %1 is disabled and cannot change anything.</source>
        <translation>账号 %1 已停用，不能作任何修改。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>%1 is not a table the application writes to.</source>
        <translation>%1 不是本程序可写入的表。</translation>
    </message>
    <message>
        <source>%1 has no column %2 that may be written.</source>
        <translation>表 %1 中没有可写入的列 %2。</translation>
    </message>
    <message>
        <source>Internal error: a change was attempted outside a transaction.</source>
        <translation>内部错误：试图在事务之外进行修改。</translation>
    </message>
    <message>
        <source>The record %1 no longer exists in %2.</source>
        <translation>记录 %1 已不在 %2 中。</translation>
    </message>
    <message>
        <source>This change to %1 needs the permission to %2.</source>
        <translation>对 %1 的此项修改需要“%2”的权限。</translation>
    </message>
    <message>
        <source>A decision can only be recorded in the name of the person signed in.</source>
        <translation>只能以当前登录人的名义记录决定。</translation>
    </message>
    <message>
        <source>A record&apos;s id never changes.</source>
        <translation>记录的 ID 不能更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1 still refer to this record; remove them first.</source>
        <translation>
            <numerusform>%1 中仍有 %n 条记录引用此记录，请先删除这些记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>发放项目</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Sub-district / community</source>
        <translation>所属街道/社区</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>无法写入电子表格：%1</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet.</source>
        <translation>无法写入电子表格。</translation>
    </message>
</context>
<context>
    <name>BatchLineModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sub-district / community</source>
        <translation>所属街道/社区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BatchListModel</name>
    <message>
        <source>Revised: %1</source>
        <translation>已修订：%1</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>%1 of %2 paid</source>
        <translation>已发放 %1/%2</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>发放项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Mutual-aid claim</source>
        <translation>医疗互助申领</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>住院情况</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>参保人：</translation>
    </message>
    <message>
        <source>&amp;Hospital:</source>
        <translation>医院(&amp;H)：</translation>
    </message>
    <message>
        <source>as printed on the invoices</source>
        <translation>与发票上的名称一致</translation>
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation>入院日期(&amp;A)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>D&amp;ischarged on:</source>
        <translation>出院日期(&amp;I)：</translation>
    </message>
    <message>
        <source>Dia&amp;gnosis:</source>
        <translation>诊断(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Listed disease:</source>
        <translation>指定病种(&amp;L)：</translation>
    </message>
    <message>
        <source>Invoices (yuan)</source>
        <translation>发票（元）</translation>
    </message>
    <message>
        <source>Add &amp;invoice</source>
        <translation>添加发票(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remove invoice</source>
        <translation>删除发票(&amp;R)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>申领材料</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>添加附件(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>补助金额</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Save and s&amp;ubmit</source>
        <translation>保存并提交(&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Payout: %1 (%2)</source>
        <translation>补助金额：%1（%2）</translation>
    </message>
    <message>
        <source>This claim can no longer be changed.</source>
        <translation>此申领已不能修改。</translation>
    </message>
    <message>
        <source>Mutual-aid claim (draft)</source>
        <translation>医疗互助申领（草稿）</translation>
    </message>
    <message>
        <source>Mutual-aid claim %1</source>
        <translation>医疗互助申领 %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
</context>
<context>
    <name>ClaimDocuments</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>扫描件和照片 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
    <message>
        <source>Save the draft first to attach scans.</source>
        <translation>请先保存草稿，再添加扫描件。</translation>
    </message>
    <message>
        <source>All documents the plan requires are attached.</source>
        <translation>方案要求的材料均已附齐。</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>尚缺：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ClaimPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记支付</translation>
    </message>
    <message>
        <source>bank transfer reference or cash receipt number</source>
        <translation>银行转账流水号或现金收据号</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>支付日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>支付凭证号(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ClaimStatement</name>
    <message>
        <source>Inpatient mutual aid</source>
        <translation>住院医疗互助</translation>
    </message>
    <message>
        <source>Listed major diseases</source>
        <translation>指定重大疾病互助</translation>
    </message>
    <message>
        <source>Women workers&apos; special diseases</source>
        <translation>女职工特殊疾病互助</translation>
    </message>
    <message>
        <source>decided by %1 on %2</source>
        <translation>%1 于 %2 审批</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>paid on %1, reference %2</source>
        <translation>%1 支付，凭证号 %2</translation>
    </message>
    <message>
        <source>Medical mutual-aid claim statement</source>
        <translation>职工医疗互助申领结算单</translation>
    </message>
    <message>
        <source>Claim number: %1</source>
        <translation>申领编号：%1</translation>
    </message>
    <message>
        <source>(draft, not submitted)</source>
        <translation>（草稿，未提交）</translation>
    </message>
    <message>
        <source>Member and plan</source>
        <translation>参保人及方案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>互助方案</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>保障期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Contribution paid</source>
        <translation>缴费情况</translation>
    </message>
    <message>
        <source>%1 on %2, receipt %3</source>
        <translation>%2 缴纳 %1，收据号 %3</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>住院情况</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>住院期间</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 至 %2（共 %3 天）</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Listed disease</source>
        <translation>指定病种</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>总金额（元）</translation>
    </message>
    <message>
        <source>Basic insurance (yuan)</source>
        <translation>基本医保统筹支付（元）</translation>
    </message>
    <message>
        <source>Personal share (yuan)</source>
        <translation>个人自付部分（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>How the payout is calculated</source>
        <translation>补助金额计算过程</translation>
    </message>
    <message>
        <source>Note: the plan was changed after the decision; the stored amount below is the one decided.</source>
        <translation>注：审批后方案有变动；以下金额为审批时确定的金额。</translation>
    </message>
    <message>
        <source>Payout: %1 (%2)</source>
        <translation>补助金额：%1（%2）</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>审批结果：%1</translation>
    </message>
    <message>
        <source>Documents still missing: %1</source>
        <translation>尚缺材料：%1</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Member&apos;s signature</source>
        <translation>参保人签字</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>Claims</source>
        <translation>互助理赔</translation>
    </message>
    <message>
        <source>Find: name, pinyin or initials, ID number, phone, claim or invoice number</source>
        <translation>查找：姓名、拼音或首字母、身份证号码、电话、申领编号或发票号码</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>新建申领(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Mark &amp;paid…</source>
        <translation>登记支付(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation>打印结算单(&amp;P)…</translation>
    </message>
    <message>
        <source>Statement as P&amp;DF…</source>
        <translation>结算单导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Enrolments…</source>
        <translation>参保登记(&amp;E)…</translation>
    </message>
    <message>
        <source>Approve claim</source>
        <translation>批准申领</translation>
    </message>
    <message>
        <source>Approve this claim? The plan gives a payout of %1; it is computed again as of now.</source>
        <translation>批准此申领吗？按方案计算的补助金额为 %1；批准时将按当前情况重新计算。</translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation>驳回申领</translation>
    </message>
    <message>
        <source>Why is the claim rejected? The member is told this.</source>
        <translation>请填写驳回理由，该理由将告知参保人。</translation>
    </message>
    <message>
        <source>Save claim statement</source>
        <translation>保存申领结算单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All plan years</source>
        <translation>全部方案年度</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s).</source>
        <translation>
            <numerusform>共 %n 条申领。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a claim to see its statement and the payout step by step.</source>
        <translation>选择一条申领，可查看其结算单及补助金额的逐步计算过程。</translation>
    </message>
    <message>
        <source>Choose a claim first.</source>
        <translation>请先选择一条申领。</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Payout &amp;calculator…</source>
        <translation>补助测算(&amp;C)…</translation>
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
    <message>
        <source>List the audit log: who changed what, when</source>
        <translation>列出审计日志：何人于何时修改了何内容</translation>
    </message>
    <message>
        <source>List, add, disable and enable accounts; reset passwords</source>
        <translation>列出、添加、停用和启用账号；重置密码</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 需要指定文件名。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>Act as this account. The password comes from the environment variable %1 or is asked on the terminal; it is never given on the command line.</source>
        <translation>以此账号的身份操作。密码从环境变量 %1 读取，或在终端上提示输入；绝不在命令行中给出。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>No password: set the environment variable %1 or run the command on a terminal, where it asks for one.</source>
        <translation>没有密码：请设置环境变量 %1，或在终端上运行该命令，届时会提示输入密码。</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>请再输入一遍：</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>List audit log entries, oldest first: number, local time, user, device, action, table, row and the changed fields (old → new). Secrets such as password hashes are never recorded; they show as (hidden).</source>
        <translation>列出审计日志条目，最早的在前：序号、本地时间、用户、设备、操作、表、行以及修改的字段（旧值 → 新值）。密码哈希等机密信息从不记录，显示为 (hidden)。</translation>
    </message>
    <message>
        <source>Only entries about this table, e.g. households.</source>
        <translation>只列出关于此表的条目，如 households。</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表名</translation>
    </message>
    <message>
        <source>Only entries from this day on (local time).</source>
        <translation>只列出从该日（本地时间）起的条目。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Only entries about this row id.</source>
        <translation>只列出关于此行 ID 的条目。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>At most N entries (the oldest matching ones).</source>
        <translation>最多列出 N 条（取符合条件的最早条目）。</translation>
    </message>
    <message>
        <source>Print a JSON array with every field of each entry, hashes included.</source>
        <translation>输出 JSON 数组，包含每个条目的全部字段（含哈希值）。</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 0.</source>
        <translation>--limit 必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>--since needs a date written YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--since 需要 YYYY-MM-DD 格式的日期，如 2026-03-01。</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>没有符合条件的审计日志条目。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Check a database: SQLite integrity, links between records and the audit log&apos;s hash chain. Prints each problem found (for the audit log, the number of the first broken entry) and exits 1 if there is any.</source>
        <translation>检查数据库：SQLite 完整性、记录之间的关联以及审计日志的哈希链。逐条列出发现的问题（审计日志给出第一个断裂条目的序号），有问题时退出码为 1。</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, head hash %1.</source>
        <translation>
            <numerusform>审计日志：共 %n 条，末条哈希值 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note it down: a later check showing a different history means entries were cut.</source>
        <translation>请记下此值：日后检查时如显示的历史与此不符，说明有条目被截去。</translation>
    </message>
    <message>
        <source>Create the first administrator with this user name.</source>
        <translation>以此用户名创建首个管理员。</translation>
    </message>
    <message>
        <source>The administrator&apos;s name as printed (default: NAME).</source>
        <translation>管理员打印在表格上的姓名（默认与用户名相同）。</translation>
    </message>
    <message>
        <source>DISPLAY</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>--admin does not go with --demo: the demo database has its own accounts (see README).</source>
        <translation>--admin 不能与 --demo 一起使用：演示数据库有自己的账号（见 README）。</translation>
    </message>
    <message>
        <source>--name applies only with --admin.</source>
        <translation>--name 只能与 --admin 一起使用。</translation>
    </message>
    <message>
        <source>Password for the administrator %1:</source>
        <translation>管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2.</source>
        <translation>已创建 %1，管理员为 %2。</translation>
    </message>
    <message>
        <source>Created %1. It has no accounts yet: the first start of the Bangfu application asks for an administrator.</source>
        <translation>已创建 %1。其中尚无账号：首次启动帮扶程序时会要求创建管理员。</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf 需要指定文件名。</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>没有用户名为 %1 的账号。</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Add an account, acting as the administrator --user. The new account&apos;s password comes from the environment variable %1 or is asked twice on the terminal.</source>
        <translation>以 --user 指定的管理员身份添加账号。新账号的密码从环境变量 %1 读取，或在终端上提示输入两遍。</translation>
    </message>
    <message>
        <source>User name of the new account, e.g. zhangli.</source>
        <translation>新账号的用户名，如 zhangli。</translation>
    </message>
    <message>
        <source>The person&apos;s name as printed, e.g. 张丽.</source>
        <translation>本人打印在表格上的姓名，如 张丽。</translation>
    </message>
    <message>
        <source>caseworker, supervisor or administrator.</source>
        <translation>caseworker（经办人）、supervisor（审核人）或 administrator（管理员）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>--role must be caseworker, supervisor or administrator.</source>
        <translation>--role 必须是 caseworker、supervisor 或 administrator。</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>已添加 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>List the accounts of a database, enabled ones first.</source>
        <translation>列出数据库中的账号，已启用的在前。</translation>
    </message>
    <message>
        <source>Print a JSON array of accounts instead of a table.</source>
        <translation>输出账号的 JSON 数组，而不是表格。</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>尚无账号。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Disable an account, acting as the administrator --user. The account and its history stay; it can no longer sign in. The last enabled administrator cannot be disabled.</source>
        <translation>以 --user 指定的管理员身份停用账号。账号及其历史记录保留，但不能再登录。最后一个已启用的管理员不能停用。</translation>
    </message>
    <message>
        <source>Enable a disabled account again, acting as the administrator --user.</source>
        <translation>以 --user 指定的管理员身份重新启用已停用的账号。</translation>
    </message>
    <message>
        <source>Set a new password for an account, acting as the administrator --user. The new password comes from the environment variable %1 or is asked twice on the terminal.</source>
        <translation>以 --user 指定的管理员身份为账号设置新密码。新密码从环境变量 %1 读取，或在终端上提示输入两遍。</translation>
    </message>
    <message>
        <source>User name of the account.</source>
        <translation>账号的用户名。</translation>
    </message>
    <message>
        <source>Name exactly one account.</source>
        <translation>请指定一个账号（只能一个）。</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 已处于停用状态。</translation>
    </message>
    <message>
        <source>%1 is already enabled.</source>
        <translation>%1 已处于启用状态。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>List the accounts</source>
        <translation>列出账号</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Disable an account (never deleted)</source>
        <translation>停用账号（不会删除）</translation>
    </message>
    <message>
        <source>Enable a disabled account</source>
        <translation>启用已停用的账号</translation>
    </message>
    <message>
        <source>Set a new password for an account</source>
        <translation>为账号设置新密码</translation>
    </message>
    <message>
        <source>Usage: bangfu-cli user SUBCOMMAND [OPTIONS]</source>
        <translation>用法：bangfu-cli user 子命令 [选项]</translation>
    </message>
    <message>
        <source>Account work. Changes are made as --user NAME, who must be an administrator; the password comes from the environment variable %1 or is asked on the terminal, never from the command line.</source>
        <translation>账号管理。修改以 --user 指定的账号身份进行，该账号必须是管理员；密码从环境变量 %1 读取，或在终端上提示输入，绝不从命令行读取。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Import a roster of households from a CSV file</source>
        <translation>从 CSV 文件导入家庭花名册</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1，共 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户家庭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名家庭成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2: %n person row(s).</source>
        <translation>
            <numerusform>已按 %2 编码读取 %1：共 %n 行人员数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation>已忽略的列：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>发现 %n 个问题；未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the households of a roster: a CSV file in UTF-8 or GB18030 as Excel saves it, one row per person, with Chinese column headers (see docs/roster-import.md). Every row is checked first and nothing is written unless all rows are valid; problems are listed with the spreadsheet&apos;s row number and the column. The households are added with the status &quot;identified&quot;, as the --user, who must be allowed to edit households. With --dry-run, only check and report; nothing is written and no --user is needed.</source>
        <translation>导入花名册中的家庭：花名册为 Excel 保存的 UTF-8 或 GB18030 编码 CSV 文件，每人一行，使用中文列标题（见 docs/roster-import.md）。导入前先逐行检查，只有全部行均无误才会写入；发现的问题将注明所在的电子表格行号和列。家庭以“已摸排”状态添加，操作人为 --user 指定的账号，该账号须有编辑家庭档案的权限。使用 --dry-run 时只检查并报告，不写入任何数据，也无需指定 --user。</translation>
    </message>
    <message>
        <source>Only check the roster and report; write nothing.</source>
        <translation>只检查花名册并报告结果，不写入任何数据。</translation>
    </message>
    <message>
        <source>ROSTER.csv</source>
        <translation>花名册.csv</translation>
    </message>
    <message>
        <source>The roster to import.</source>
        <translation>要导入的花名册。</translation>
    </message>
    <message>
        <source>Name exactly one roster file.</source>
        <translation>请指定一个花名册文件（只能一个）。</translation>
    </message>
    <message>
        <source>--user is required, except with --dry-run.</source>
        <translation>必须指定 --user（使用 --dry-run 时除外）。</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Dry run: the roster is valid and would add %1. Nothing was written.</source>
        <translation>试运行：花名册无误，导入后将添加 %1。未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 as %2.</source>
        <translation>已以 %2 的身份导入 %1。</translation>
    </message>
    <message>
        <source>Usage: bangfu-cli import households --db FILE --user NAME ROSTER.csv [--dry-run]</source>
        <translation>用法：bangfu-cli import households --db 文件 --user 用户名 花名册.csv [--dry-run]</translation>
    </message>
    <message>
        <source>Import a roster of households, one row per person</source>
        <translation>导入家庭花名册（每人一行）</translation>
    </message>
    <message>
        <source>List, export and import mutual-aid plans (JSON)</source>
        <translation>列出、导出和导入医疗互助方案（JSON）</translation>
    </message>
    <message>
        <source>Enrol people in a mutual-aid plan from a CSV file</source>
        <translation>从 CSV 文件为人员办理医疗互助参保登记</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nobody was enrolled.</source>
        <translation>
            <numerusform>发现 %n 个问题；未为任何人办理参保。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 from the household register)</source>
        <translation>%1（其中 %2 人在家庭档案中）</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol the people of a list in a mutual-aid plan: a CSV file in UTF-8 or GB18030 as Excel saves it, one row per person, with Chinese column headers (see docs/mutual-aid-enrolment-import.md). Every row is checked first and nothing is written unless all rows are valid; problems are listed with the spreadsheet&apos;s row number and the column. People whose ID number is in the household register are linked to it. The enrolments are made as the --user, who must be allowed to edit claims. With --dry-run, only check and report; nothing is written and no --user is needed.</source>
        <translation>为名单中的人员办理医疗互助参保登记：名单为 Excel 保存的 UTF-8 或 GB18030 编码 CSV 文件，每人一行，使用中文列标题（见 docs/mutual-aid-enrolment-import.md）。导入前先逐行检查，只有全部行均无误才会写入；发现的问题将注明所在的电子表格行号和列。身份证号码已在家庭档案中的人员将与其档案关联。参保登记以 --user 指定的账号办理，该账号须有录入医疗互助参保和申领的权限。使用 --dry-run 时只检查并报告，不写入任何数据，也无需指定 --user。</translation>
    </message>
    <message>
        <source>The plan to enrol in: its id, or YEAR:NAME.</source>
        <translation>要参保的方案：方案 ID，或 YEAR:NAME（年度:方案名称）。</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Only check the list and report; write nothing.</source>
        <translation>只检查名单并报告结果，不写入任何数据。</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>文件.csv</translation>
    </message>
    <message>
        <source>The list to import.</source>
        <translation>要导入的名单。</translation>
    </message>
    <message>
        <source>Name exactly one CSV file.</source>
        <translation>请指定一个 CSV 文件（只能一个）。</translation>
    </message>
    <message>
        <source>Name the plan with --plan.</source>
        <translation>请用 --plan 指定方案。</translation>
    </message>
    <message>
        <source>Dry run: the list is valid and would enrol %1. Nothing was written.</source>
        <translation>试运行：名单无误，导入后将为 %1 办理参保。未写入任何数据。</translation>
    </message>
    <message>
        <source>Enrolled %1 as %2.</source>
        <translation>已以 %2 的身份为 %1 办理参保。</translation>
    </message>
    <message>
        <source>Usage: bangfu-cli enrol import --db FILE --user NAME --plan PLAN FILE.csv [--dry-run]</source>
        <translation>用法：bangfu-cli enrol import --db 文件 --user 用户名 --plan 方案 文件.csv [--dry-run]</translation>
    </message>
    <message>
        <source>Enrol the people of a CSV list in a mutual-aid plan</source>
        <translation>为 CSV 名单中的人员办理医疗互助参保</translation>
    </message>
    <message>
        <source>List the mutual-aid plans of a database, newest year first, with how many members are enrolled in each.</source>
        <translation>列出数据库中的医疗互助方案，最新年度在前，并显示各方案的参保人数。</translation>
    </message>
    <message>
        <source>Print a JSON array of plans instead of a table.</source>
        <translation>输出方案的 JSON 数组，而不是表格。</translation>
    </message>
    <message>
        <source>No mutual-aid plans yet.</source>
        <translation>尚无医疗互助方案。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n 人参保</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the mutual-aid plans of one year (all its products) to a JSON plan file that &apos;plan import&apos; reads on another computer (see docs/mutual-aid-plans.md). Nothing in the database changes.</source>
        <translation>将某一年度的医疗互助方案（含全部互助项目）写入 JSON 方案文件，供另一台电脑用“plan import”读取（见 docs/mutual-aid-plans.md）。数据库不作任何改动。</translation>
    </message>
    <message>
        <source>The plan year, e.g. 2025.</source>
        <translation>方案年度，如 2025。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>文件.json</translation>
    </message>
    <message>
        <source>--year must be a year such as 2025.</source>
        <translation>--year 必须是年份，如 2025。</translation>
    </message>
    <message>
        <source>There are no mutual-aid plans of %1.</source>
        <translation>没有 %1 年度的医疗互助方案。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n plan(s) of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 年度的 %n 个方案写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the mutual-aid plans of a JSON plan file (see docs/mutual-aid-plans.md). Everything is checked first and every problem is listed with its place in the file (e.g. plans[0].bands[2].ratio); nothing is written unless all plans can be imported. A plan of the same year and name as a stored one updates it, so importing a file twice changes nothing. The plans are written as the --user, who must be an administrator. With --dry-run, only check and report; nothing is written and no --user is needed.</source>
        <translation>导入 JSON 方案文件中的医疗互助方案（见 docs/mutual-aid-plans.md）。导入前先全部检查，每个问题都会注明在文件中的位置（如 plans[0].bands[2].ratio）；只有全部方案都能导入时才会写入。年度和名称与已存方案相同的方案将更新该方案，因此同一文件导入两次不会产生任何变化。方案以 --user 指定的账号写入，该账号必须是管理员。使用 --dry-run 时只检查并报告，不写入任何数据，也无需指定 --user。</translation>
    </message>
    <message>
        <source>Only check the file and report; write nothing.</source>
        <translation>只检查文件并报告结果，不写入任何数据。</translation>
    </message>
    <message>
        <source>The plan file to import.</source>
        <translation>要导入的方案文件。</translation>
    </message>
    <message>
        <source>Name exactly one plan file.</source>
        <translation>请指定一个方案文件（只能一个）。</translation>
    </message>
    <message>
        <source>Dry run: the file is valid. Nothing was written.</source>
        <translation>试运行：文件无误。未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n plan(s) as %1.</source>
        <translation>
            <numerusform>已以 %1 的身份导入 %n 个方案。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the mutual-aid plans</source>
        <translation>列出医疗互助方案</translation>
    </message>
    <message>
        <source>Write the plans of a year to a JSON plan file</source>
        <translation>将某一年度的方案写入 JSON 方案文件</translation>
    </message>
    <message>
        <source>Import the plans of a JSON plan file</source>
        <translation>导入 JSON 方案文件中的方案</translation>
    </message>
    <message>
        <source>Usage: bangfu-cli plan SUBCOMMAND [OPTIONS]</source>
        <translation>用法：bangfu-cli plan 子命令 [选项]</translation>
    </message>
    <message>
        <source>Mutual-aid plans as data: list, export and import JSON plan files.</source>
        <translation>以数据形式管理医疗互助方案：列出方案，导出和导入 JSON 方案文件。</translation>
    </message>
    <message>
        <source>Run &apos;bangfu-cli %1 %2 --help&apos; for its options.</source>
        <translation>运行“bangfu-cli %1 %2 --help”查看其选项。</translation>
    </message>
    <message>
        <source>Run &apos;bangfu-cli %1 SUBCOMMAND --help&apos; for its options.</source>
        <translation>运行“bangfu-cli %1 子命令 --help”查看其选项。</translation>
    </message>
    <message>
        <source>bangfu-cli %1: name a subcommand.</source>
        <translation>bangfu-cli %1：请指定子命令。</translation>
    </message>
    <message>
        <source>bangfu-cli %1: unknown subcommand &apos;%2&apos;.</source>
        <translation>bangfu-cli %1：未知子命令“%2”。</translation>
    </message>
    <message>
        <source>Quote what a mutual-aid claim pays, without a database</source>
        <translation>不使用数据库，测算一笔互助申领的补助金额</translation>
    </message>
    <message>
        <source>The plan file (JSON, see docs/mutual-aid-plans.md).</source>
        <translation>方案文件（JSON 格式，见 docs/mutual-aid-plans.md）。</translation>
    </message>
    <message>
        <source>The plan product: inpatient, listed_disease or women.</source>
        <translation>互助项目：inpatient、listed_disease 或 women。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The plan year, when the file holds several.</source>
        <translation>方案年度（文件中有多个年度时使用）。</translation>
    </message>
    <message>
        <source>The plan name, when the file holds several plans of the product in the year.</source>
        <translation>方案名称（文件中同一年度有该项目的多个方案时使用）。</translation>
    </message>
    <message>
        <source>An invoice&apos;s personal share in yuan, e.g. 8,000.00; repeat for several invoices.</source>
        <translation>一张发票的个人自付部分（元），如 8,000.00；多张发票时重复此选项。</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Admitted to hospital on.</source>
        <translation>入院日期。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Discharged on.</source>
        <translation>出院日期。</translation>
    </message>
    <message>
        <source>Contribution paid on (default: the day before the term starts).</source>
        <translation>缴费日期（默认：保障期开始前一天）。</translation>
    </message>
    <message>
        <source>Claim handed in on (default: today).</source>
        <translation>申领提交日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Paid for the member&apos;s earlier claims in the term, in yuan (counts towards the cap per term).</source>
        <translation>本保障期内该参保人此前申领已获补助金额（元），计入保障期内每人封顶线。</translation>
    </message>
    <message>
        <source>The personal share of those earlier claims, in yuan (they used the deductible per term; default 0).</source>
        <translation>此前各次申领的个人自付部分（元），已计入保障期起付线；默认为 0。</translation>
    </message>
    <message>
        <source>The listed-disease code, for lump-sum products.</source>
        <translation>指定病种代码，用于定额补助的互助项目。</translation>
    </message>
    <message>
        <source>Print the payout and its steps as JSON.</source>
        <translation>以 JSON 格式输出补助金额及计算步骤。</translation>
    </message>
    <message>
        <source>The file holds no plan of product %1 with the --year and --name given. Its plans: %2.</source>
        <translation>文件中没有符合所给 --year 和 --name 的%1方案。文件中的方案：%2。</translation>
    </message>
    <message>
        <source>The file holds no plan of product %1. Its plans: %2.</source>
        <translation>文件中没有%1方案。文件中的方案：%2。</translation>
    </message>
    <message>
        <source>The file holds %1 plans of product %2: %3. Choose one with --year and --name.</source>
        <translation>文件中有 %1 个%2方案：%3。请用 --year 和 --name 选择其一。</translation>
    </message>
    <message>
        <source>The file holds %1 plans of product %2: %3. Choose one with --year.</source>
        <translation>文件中有 %1 个%2方案：%3。请用 --year 选择其一。</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, e.g. 2014-06-03.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，如 2014-06-03。</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot;: %3.</source>
        <translation>--%1 “%2”：%3。</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot;: the amount cannot be negative.</source>
        <translation>--%1 “%2”：金额不能为负数。</translation>
    </message>
    <message>
        <source>Plan: %1 (%2, %3), term %4 to %5</source>
        <translation>方案：%1（%2，%3），保障期 %4 至 %5</translation>
    </message>
    <message>
        <source>In capitals: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <source>Say what a mutual-aid claim would pay under a plan of a JSON plan file, step by step, as the payout engine computes it for a claim on file. No database is opened. Amounts are yuan, dates YYYY-MM-DD. Without dates the stay is taken as today when the plan covers today, else as the first day of cover; the output says what was assumed. A refused claim is an answer too: exit 0, with the reason in the steps. Exits 1 if the file cannot be used or holds no such plan.</source>
        <translation>按 JSON 方案文件中的方案，逐步测算一笔互助申领可获的补助金额，计算方法与正式申领相同。不打开任何数据库。金额以元为单位，日期格式为 YYYY-MM-DD。未给出日期时，若方案保障今天则按今天住院计算，否则按保障期第一天计算；输出中会说明所作假定。不予补助也是一种结果：退出码为 0，原因列在计算步骤中。文件无法使用或没有对应方案时退出码为 1。</translation>
    </message>
    <message>
        <source>--product must be inpatient, listed_disease or women.</source>
        <translation>--product 必须是 inpatient、listed_disease 或 women。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the plan file.</source>
        <translation>
            <numerusform>方案文件中发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>--share is required: this plan pays on the personal share.</source>
        <translation>必须给出 --share：该方案按个人自付部分计算补助。</translation>
    </message>
    <message>
        <source>Say what a claim would pay under a plan file, and why</source>
        <translation>按方案文件测算申领补助金额及其计算过程</translation>
    </message>
    <message>
        <source>Usage: bangfu-cli claim SUBCOMMAND [OPTIONS]</source>
        <translation>用法：bangfu-cli claim 子命令 [选项]</translation>
    </message>
    <message>
        <source>Mutual-aid claims: quote a payout at the door, without a database.</source>
        <translation>互助申领：上门时不使用数据库即可测算补助金额。</translation>
    </message>
    <message>
        <source>This database has no disbursement batches yet.</source>
        <translation>该数据库中还没有发放批次。</translation>
    </message>
    <message numerus="yes">
        <source>Batches include %1 and %n more; &apos;bangfu-cli batches&apos; lists them all.</source>
        <translation>
            <numerusform>批次包括 %1，另有 %n 个；运行“bangfu-cli batches”可列出全部批次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches: %1.</source>
        <translation>批次：%1。</translation>
    </message>
    <message>
        <source>List the disbursement batches with their totals and prints</source>
        <translation>列出发放批次及其合计金额和打印情况</translation>
    </message>
    <message>
        <source>Write a batch&apos;s disbursement sheet (发放表) as a PDF</source>
        <translation>将批次的发放表输出为 PDF 文件</translation>
    </message>
    <message>
        <source>Export a disbursement batch for the bank (CSV, XLSX)</source>
        <translation>导出发放批次供银行使用（CSV、XLSX）</translation>
    </message>
    <message>
        <source>Write the lines of a disbursement batch to a file for the bank: CSV (UTF-8, opens in Excel) or XLSX, chosen by the file&apos;s suffix. The file holds full ID numbers and bank accounts, so only office staff may write it, and the export is recorded in the audit log.</source>
        <translation>将发放批次的明细写入文件，供银行办理：CSV（UTF-8，可用 Excel 打开）或 XLSX，按文件后缀确定格式。文件包含完整的身份证号和银行账号，因此只有办公室人员可以导出，且导出操作会记入审计日志。</translation>
    </message>
    <message>
        <source>The batch code, e.g. SNW-2026-002.</source>
        <translation>批次编号，如 SNW-2026-002。</translation>
    </message>
    <message>
        <source>The file to write, ending in .csv or .xlsx.</source>
        <translation>要写入的文件，以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>--out must end in .csv or .xlsx.</source>
        <translation>--out 必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) of batch %1 (total %2) to %3.</source>
        <translation>
            <numerusform>已将批次 %1 的 %n 行明细（合计 %2）写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds full ID numbers and bank accounts; keep it safe. The export is recorded in the audit log.</source>
        <translation>文件包含完整的身份证号和银行账号，请妥善保管。此次导出已记入审计日志。</translation>
    </message>
    <message>
        <source>Write a batch&apos;s lines for the bank as CSV or XLSX</source>
        <translation>将批次明细导出为 CSV 或 XLSX 供银行使用</translation>
    </message>
    <message>
        <source>Usage: bangfu-cli batch SUBCOMMAND [OPTIONS]</source>
        <translation>用法：bangfu-cli batch 子命令 [选项]</translation>
    </message>
    <message>
        <source>Work on one disbursement batch.</source>
        <translation>处理单个发放批次。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>发放项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>List the disbursement batches of a database, newest first: programme, period, sub-district, status, lines and total, and when the sheet was printed and how often. Superseded versions of revised batches are left out unless --all is given. Nothing in the database changes.</source>
        <translation>列出数据库中的发放批次（最新的在前）：发放项目、期间、街道、状态、行数和合计，以及发放表的打印时间和次数。已修订批次中被替代的旧版本默认不列出，指定 --all 时才列出。不会修改数据库中的任何内容。</translation>
    </message>
    <message>
        <source>Print a JSON array of batches instead of a table.</source>
        <translation>以 JSON 数组而不是表格输出批次。</translation>
    </message>
    <message>
        <source>Include versions replaced by a revision.</source>
        <translation>包括已被修订替代的版本。</translation>
    </message>
    <message>
        <source>No disbursement batches yet.</source>
        <translation>尚无发放批次。</translation>
    </message>
    <message>
        <source>Write the disbursement sheet (发放表) of a batch as a PDF and log the print. Printing an open batch as office staff (--user) issues it: the batch is locked and later copies are reprints, marked as such. Without --user an open batch gives a preview marked &apos;not for payment&apos; and stays open; a printed batch gives a reprint.</source>
        <translation>将批次的发放表输出为 PDF 文件，并记入打印记录。办公室人员（--user）打印编制中的批次即正式出表：批次随即锁定，之后打印的均为重印件，并标明“重印”。不指定 --user 时，编制中的批次只生成标有“不作发放凭证”的样表，批次仍处于编制中；已打印的批次则生成重印件。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Preview, marked &apos;not for payment&apos;: batch %1 is still open. Office staff issue it with --user.</source>
        <translation>样表，已标注“不作发放凭证”：批次 %1 仍处于编制中。办公室人员可使用 --user 正式出表。</translation>
    </message>
    <message>
        <source>Reprint no. %1 of batch %2, marked as a reprint.</source>
        <translation>批次 %2 第 %1 次重印，已标注“重印”。</translation>
    </message>
    <message>
        <source>First issue: batch %1 is now printed and locked.</source>
        <translation>首次出表：批次 %1 现已打印并锁定。</translation>
    </message>
    <message>
        <source>Wrote %1: batch %2, %3, %4, total %5.</source>
        <translation>已写入 %1：批次 %2，%3，%4，合计 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this device and pair it with others (for sync)</source>
        <translation>显示本设备并与其他设备配对（用于数据同步）</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>外勤笔记本</translation>
    </message>
    <message>
        <source>office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Show this installation&apos;s device (id, name, role and key fingerprint) and the devices paired with it. Compare the fingerprint with what the other device shows before pairing.</source>
        <translation>显示本机设备信息（编号、名称、角色和密钥指纹）以及已配对的设备。配对前请与对方设备显示的指纹核对。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 格式输出，而非文本。</translation>
    </message>
    <message>
        <source>This database has no device of its own yet.</source>
        <translation>此数据库尚无本机设备记录。</translation>
    </message>
    <message>
        <source>Device:      %1</source>
        <translation>设备：      %1</translation>
    </message>
    <message>
        <source>Name:        %1</source>
        <translation>名称：      %1</translation>
    </message>
    <message>
        <source>Role:        %1</source>
        <translation>角色：      %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：      %1</translation>
    </message>
    <message>
        <source>No devices are paired yet.</source>
        <translation>尚未配对任何设备。</translation>
    </message>
    <message>
        <source>Paired devices:</source>
        <translation>已配对设备：</translation>
    </message>
    <message>
        <source>paired %1 by %2</source>
        <translation>%1 由 %2 配对</translation>
    </message>
    <message>
        <source>Write this installation&apos;s pairing file: its id, name, role and public keys, signed with its key. Take it to the other device and enrol it there with &apos;bangfu-cli device enrol&apos;. The file holds no secret.</source>
        <translation>写出本机的配对文件：包含编号、名称、角色和公钥，并以本机密钥签名。将其带到另一台设备上，用“bangfu-cli device enrol”登记。该文件不含任何机密。</translation>
    </message>
    <message>
        <source>The pairing file to write.</source>
        <translation>要写出的配对文件。</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>必须提供 --out。</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Wrote the pairing file %1 (fingerprint %2).</source>
        <translation>已写出配对文件 %1（指纹 %2）。</translation>
    </message>
    <message>
        <source>Pair another device: read and verify its pairing file and enrol it with its public keys. Compare the fingerprint printed with the one the other device shows (&apos;bangfu-cli device show&apos;). Written as the --user, who must be an administrator; the password comes from %1 or the terminal.</source>
        <translation>与另一台设备配对：读取并核验其配对文件，登记其公钥。请将输出的指纹与对方设备显示的指纹（“bangfu-cli device show”）核对。以 --user 身份写入，该用户须为管理员；密码取自 %1 或在终端输入。</translation>
    </message>
    <message>
        <source>The other device&apos;s pairing file.</source>
        <translation>对方设备的配对文件。</translation>
    </message>
    <message>
        <source>Name exactly one pairing file.</source>
        <translation>请指定且仅指定一个配对文件。</translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation>必须提供 --user。</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Device %1 (%2, %3), fingerprint %4</source>
        <translation>设备 %1（%2，%3），指纹 %4</translation>
    </message>
    <message>
        <source>Paired with %1 as %2. Check that the other device shows the same fingerprint.</source>
        <translation>已与 %1 配对（%2）。请确认对方设备显示相同的指纹。</translation>
    </message>
    <message>
        <source>Show this device, its fingerprint and the paired devices</source>
        <translation>显示本设备、其指纹及已配对设备</translation>
    </message>
    <message>
        <source>Write this device&apos;s signed pairing file</source>
        <translation>写出本设备已签名的配对文件</translation>
    </message>
    <message>
        <source>Pair another device from its pairing file</source>
        <translation>根据配对文件与另一台设备配对</translation>
    </message>
    <message>
        <source>Usage: bangfu-cli device SUBCOMMAND [OPTIONS]</source>
        <translation>用法：bangfu-cli device 子命令 [选项]</translation>
    </message>
    <message>
        <source>This installation&apos;s device for sync, and pairing it with others.</source>
        <translation>本机用于同步的设备信息，以及与其他设备配对。</translation>
    </message>
    <message>
        <source>Create a new Bangfu database with the reference divisions of Hedong district. With --demo, fill it with a realistic, deterministic demo district (households, visits, surveys, mutual aid, disbursements and demo accounts). Never overwrites an existing file. With --admin, also create the first administrator, whose password comes from the environment variable %1 or is asked twice on the terminal; without it, the first start of the Bangfu application asks for one. The demo has its own accounts (see README), so --admin does not go with --demo. This installation is an office unless --laptop is given.</source>
        <translation>新建 Bangfu 数据库，并载入河东区的参考行政区划。使用 --demo 时，填入一个逼真且可重复生成的演示辖区（困难家庭、走访、调查、医疗互助、发放记录和演示账号）。绝不覆盖已有文件。使用 --admin 时，同时创建第一个管理员，其密码取自环境变量 %1，或在终端输入两次；不使用时，首次启动 Bangfu 程序会要求设置。演示数据库自带账号（见 README），因此 --admin 不能与 --demo 同用。除非指定 --laptop，本机作为办公室设备。</translation>
    </message>
    <message>
        <source>This installation is the office (the default).</source>
        <translation>本机为办公室设备（默认）。</translation>
    </message>
    <message>
        <source>This installation is a field laptop.</source>
        <translation>本机为外勤笔记本。</translation>
    </message>
    <message>
        <source>Choose either --office or --laptop, not both.</source>
        <translation>--office 与 --laptop 只能选其一。</translation>
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
    <message>
        <source>Open</source>
        <translation>编制中</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <source>To be paid</source>
        <translation>待发放</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>手印</translation>
    </message>
    <message>
        <source>All paid out</source>
        <translation>已全部发放</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已发放</translation>
    </message>
</context>
<context>
    <name>Communities</name>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Enter the name of the community or village.</source>
        <translation>请输入社区或村的名称。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: choose community or village.</source>
        <translation>无法识别的类型“%1”：请选择社区或村。</translation>
    </message>
    <message>
        <source>The expected number of households cannot be negative.</source>
        <translation>应摸排户数不能为负数。</translation>
    </message>
    <message>
        <source>%1 already has a community or village named %2.</source>
        <translation>%1已有名为“%2”的社区/村。</translation>
    </message>
    <message>
        <source>This community or village no longer exists; it may have been removed.</source>
        <translation>该社区/村已不存在，可能已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n household(s) are registered in it.</source>
        <translation>
            <numerusform>无法删除%1：其中已登记 %n 户家庭。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommunitiesDialog</name>
    <message>
        <source>Communities and villages</source>
        <translation>社区和村</translation>
    </message>
    <message>
        <source>Roster import finds each household&apos;s community or village here, and coverage compares the expected households with those surveyed. A community or village with households registered in it cannot be removed.</source>
        <translation>导入花名册时，按此处的社区/村确定各家庭的归属；摸排覆盖率将应摸排户数与已摸排户数进行比较。已登记有家庭的社区/村不能删除。</translation>
    </message>
    <message>
        <source>Sub-district or &amp;town:</source>
        <translation>街道/镇(&amp;T)：</translation>
    </message>
    <message>
        <source>Community or village</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>as on the roster, e.g. 幸福社区</source>
        <translation>与花名册一致，如 幸福社区</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Expected households:</source>
        <translation>应摸排户数(&amp;E)：</translation>
    </message>
    <message>
        <source>Worker households the community or village reports; leave at Unknown when there is no count yet</source>
        <translation>社区/村上报的职工家庭户数；尚无数字时保留“未知”</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>division name (code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Expected households</source>
        <translation>应摸排户数</translation>
    </message>
    <message>
        <source>Households registered</source>
        <translation>已登记户数</translation>
    </message>
    <message>
        <source>Invented for the demo database</source>
        <translation>演示数据库中虚构的名称</translation>
    </message>
    <message>
        <source>Remove community or village</source>
        <translation>删除社区/村</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>要从%2删除%1吗？</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Without community</source>
        <translation>无所属社区</translation>
    </message>
    <message>
        <source>No expected household count has been entered or imported.</source>
        <translation>尚未录入或导入应摸排户数。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Division / community</source>
        <translation>街道（镇）/社区</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应摸排户数</translation>
    </message>
    <message>
        <source>Visited in %1</source>
        <translation>%1年已走访</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已建档</translation>
    </message>
    <message>
        <source>Re-verification overdue</source>
        <translation>年度复核逾期</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已解困脱困</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>The survey coverage could not be read: %1</source>
        <translation>无法读取摸排覆盖率：%1</translation>
    </message>
    <message>
        <source>Survey coverage</source>
        <translation>摸排覆盖率</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Expected: households in the community&apos;s roster. Visited: households with a field visit in the chosen year. Re-verification overdue: filed households not re-verified within 12 months.</source>
        <translation>应摸排户数：该社区花名册中的家庭户数。已走访：所选年份内有入户走访记录的家庭。年度复核逾期：已建档但超过 12 个月未进行年度复核的家庭。</translation>
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
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>这是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>No such database file.</source>
        <translation>数据库文件不存在。</translation>
    </message>
    <message>
        <source>The database file is incomplete (cut off when it was copied or when the disk was full). It was left unchanged; restore it from a backup copy.</source>
        <translation>数据库文件不完整（复制时被截断，或磁盘已满时未写完）。文件未作任何改动，请从备份副本恢复。</translation>
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
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>审计日志在第 %1 条处断裂：%2</translation>
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
    <name>DemoContext</name>
    <message>
        <source>Internal error: the demo has no account %1.</source>
        <translation>内部错误：演示数据中没有账号 %1。</translation>
    </message>
    <message>
        <source>Internal error: %1 is not a timestamp.</source>
        <translation>内部错误：%1 不是时间戳。</translation>
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
    <name>DeviceKeys</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>This database has no device of its own yet.</source>
        <translation>此数据库尚无本机设备记录。</translation>
    </message>
    <message>
        <source>This device has no valid keys; open the database for writing once to create them.</source>
        <translation>本设备没有有效密钥；请以可写方式打开一次数据库以生成密钥。</translation>
    </message>
    <message>
        <source>This is not a pairing file: it is not readable JSON (%1).</source>
        <translation>这不是配对文件：不是可读的 JSON（%1）。</translation>
    </message>
    <message>
        <source>This is not a pairing file: it has no payload and signature.</source>
        <translation>这不是配对文件：缺少内容或签名。</translation>
    </message>
    <message>
        <source>This is not a Bangfu pairing file (format &quot;%1&quot;).</source>
        <translation>这不是 Bangfu 配对文件（格式为“%1”）。</translation>
    </message>
    <message>
        <source>Pairing file version %1 is not supported; this program reads version %2.</source>
        <translation>不支持第 %1 版配对文件；本程序读取第 %2 版。</translation>
    </message>
    <message>
        <source>The pairing file has no valid device id or name.</source>
        <translation>配对文件中没有有效的设备编号或名称。</translation>
    </message>
    <message>
        <source>The pairing file names an unknown device role &quot;%1&quot;.</source>
        <translation>配对文件中的设备角色“%1”无法识别。</translation>
    </message>
    <message>
        <source>The pairing file&apos;s signing key is damaged (not %1 bytes of base64).</source>
        <translation>配对文件中的签名公钥已损坏（不是 %1 字节的 base64）。</translation>
    </message>
    <message>
        <source>The pairing file&apos;s encryption key is damaged (not %1 bytes of base64).</source>
        <translation>配对文件中的加密公钥已损坏（不是 %1 字节的 base64）。</translation>
    </message>
    <message>
        <source>The pairing file&apos;s signature does not match its contents: the file was damaged or altered. Ask for a new one.</source>
        <translation>配对文件的签名与内容不符：文件已损坏或被改动。请索取新的配对文件。</translation>
    </message>
    <message>
        <source>This pairing file is this device&apos;s own; enrol it on the other device.</source>
        <translation>这是本设备自己的配对文件，请在另一台设备上登记。</translation>
    </message>
    <message>
        <source>A device with the id %1 is already paired, with other keys. This file may come from an impostor; it was not enrolled.</source>
        <translation>编号为 %1 的设备已以其他密钥配对。此文件可能来自冒充者，未予登记。</translation>
    </message>
</context>
<context>
    <name>DisbursementBatches</name>
    <message>
        <source>There is no disbursement batch %1.</source>
        <translation>发放批次 %1 不存在。</translation>
    </message>
    <message>
        <source>Batch %1 was replaced by a newer version; change that one.</source>
        <translation>批次 %1 已被新版本替代；请修改新版本。</translation>
    </message>
    <message>
        <source>Batch %1 is locked: its sheet was printed. A supervisor can revise it, which makes a new version.</source>
        <translation>批次 %1 已锁定：其发放表已打印。审核人可对其进行修订，修订后将生成新版本。</translation>
    </message>
    <message>
        <source>Enter the period the batch pays for, e.g. &quot;2026 春节&quot;.</source>
        <translation>请输入本批次的发放期间，如“2026 春节”。</translation>
    </message>
    <message>
        <source>Choose the approved proposals the batch pays.</source>
        <translation>请选择本批次要发放的已批准申请。</translation>
    </message>
    <message>
        <source>%1 disbursement sheet, %2</source>
        <translation>%2%1发放表</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2 的%1申请</translation>
    </message>
    <message>
        <source>Only approved proposals go on a batch; this one is not approved.</source>
        <translation>只有已批准的申请才能列入批次；该申请尚未批准。</translation>
    </message>
    <message>
        <source>The proposal is for another programme than the batch (%1).</source>
        <translation>该申请的帮扶项目与本批次的发放项目（%1）不一致。</translation>
    </message>
    <message>
        <source>The household is not in %1, the batch&apos;s sub-district.</source>
        <translation>该家庭不在本批次所属街道（%1）。</translation>
    </message>
    <message>
        <source>The proposal is already on a batch.</source>
        <translation>该申请已列入批次。</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>受助学生：%1</translation>
    </message>
    <message>
        <source>The household has no head of household to receive the aid.</source>
        <translation>该家庭没有户主，无人领取帮扶。</translation>
    </message>
    <message>
        <source>The line is not on a batch.</source>
        <translation>该发放明细不属于任何批次。</translation>
    </message>
    <message>
        <source>Only a line not paid yet can be taken off.</source>
        <translation>只能移出尚未发放的明细。</translation>
    </message>
    <message>
        <source>Say why the line is taken off the batch.</source>
        <translation>请说明将该明细移出批次的理由。</translation>
    </message>
    <message>
        <source>Only a supervisor can revise a printed batch.</source>
        <translation>只有审核人可以修订已打印的批次。</translation>
    </message>
    <message>
        <source>Batch %1 has not been printed; change it directly.</source>
        <translation>批次 %1 尚未打印；请直接修改。</translation>
    </message>
    <message>
        <source>Batch %1 is paid and can no longer change.</source>
        <translation>批次 %1 已发放完毕，不能再修改。</translation>
    </message>
    <message>
        <source>Batch %1 was already replaced by a newer version.</source>
        <translation>批次 %1 已被新版本替代。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of batch %1 are paid already; a batch with payments cannot be revised.</source>
        <translation>
            <numerusform>批次 %1 已有 %n 行发放完毕；已有发放记录的批次不能修订。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the printed batch must change.</source>
        <translation>请说明已打印批次需要修改的理由。</translation>
    </message>
    <message>
        <source>Choose the lines that were paid.</source>
        <translation>请选择已发放的明细。</translation>
    </message>
    <message>
        <source>For cash, record whether the recipient signed or gave a thumbprint.</source>
        <translation>现金发放须登记领取人是签字还是按手印。</translation>
    </message>
    <message>
        <source>Enter the bank transfer&apos;s reference.</source>
        <translation>请输入银行转账的流水号。</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation>未知的发放方式“%1”。</translation>
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation>发放日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Record payments one batch at a time.</source>
        <translation>请逐个批次登记发放。</translation>
    </message>
    <message>
        <source>This line is %1 already.</source>
        <translation>该明细已处于“%1”状态。</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Print batch %1&apos;s sheet before recording payments: recipients sign on it.</source>
        <translation>登记发放前请先打印批次 %1 的发放表：领取人须在表上签字。</translation>
    </message>
    <message>
        <source>Batch %1 takes no more payments.</source>
        <translation>批次 %1 不能再登记发放。</translation>
    </message>
    <message>
        <source>The payment date is before the sheet was printed (%1).</source>
        <translation>发放日期早于发放表的打印日期（%1）。</translation>
    </message>
</context>
<context>
    <name>DisbursementSheet</name>
    <message>
        <source>Page subtotal</source>
        <translation>本页小计</translation>
    </message>
    <message>
        <source>Recipients on this page: %1</source>
        <translation>本页 %1 人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <source>This sheet replaces %1, which is void</source>
        <translation>本表替代 %1，原表作废</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>发放项目：%1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Sub-district: %1</source>
        <translation>街道：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>样表</translation>
    </message>
    <message>
        <source>Not for payment</source>
        <translation>不作发放凭证</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <source>Reprint no. %1</source>
        <translation>第%1次重印</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sub-district / community</source>
        <translation>所属街道/社区</translation>
    </message>
    <message>
        <source>Hardship category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>发放项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <source>Amount in capitals</source>
        <translation>金额(大写)</translation>
    </message>
    <message>
        <source>Signature / thumbprint</source>
        <translation>领取人签字/手印</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>领取日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>The printer cannot print on A4 paper in landscape</source>
        <translation>打印机不支持 A4 纸横向打印</translation>
    </message>
    <message>
        <source>Cannot start printing the disbursement sheet</source>
        <translation>无法开始打印发放表</translation>
    </message>
    <message>
        <source>Cannot start a new page</source>
        <translation>无法开始新的一页</translation>
    </message>
</context>
<context>
    <name>DisbursementSheets</name>
    <message>
        <source>Version %1 of batch %2 was replaced; print %3 instead.</source>
        <translation>批次 %2 的第 %1 版已被替代；请改为打印 %3。</translation>
    </message>
    <message>
        <source>Batch %1 was replaced by a newer version.</source>
        <translation>批次 %1 已被新版本替代。</translation>
    </message>
</context>
<context>
    <name>DisbursementsView</name>
    <message>
        <source>Disbursements</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Save disbursement sheet</source>
        <translation>保存发放表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export lines for the bank</source>
        <translation>导出银行发放明细</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Take line off</source>
        <translation>移出明细</translation>
    </message>
    <message>
        <source>Why is this line taken off the batch?</source>
        <translation>为什么将该明细移出批次？</translation>
    </message>
    <message>
        <source>Revise printed batch</source>
        <translation>修订已打印批次</translation>
    </message>
    <message>
        <source>The printed sheet will be marked as replaced and a new version of the batch opened for changes. Why must it change?</source>
        <translation>已打印的发放表将标记为已作废，并生成该批次的新版本供修改。为什么需要修改？</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <source>Show replaced versions</source>
        <translation>显示已被替代的版本</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>打印发放表(&amp;P)…</translation>
    </message>
    <message>
        <source>Save sheet as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export for bank…</source>
        <translation>导出银行发放明细(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Take line off…</source>
        <translation>移出明细(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;vise…</source>
        <translation>修订(&amp;V)…</translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation>登记发放(&amp;Y)…</translation>
    </message>
    <message numerus="yes">
        <source>Paid in %1: %2 in %n payment(s). Not paid yet: %3. Open batches: %4.</source>
        <translation>
            <numerusform>%1 年已发放：%2，共 %n 笔。待发放：%3 笔。编制中的批次：%4 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a batch to see its lines.</source>
        <translation>请选择一个批次以查看其明细。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 in %n line(s), created by %3.</source>
        <translation>
            <numerusform>%1，共 %n 行，合计 %2，由 %3 创建。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revised after printing: %1</source>
        <translation>打印后已修订：%1</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s); last %1 by %2 (%3).</source>
        <translation>
            <numerusform>已打印 %n 次；最近一次由 %2 于 %1 打印（%3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation>打印发放表</translation>
    </message>
    <message>
        <source>Printing issues batch %1: after that its lines can only change through a supervisor&apos;s revision. Print it now?</source>
        <translation>打印即正式出具批次 %1 的发放表：此后其明细只能通过审核人修订来更改。现在打印吗？</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>请选择以 .xlsx 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>%1, void: replaced by a revision</source>
        <translation>%1，已因修订作废</translation>
    </message>
    <message>
        <source>&amp;Add proposals…</source>
        <translation>添加申请(&amp;A)…</translation>
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
    <message>
        <source>There is no sub-district or town with the code &quot;%1&quot;.</source>
        <translation>没有代码为“%1”的街道或镇。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in mutual aid</source>
        <translation>医疗互助参保登记</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>互助方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>参保人：</translation>
    </message>
    <message>
        <source>From the household &amp;register</source>
        <translation>从家庭档案中选择(&amp;R)</translation>
    </message>
    <message>
        <source>By &amp;name and ID number</source>
        <translation>按姓名和身份证号码录入(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Name, pinyin initials, ID number or file number</source>
        <translation>姓名、拼音首字母、身份证号码或档案编号</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation>18 位，最后一位可以是 X</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>缴费情况：</translation>
    </message>
    <message>
        <source>Pai&amp;d on</source>
        <translation>缴费日期(&amp;D)</translation>
    </message>
    <message>
        <source>Leave unticked for someone who has not paid yet; claims are refused until the payment is recorded</source>
        <translation>尚未缴费的人员请勿勾选；登记缴费之前，其申领一律不予补助</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Receipt n&amp;o.:</source>
        <translation>收据号(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Contribution (yuan):</source>
        <translation>缴费金额（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not filed yet</source>
        <translation>尚未建档</translation>
    </message>
    <message>
        <source>Type a name, pinyin initials, part of an ID number or a file number to find the person in the register.</source>
        <translation>输入姓名、拼音首字母、部分身份证号码或档案编号，在家庭档案中查找该人员。</translation>
    </message>
    <message>
        <source>No one in the household register matches &quot;%1&quot;. Someone who is not in the register is enrolled by name and ID number.</source>
        <translation>家庭档案中没有与“%1”相符的人员。不在家庭档案中的人员，请按姓名和身份证号码办理参保。</translation>
    </message>
    <message>
        <source>Only the first %1 households found are shown; type more to narrow the search.</source>
        <translation>仅显示找到的前 %1 户家庭；请输入更多内容以缩小查找范围。</translation>
    </message>
    <message>
        <source>Type the contribution in yuan, for example 50 or 50.00.</source>
        <translation>请输入缴费金额（以元为单位），如 50 或 50.00。</translation>
    </message>
    <message>
        <source>Search the register and choose the person to enrol.</source>
        <translation>请在家庭档案中查找并选择要参保的人员。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>参保登记(&amp;E)</translation>
    </message>
    <message>
        <source>Change enrolment</source>
        <translation>修改参保登记</translation>
    </message>
</context>
<context>
    <name>EnrolmentImportDialog</name>
    <message>
        <source>Import enrolments</source>
        <translation>导入参保名单</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>互助方案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in the spreadsheet</source>
        <translation>在电子表格中更正后，重新读取该文件</translation>
    </message>
    <message>
        <source>Choose a list of enrolments</source>
        <translation>选择参保名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This list has already been imported.</source>
        <translation>该名单已经导入。</translation>
    </message>
    <message>
        <source>Choose a list without problems first.</source>
        <translation>请先选择一个没有问题的名单。</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2: %n person row(s).</source>
        <translation>
            <numerusform>已按 %2 编码读取 %1：共 %n 行人员数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored (not enrolment columns): %1.</source>
        <translation>忽略的列（不属于参保名单的列）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The list is correct: importing it enrols %1 in %2, %3 of them from the household register.</source>
        <translation>名单无误：导入后将为 %1 办理“%2”的参保，其中 %3 人在家庭档案中。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nobody is enrolled until every row is correct: fix the spreadsheet, save it and check it again.</source>
        <translation>
            <numerusform>发现 %n 个问题。在所有行都正确之前不会为任何人办理参保：请修改电子表格，保存后再次检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Enrolled %1 in %2 as %3.</source>
        <translation>已由 %3 为 %1 办理“%2”的参保。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nobody was enrolled: %1</source>
        <translation>未为任何人办理参保：%1</translation>
    </message>
    <message>
        <source>Choose the plan and a list of people who paid, saved from Excel as CSV (UTF-8 or GB18030). Row 1 holds the column headers, then one row per person. Required columns: %1. People found in the household register by ID number are linked to it. Every row is checked first, and either everyone is enrolled or nobody.</source>
        <translation>请选择互助方案，以及从 Excel 另存为 CSV（UTF-8 或 GB18030 编码）的已缴费人员名单。第 1 行为列标题，之后每人一行。必填列：%1。按身份证号码在家庭档案中找到的人员将与其档案关联。系统会先逐行检查，然后要么为全部人员办理参保，要么一个都不办理。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>EnrolmentsDialog</name>
    <message>
        <source>Mutual-aid enrolments</source>
        <translation>医疗互助参保登记</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>互助方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials, ID number, phone or receipt number</source>
        <translation>查找：姓名、拼音首字母、身份证号码、电话或收据号</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>参保登记(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>修改(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>全部方案</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) enrolled.</source>
        <translation>
            <numerusform>共 %n 人参保。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s) match &quot;%1&quot;.</source>
        <translation>
            <numerusform>共有 %n 条参保记录与“%1”相符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an enrolment</source>
        <translation>选择参保记录</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>选择(&amp;H)</translation>
    </message>
    <message>
        <source>Your role may not enrol people in mutual aid.</source>
        <translation>您的角色无权办理医疗互助参保。</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Close household file</source>
        <translation>关闭家庭档案</translation>
    </message>
    <message>
        <source>A closed file stays in the register and can still be found and printed, but it can no longer be changed. Files are never deleted.</source>
        <translation>档案关闭后仍保留在登记册中，仍可查询和打印，但不能再修改。档案永不删除。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>关闭日期(&amp;C)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详细说明(&amp;D)：</translation>
    </message>
    <message>
        <source>required for &quot;Other&quot;; kept in the file&apos;s notes</source>
        <translation>选择“其他”时必填；将记入档案备注</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>关闭档案</translation>
    </message>
    <message>
        <source>Choose why the file is closed.</source>
        <translation>请选择关闭档案的原因。</translation>
    </message>
    <message>
        <source>Describe the reason for closing the file.</source>
        <translation>请说明关闭档案的原因。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>sub-district or town</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>hardship category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>proposed category</source>
        <translation>拟定困难类别</translation>
    </message>
    <message>
        <source>main cause</source>
        <translation>主要致困原因</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>住房情况</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>filed on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>next due on</source>
        <translation>下次复核日期</translation>
    </message>
    <message>
        <source>exited on</source>
        <translation>解困脱困日期</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>解困脱困原因</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>head of household</source>
        <translation>是否户主</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>是否停用</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation>公婆/岳父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女/外孙子女</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Income above the line</source>
        <translation>收入超过困难标准</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调离</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>reason for overriding the category</source>
        <translation>调整困难类别的理由</translation>
    </message>
    <message>
        <source>secondary causes</source>
        <translation>次要致困原因</translation>
    </message>
    <message>
        <source>housing area (m²)</source>
        <translation>住房面积（平方米）</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>account holder</source>
        <translation>账户户名</translation>
    </message>
    <message>
        <source>last verified on</source>
        <translation>最近复核日期</translation>
    </message>
    <message>
        <source>household</source>
        <translation>所属家庭</translation>
    </message>
    <message>
        <source>order in the file</source>
        <translation>档案中的排列顺序</translation>
    </message>
    <message>
        <source>name in pinyin</source>
        <translation>姓名拼音</translation>
    </message>
    <message>
        <source>pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>major illness</source>
        <translation>重大疾病</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>work status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>school</source>
        <translation>就读学校</translation>
    </message>
    <message>
        <source>school stage</source>
        <translation>就读阶段</translation>
    </message>
    <message>
        <source>home sub-district or town</source>
        <translation>所属街道/镇</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>who was present</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>所属走访记录</translation>
    </message>
    <message>
        <source>survey date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>household size</source>
        <translation>家庭人口数</translation>
    </message>
    <message>
        <source>annual wages</source>
        <translation>年工资性收入</translation>
    </message>
    <message>
        <source>annual business income</source>
        <translation>年经营性收入</translation>
    </message>
    <message>
        <source>annual pensions</source>
        <translation>年养老金</translation>
    </message>
    <message>
        <source>annual unemployment benefit</source>
        <translation>年失业保险金</translation>
    </message>
    <message>
        <source>annual compensation</source>
        <translation>年赔偿金</translation>
    </message>
    <message>
        <source>annual interest and rent</source>
        <translation>年利息和租金收入</translation>
    </message>
    <message>
        <source>annual maintenance received</source>
        <translation>年赡养（抚养、扶养）费收入</translation>
    </message>
    <message>
        <source>other annual income</source>
        <translation>年其他收入</translation>
    </message>
    <message>
        <source>imputed minimum wage (annual)</source>
        <translation>按最低工资标准计入的收入（年）</translation>
    </message>
    <message>
        <source>annual illness costs</source>
        <translation>年因病支出</translation>
    </message>
    <message>
        <source>annual disability costs</source>
        <translation>年因残支出</translation>
    </message>
    <message>
        <source>annual schooling costs</source>
        <translation>年因学支出</translation>
    </message>
    <message>
        <source>annual necessary job costs</source>
        <translation>年必要的就业支出</translation>
    </message>
    <message>
        <source>accident and disaster losses</source>
        <translation>意外及灾害损失</translation>
    </message>
    <message>
        <source>per-capita monthly income</source>
        <translation>人均月收入</translation>
    </message>
    <message>
        <source>低保 line applied</source>
        <translation>适用的低保标准</translation>
    </message>
    <message>
        <source>assessed category</source>
        <translation>认定困难类别</translation>
    </message>
    <message>
        <source>further answers</source>
        <translation>其他调查内容</translation>
    </message>
    <message>
        <source>attached to</source>
        <translation>所属记录类型</translation>
    </message>
    <message>
        <source>attached to record</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>size in bytes</source>
        <translation>文件大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <source>content</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>invented for the demo</source>
        <translation>是否为演示虚构</translation>
    </message>
    <message>
        <source>expected households</source>
        <translation>应摸排户数</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>低保 line per month</source>
        <translation>每月低保标准</translation>
    </message>
    <message>
        <source>minimum wage per month</source>
        <translation>每月最低工资标准</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Mutual-aid claim</source>
        <translation>医疗互助申领</translation>
    </message>
    <message>
        <source>Aid request</source>
        <translation>帮扶申请</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <source>Disbursement batch</source>
        <translation>发放批次</translation>
    </message>
    <message>
        <source>district default</source>
        <translation>全区默认标准</translation>
    </message>
    <message>
        <source>recipient&apos;s ID number</source>
        <translation>领取人身份证号</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>payment reference</source>
        <translation>发放凭证号</translation>
    </message>
    <message>
        <source>paid on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>reason for withdrawing</source>
        <translation>撤回理由</translation>
    </message>
</context>
<context>
    <name>FieldVisits</name>
    <message>
        <source>First survey</source>
        <translation>首次摸排</translation>
    </message>
    <message>
        <source>Re-verification</source>
        <translation>年度复核</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Condolence visit</source>
        <translation>慰问</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>请输入走访日期。</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation>走访日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Choose the purpose of the visit.</source>
        <translation>请选择走访目的。</translation>
    </message>
    <message>
        <source>Enter who made the visit.</source>
        <translation>请输入走访人员。</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>请同时填写纬度和经度，或都不填。</translation>
    </message>
    <message>
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation>纬度必须在 -90 度到 90 度之间。</translation>
    </message>
    <message>
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation>经度必须在 -180 度到 180 度之间。</translation>
    </message>
    <message>
        <source>The next visit cannot be due before this visit.</source>
        <translation>下次走访日期不能早于本次走访日期。</translation>
    </message>
    <message>
        <source>The household does not exist in this database.</source>
        <translation>该家庭在本数据库中不存在。</translation>
    </message>
    <message>
        <source>The attachment does not exist in this database.</source>
        <translation>该附件在本数据库中不存在。</translation>
    </message>
    <message>
        <source>%1 is damaged: its content no longer matches its checksum.</source>
        <translation>%1 已损坏：其内容与校验值不再一致。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then adds the accounts of caseworkers and supervisors.</source>
        <translation>此数据库尚无任何账号。请先创建管理员账号，再由管理员添加经办人和审核人的账号。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>如 admin</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>as printed on forms, e.g. 张丽</source>
        <translation>打印在表格上的姓名，如 张丽</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>请输入管理员的姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the password again.</source>
        <translation>两次输入的密码不一致，请重新输入密码。</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit Bangfu</source>
        <translation>退出帮扶系统(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HardshipAssessment</name>
    <message>
        <source>The amount must be between %1 and %2.</source>
        <translation>金额必须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>The household %1 does not exist.</source>
        <translation>家庭 %1 不存在。</translation>
    </message>
    <message>
        <source>This household&apos;s file is closed; its category can no longer be changed.</source>
        <translation>该家庭档案已关闭，不能再更改困难类别。</translation>
    </message>
    <message>
        <source>The survey has no date.</source>
        <translation>调查未填写日期。</translation>
    </message>
    <message>
        <source>The household has no members; add them before the assessment.</source>
        <translation>该家庭没有家庭成员；请先添加家庭成员，再进行困难认定。</translation>
    </message>
    <message>
        <source>The 低保 line and the minimum wage must be more than zero.</source>
        <translation>低保标准和最低工资标准必须大于零。</translation>
    </message>
    <message>
        <source>Unknown hardship category &quot;%1&quot;.</source>
        <translation>未知的困难类别“%1”。</translation>
    </message>
    <message>
        <source>Give a reason for choosing %1 instead of the proposed %2.</source>
        <translation>认定为“%1”而非拟定的“%2”，请说明理由。</translation>
    </message>
    <message>
        <source>%1 is the proposed category; accept the proposal instead of overriding it.</source>
        <translation>“%1”即为拟定困难类别；请直接采用拟定类别，无需调整。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one term of a sum: label, amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heading: the only term</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <comment>heading: terms = total</comment>
        <translation>%1：%2 = %3</translation>
    </message>
    <message>
        <source> + </source>
        <comment>between terms of a sum</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>imputed minimum wage for %1 (unemployed, %2, able to work) %3</source>
        <translation>%1（无业，%2 岁，有劳动能力）按最低工资标准计入 %3</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>家庭年收入</translation>
    </message>
    <message>
        <source>Rigid expenditure</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <source>No minimum wage imputed for %1 (unemployed): the birth date is unknown.</source>
        <translation>%1（无业）未按最低工资标准计入收入：出生日期不详。</translation>
    </message>
    <message>
        <source>in school</source>
        <translation>在校就读</translation>
    </message>
    <message>
        <source>younger than %1</source>
        <translation>未满 %1 周岁</translation>
    </message>
    <message>
        <source>above working age (men %1 to %2)</source>
        <translation>超出劳动年龄（男性 %1 至 %2 周岁）</translation>
    </message>
    <message>
        <source>above working age (women %1 to %2)</source>
        <translation>超出劳动年龄（女性 %1 至 %2 周岁）</translation>
    </message>
    <message>
        <source>sex unknown, above working age for women (%1 to %2)</source>
        <translation>性别不详，已超出女性劳动年龄（%1 至 %2 周岁）</translation>
    </message>
    <message>
        <source>disability grade %1, not able to work</source>
        <translation>%1 级残疾，无劳动能力</translation>
    </message>
    <message>
        <source>major illness, not able to work</source>
        <translation>患重大疾病，无劳动能力</translation>
    </message>
    <message>
        <source>No minimum wage imputed for %1 (unemployed, %2): %3.</source>
        <translation>%1（无业，%2 岁）未按最低工资标准计入收入：%3。</translation>
    </message>
    <message>
        <source>Per person per month: (%1 − %2) ÷ 12 ÷ %3 = %4</source>
        <translation>人均月收入：(%1 − %2) ÷ 12 ÷ %3 = %4</translation>
    </message>
    <message>
        <source>Per person per month: (%1 − %2) ÷ 12 ÷ %3 = %4, rounded down to the fen</source>
        <translation>人均月收入：(%1 − %2) ÷ 12 ÷ %3 = %4（不足 1 分的部分舍去）</translation>
    </message>
    <message>
        <source>低保 line %1 for %2 (district default): %3 per month</source>
        <translation>%1 年度%2低保标准（采用全区默认标准）：每月 %3</translation>
    </message>
    <message>
        <source>低保 line %1 for %2: %3 per month</source>
        <translation>%1 年度%2低保标准：每月 %3</translation>
    </message>
    <message>
        <source>%1 is below it: %2</source>
        <translation>%1 低于该标准：%2</translation>
    </message>
    <message>
        <source>%1 is not below it but below twice the line (%2): %3</source>
        <translation>%1 不低于该标准，但低于该标准的 2 倍（%2）：%3</translation>
    </message>
    <message>
        <source>%1 is not below twice the line (%2)</source>
        <translation>%1 不低于该标准的 2 倍（%2）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>the line; how the figure compares</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Accident losses %1 + illness costs %2 = %3</source>
        <translation>意外损失 %1 + 因病支出 %2 = %3</translation>
    </message>
    <message>
        <source>%1, more than 80% of the annual income %2: %3</source>
        <translation>%1，超过家庭年收入 %2 的 80%：%3</translation>
    </message>
    <message>
        <source>%1, not more than 80% of the annual income %2, but a worker was injured, disabled or killed in a sudden event or major illness and is still in difficulty: %3</source>
        <translation>%1，未超过家庭年收入 %2 的 80%，但有职工因突发事件或重大疾病受伤、致残或死亡，家庭仍处于困难：%3</translation>
    </message>
    <message>
        <source>%1, not more than 80% of the annual income %2, and no worker is in difficulty after a sudden event or major illness: %3</source>
        <translation>%1，未超过家庭年收入 %2 的 80%，且没有职工因突发事件或重大疾病陷入困难：%3</translation>
    </message>
    <message>
        <source>wages</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>business income</source>
        <translation>经营性收入</translation>
    </message>
    <message>
        <source>pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>unemployment benefit</source>
        <translation>失业保险金</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>赔偿金</translation>
    </message>
    <message>
        <source>interest and rent</source>
        <translation>利息和租金收入</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>赡养（抚养、扶养）费</translation>
    </message>
    <message>
        <source>other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>illness</source>
        <translation>因病支出</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>因残支出</translation>
    </message>
    <message>
        <source>schooling</source>
        <translation>因学支出</translation>
    </message>
    <message>
        <source>necessary job costs</source>
        <translation>必要的就业支出</translation>
    </message>
    <message>
        <source>accident losses</source>
        <translation>意外损失</translation>
    </message>
    <message>
        <source>deep hardship (深度困难)</source>
        <translation>深度困难</translation>
    </message>
    <message>
        <source>relative hardship (相对困难)</source>
        <translation>相对困难</translation>
    </message>
    <message>
        <source>hardship from an accident (意外致困)</source>
        <translation>意外致困</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Minimum wage %1: %2 per month × 12 = %3 a year for each member imputed</source>
        <translation>%1 年度最低工资标准：每月 %2 × 12 = 每年 %3，按此为每位计入的家庭成员计算收入</translation>
    </message>
    <message>
        <source>No 低保 line is set for %1 (%2); an administrator sets it under Administration → Poverty lines and minimum wage.</source>
        <translation>%1 年度%2尚未设置低保标准，请管理员在“管理 → 低保标准和最低工资标准”中设置。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this yet.</source>
        <translation>暂无任何记录。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>HouseholdAidPanel</name>
    <message>
        <source>The aid could not be read: %1</source>
        <translation>无法读取帮扶记录：%1</translation>
    </message>
    <message>
        <source>Nothing paid yet.</source>
        <translation>尚无发放记录。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>职工医疗互助</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Approved, not paid yet: %1</source>
        <translation>已批准，尚未发放：%1</translation>
    </message>
    <message>
        <source>%1 (mutual aid)</source>
        <translation>%1（职工医疗互助）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待发放</translation>
    </message>
    <message>
        <source>Returned for changes: open it to read the supervisor&apos;s comment</source>
        <translation>已退回修改：打开申请可查看审核人的意见</translation>
    </message>
    <message>
        <source>Aid proposal</source>
        <translation>帮扶申请</translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>已获帮扶</translation>
    </message>
    <message>
        <source>Aid proposals (double-click to open)</source>
        <translation>帮扶申请（双击打开）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>受助人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>HouseholdCodes</name>
    <message>
        <source>Own home</source>
        <translation>自有住房</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>租房</translation>
    </message>
    <message>
        <source>Public rental housing</source>
        <translation>公租房</translation>
    </message>
    <message>
        <source>Living with relatives</source>
        <translation>借住亲友家</translation>
    </message>
    <message>
        <source>No fixed home</source>
        <translation>无固定住所</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>因病</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>因残</translation>
    </message>
    <message>
        <source>Schooling costs</source>
        <translation>因学</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>失业</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>因意外</translation>
    </message>
    <message>
        <source>Natural disaster</source>
        <translation>因灾</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation>收入低</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation>公婆/岳父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女/外孙子女</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>Major illness</source>
        <translation>重大疾病</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Flexible employment</source>
        <translation>灵活就业</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>失业</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>在校生</translation>
    </message>
    <message>
        <source>Preschool child</source>
        <translation>学龄前儿童</translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation>丧失劳动能力</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>务农</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>中等职业学校</translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation>大专</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学本科</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
</context>
<context>
    <name>HouseholdDetailPanel</name>
    <message>
        <source>The members could not be read: %1</source>
        <translation>无法读取家庭成员：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>请先选择一名家庭成员。</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in to see full ID numbers.</source>
        <translation>尚未登录：请登录后查看完整身份证号码。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>显示完整身份证号码</translation>
    </message>
    <message>
        <source>Shows the selected member&apos;s full ID number. Who saw it and when is recorded.</source>
        <translation>显示所选家庭成员的完整身份证号码。查看人和查看时间将被记录。</translation>
    </message>
    <message>
        <source>Log &amp;visit…</source>
        <translation>登记走访(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close file…</source>
        <translation>关闭档案(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>打开档案(&amp;F)…</translation>
    </message>
    <message>
        <source>Propose &amp;aid…</source>
        <translation>申请帮扶(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>HouseholdExit</name>
    <message>
        <source>The household does not exist in this database.</source>
        <translation>该家庭在本数据库中不存在。</translation>
    </message>
    <message>
        <source>The file %1 is closed and can no longer be changed.</source>
        <translation>档案 %1 已关闭，不能再修改。</translation>
    </message>
    <message>
        <source>Choose why the file is closed.</source>
        <translation>请选择关闭档案的原因。</translation>
    </message>
    <message>
        <source>%1 is not a reason for closing a file.</source>
        <translation>%1 不是有效的关闭档案原因。</translation>
    </message>
    <message>
        <source>Describe the reason for closing the file.</source>
        <translation>请说明关闭档案的原因。</translation>
    </message>
    <message>
        <source>Enter the date the file is closed.</source>
        <translation>请输入档案关闭日期。</translation>
    </message>
    <message>
        <source>The closing date %1 is in the future.</source>
        <translation>关闭日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The file %1 is already closed.</source>
        <translation>档案 %1 已经关闭。</translation>
    </message>
    <message>
        <source>Only a filed household can be closed; this household was identified but never filed.</source>
        <translation>只有已建档的家庭才能关闭档案；该家庭已摸排但从未建档。</translation>
    </message>
    <message>
        <source>The closing date %1 is before the household was filed on %2.</source>
        <translation>关闭日期 %1 早于该家庭的建档日期 %2。</translation>
    </message>
    <message>
        <source>%1 File closed (%2): %3</source>
        <translation>%1 关闭档案（%2）：%3</translation>
    </message>
</context>
<context>
    <name>HouseholdFile</name>
    <message>
        <source>%1 is no longer a member of this household; open the file again.</source>
        <translation>%1 已不是该家庭的成员；请重新打开档案。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… 另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The household does not exist in this database.</source>
        <translation>该家庭在本数据库中不存在。</translation>
    </message>
    <message>
        <source>Open that file instead of registering the person twice.</source>
        <translation>请打开该档案，不要重复登记此人。</translation>
    </message>
    <message>
        <source>Only a household in hardship can be filed: the category is %1.</source>
        <translation>只有困难家庭才能建档：当前困难类别为“%1”。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1金额过大。</translation>
    </message>
    <message>
        <source>Choose the sub-district or town.</source>
        <translation>请选择街道/镇。</translation>
    </message>
    <message>
        <source>Enter the household&apos;s address.</source>
        <translation>请输入家庭地址。</translation>
    </message>
    <message>
        <source>The phone number may only hold digits, spaces, &apos;-&apos; and a leading &apos;+&apos;.</source>
        <translation>电话号码只能包含数字、空格、“-”以及开头的“+”。</translation>
    </message>
    <message>
        <source>Unknown kind of housing.</source>
        <translation>无法识别的住房情况。</translation>
    </message>
    <message>
        <source>The housing area must be between 0 and 100,000 m².</source>
        <translation>住房面积必须在 0 到 100,000 平方米之间。</translation>
    </message>
    <message>
        <source>Unknown cause of hardship.</source>
        <translation>无法识别的致困原因。</translation>
    </message>
    <message>
        <source>%1 is already the main cause; it cannot also be a secondary cause.</source>
        <translation>“%1”已是主要致困原因，不能同时作为次要致困原因。</translation>
    </message>
    <message>
        <source>A bank account number has 8 to 40 digits.</source>
        <translation>银行账号应为 8 至 40 位数字。</translation>
    </message>
    <message>
        <source>Enter the bank of the account.</source>
        <translation>请输入开户银行。</translation>
    </message>
    <message>
        <source>Give a reason for choosing a category other than the proposed one.</source>
        <translation>所选困难类别与拟定类别不同，请说明理由。</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>第 %1 名成员</translation>
    </message>
    <message>
        <source>%1: enter the name.</source>
        <translation>%1：请输入姓名。</translation>
    </message>
    <message>
        <source>%1: choose the relationship to the head of household.</source>
        <translation>%1：请选择与户主关系。</translation>
    </message>
    <message>
        <source>%1: the head of household&apos;s ID number is required.</source>
        <translation>%1：户主的身份证号码为必填项。</translation>
    </message>
    <message>
        <source>%1: ID number %2: %3.</source>
        <translation>%1：身份证号码 %2：%3。</translation>
    </message>
    <message>
        <source>%1: the sex does not match the ID number.</source>
        <translation>%1：性别与身份证号码不符。</translation>
    </message>
    <message>
        <source>%1: the date of birth does not match the ID number (%2).</source>
        <translation>%1：出生日期与身份证号码不符（应为 %2）。</translation>
    </message>
    <message>
        <source>%1: ID number %2 is already entered for member %3 of this file.</source>
        <translation>%1：身份证号码 %2 已填写在本档案第 %3 名成员名下。</translation>
    </message>
    <message>
        <source>%1: the date of birth lies in the future.</source>
        <translation>%1：出生日期晚于今天。</translation>
    </message>
    <message>
        <source>%1: unknown sex.</source>
        <translation>%1：无法识别的性别。</translation>
    </message>
    <message>
        <source>%1: the phone number may only hold digits, spaces, &apos;-&apos; and a leading &apos;+&apos;.</source>
        <translation>%1：电话号码只能包含数字、空格、“-”以及开头的“+”。</translation>
    </message>
    <message>
        <source>%1: unknown answer &quot;%2&quot;.</source>
        <translation>%1：无法识别的填写内容“%2”。</translation>
    </message>
    <message>
        <source>%1: the monthly income must be between 0 and %2.</source>
        <translation>%1：月收入必须在 0 至 %2 之间。</translation>
    </message>
    <message>
        <source>The survey date lies in the future.</source>
        <translation>调查日期晚于今天。</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>经营性收入</translation>
    </message>
    <message>
        <source>Pensions</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>失业保险金</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿金</translation>
    </message>
    <message>
        <source>Interest and rent</source>
        <translation>利息和租金收入</translation>
    </message>
    <message>
        <source>Maintenance received</source>
        <translation>赡养（抚养、扶养）费</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Medical costs</source>
        <translation>因病支出</translation>
    </message>
    <message>
        <source>Disability costs</source>
        <translation>因残支出</translation>
    </message>
    <message>
        <source>Schooling costs</source>
        <translation>因学支出</translation>
    </message>
    <message>
        <source>Necessary job costs</source>
        <translation>必要的就业支出</translation>
    </message>
    <message>
        <source>Losses from accidents</source>
        <translation>意外损失</translation>
    </message>
    <message>
        <source>Enter the members of the household, the head of household first.</source>
        <translation>请填写家庭成员，户主排在第一位。</translation>
    </message>
    <message>
        <source>Mark one member as the head of household.</source>
        <translation>请将一名成员标为户主。</translation>
    </message>
    <message>
        <source>Only one member can be the head of household.</source>
        <translation>只能有一名成员为户主。</translation>
    </message>
    <message>
        <source>%1 is already registered, in the household with file number %2.</source>
        <translation>%1 已登记在档案编号为 %2 的家庭中。</translation>
    </message>
    <message>
        <source>%1 is already registered, in the household of %2 (not filed yet).</source>
        <translation>%1 已登记在 %2 的家庭中（尚未建档）。</translation>
    </message>
    <message>
        <source>All file numbers of %1 are used.</source>
        <translation>%1 年的档案编号已全部用完。</translation>
    </message>
</context>
<context>
    <name>HouseholdFileDialog</name>
    <message>
        <source>Household file</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>家庭情况(&amp;H)</translation>
    </message>
    <message>
        <source>File number:</source>
        <translation>档案编号：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Sub-district or town:</source>
        <translation>街道/镇(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Community or village:</source>
        <translation>社区/村(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>building, unit, room or village and house number</source>
        <translation>楼号、单元、房间号，或村名和门牌号</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>employer of the worker</source>
        <translation>职工所在单位</translation>
    </message>
    <message>
        <source>&amp;Housing:</source>
        <translation>住房情况(&amp;H)：</translation>
    </message>
    <message>
        <source>Housing &amp;area (m²):</source>
        <translation>住房面积（平方米）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>开户银行(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. 临沂农商银行</source>
        <translation>如 临沂农商银行</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>银行账号(&amp;N)：</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>账户户名(&amp;H)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>家庭成员(&amp;M)</translation>
    </message>
    <message>
        <source>One row per person living in the household, the head of household first. Sex and date of birth are taken from the ID number.</source>
        <translation>家庭中的每位成员各占一行，户主排在第一行。性别和出生日期根据身份证号码自动填写。</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>移除成员(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Income and expenditure</source>
        <translation>收入和支出(&amp;I)</translation>
    </message>
    <message>
        <source>Survey &amp;date:</source>
        <translation>调查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Household income in the year (yuan)</source>
        <translation>家庭年收入（元）</translation>
    </message>
    <message>
        <source>&amp;Wages:</source>
        <translation>工资性收入(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Business income:</source>
        <translation>经营性收入(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Pensions:</source>
        <translation>养老金(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unemployment benefit:</source>
        <translation>失业保险金(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Compensation:</source>
        <translation>赔偿金(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Interest and rent:</source>
        <translation>利息和租金收入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Maintenance received:</source>
        <translation>赡养（抚养、扶养）费(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Other income:</source>
        <translation>其他收入(&amp;O)：</translation>
    </message>
    <message>
        <source>Rigid expenditure in the year (yuan)</source>
        <translation>年度刚性支出（元）</translation>
    </message>
    <message>
        <source>Medical &amp;costs:</source>
        <translation>因病支出(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Disability costs:</source>
        <translation>因残支出(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Schooling costs:</source>
        <translation>因学支出(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Necessary job costs:</source>
        <translation>必要的就业支出(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Losses from accidents:</source>
        <translation>意外损失(&amp;L)：</translation>
    </message>
    <message>
        <source>A worker of the household was injured, disabled or killed in a sudden event or has a major illness, and the family is still in difficulty after compensation and aid</source>
        <translation>家庭中有职工因突发事件或重大疾病受伤、致残或死亡，经赔偿和救助后家庭仍然困难</translation>
    </message>
    <message>
        <source>Causes and &amp;assessment</source>
        <translation>致困原因和认定(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Main cause of hardship:</source>
        <translation>主要致困原因(&amp;M)：</translation>
    </message>
    <message>
        <source>Secondary causes:</source>
        <translation>次要致困原因：</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>困难认定</translation>
    </message>
    <message>
        <source>Proposed category:</source>
        <translation>拟定困难类别：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>困难类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reason for a different category:</source>
        <translation>调整困难类别的理由(&amp;R)：</translation>
    </message>
    <message>
        <source>why the proposal does not fit this household</source>
        <translation>说明拟定类别为何不适用于该家庭</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save and &amp;file</source>
        <translation>保存并建档(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open the file of %1</source>
        <translation>打开 %1 的档案</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>As proposed</source>
        <translation>采用拟定类别</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>This file cannot be changed.</source>
        <translation>此档案不能修改。</translation>
    </message>
    <message>
        <source>not filed yet</source>
        <translation>尚未建档</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新增家庭</translation>
    </message>
    <message>
        <source>Household file %1</source>
        <translation>家庭档案 %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Show &amp;ID number</source>
        <translation>显示身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>Earlier surveys</source>
        <translation>历次调查</translation>
    </message>
    <message>
        <source>Survey date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人口数</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>家庭年收入</translation>
    </message>
    <message>
        <source>Rigid expenditure</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <source>Per person a month</source>
        <translation>人均月收入</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>认定类别</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>采集方式</translation>
    </message>
    <message>
        <source>Entered in the file</source>
        <translation>直接录入档案</translation>
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
        <translation>下次复核</translation>
    </message>
</context>
<context>
    <name>HouseholdSearchBar</name>
    <message>
        <source>Search: name, pinyin or initials, ID number, phone or file number</source>
        <translation>查找：姓名、拼音或首字母、身份证号码、电话或档案编号</translation>
    </message>
    <message>
        <source>Re-verification overdue</source>
        <translation>逾期未复核</translation>
    </message>
    <message>
        <source>All sub-districts and towns</source>
        <translation>全部街道和镇</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部困难类别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>HouseholdsView</name>
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
    <message numerus="yes">
        <source>%n household(s) match.</source>
        <translation>
            <numerusform>共有 %n 户家庭符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>新增家庭(&amp;N)…</translation>
    </message>
    <message>
        <source>Double-click a household to open its file.</source>
        <translation>双击家庭可打开其档案。</translation>
    </message>
    <message>
        <source>Household file</source>
        <translation>家庭档案</translation>
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
    <name>InvoiceTable</name>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>基本医保统筹支付</translation>
    </message>
    <message>
        <source>Personal share</source>
        <translation>个人自付部分</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>第 %1 张发票</translation>
    </message>
    <message>
        <source>%1: the date &quot;%2&quot; is not a date like 2026-05-20.</source>
        <translation>%1：“%2”不是有效日期，请按 2026-05-20 的格式填写。</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1，%2：%3。</translation>
    </message>
</context>
<context>
    <name>LinePaymentDialog</name>
    <message>
        <source>Bank &amp;reference:</source>
        <translation>银行流水号(&amp;R)：</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记发放</translation>
    </message>
    <message>
        <source>Cash, recipient signed the sheet</source>
        <translation>现金，领取人已在发放表上签字</translation>
    </message>
    <message>
        <source>Cash, recipient gave a thumbprint</source>
        <translation>现金，领取人已按手印</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 in all.</source>
        <translation>
            <numerusform>%n 行，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>发放方式(&amp;P)：</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>发放日期(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>MaClaimAttachments</name>
    <message>
        <source>Application form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Settlement sheet</source>
        <translation>医保结算单</translation>
    </message>
    <message>
        <source>Discharge record</source>
        <translation>出院记录</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The invoice is not one of this claim&apos;s invoices.</source>
        <translation>该发票不属于此申领。</translation>
    </message>
    <message>
        <source>Choose what kind of document %1 is.</source>
        <translation>请选择 %1 的材料类型。</translation>
    </message>
    <message>
        <source>The attachment is not one of this claim&apos;s documents.</source>
        <translation>该附件不属于此申领的材料。</translation>
    </message>
</context>
<context>
    <name>MaClaimDuplicates</name>
    <message>
        <source>Invoice %1 of %2 is also in a draft claim of %3.</source>
        <translation>%2 的发票 %1 也出现在 %3 的申领草稿中。</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is also in claim %3 of %4 (%5).</source>
        <translation>%2 的发票 %1 也出现在 %4 的申领 %3（%5）中。</translation>
    </message>
</context>
<context>
    <name>MaClaimListModel</name>
    <message>
        <source>Claim no.</source>
        <translation>申领编号</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>互助方案</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入院日期</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Personal share</source>
        <translation>个人自付部分</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>补助金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>MaClaimWorkflow</name>
    <message>
        <source>Claim %1 is %2.</source>
        <translation>申领 %1 当前状态为“%2”。</translation>
    </message>
    <message>
        <source>You entered this claim yourself; another supervisor must decide on it.</source>
        <translation>此申领由您本人录入，须由其他审核人审批。</translation>
    </message>
    <message>
        <source>Only a draft can be submitted.</source>
        <translation>只有草稿才能提交。</translation>
    </message>
    <message>
        <source>Add the invoices before submitting the claim.</source>
        <translation>请先添加发票，再提交申领。</translation>
    </message>
    <message>
        <source>The same invoice cannot be claimed twice; check both claims.</source>
        <translation>同一张发票不能重复申领；请核对这两条申领。</translation>
    </message>
    <message>
        <source>Only a submitted claim can be approved.</source>
        <translation>只有已提交的申领才能批准。</translation>
    </message>
    <message>
        <source>The plan pays nothing for this claim: %1 Reject it, giving the reason.</source>
        <translation>按方案，此申领不予补助：%1 请驳回并说明理由。</translation>
    </message>
    <message>
        <source>Only a submitted claim can be rejected.</source>
        <translation>只有已提交的申领才能驳回。</translation>
    </message>
    <message>
        <source>Give the reason for rejecting the claim; the member is told it.</source>
        <translation>请填写驳回申领的理由；该理由将告知参保人。</translation>
    </message>
    <message>
        <source>Only an approved claim can be marked as paid.</source>
        <translation>只有已批准的申领才能登记为已支付。</translation>
    </message>
    <message>
        <source>Enter the day the payout was paid.</source>
        <translation>请输入补助金的支付日期。</translation>
    </message>
    <message>
        <source>The payment date %1 is before the approval on %2.</source>
        <translation>支付日期 %1 早于批准日期 %2。</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation>支付日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Enter the payment reference (bank reference or receipt number).</source>
        <translation>请输入支付凭证号（银行流水号或收据号）。</translation>
    </message>
</context>
<context>
    <name>MaClaims</name>
    <message>
        <source>The claim does not exist in this database.</source>
        <translation>该申领在本数据库中不存在。</translation>
    </message>
    <message>
        <source>Choose the enrolment the claim is made under.</source>
        <translation>请选择此申领所依据的参保记录。</translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation>请输入发票号码。</translation>
    </message>
    <message>
        <source>Enter the invoice date.</source>
        <translation>请输入开票日期。</translation>
    </message>
    <message>
        <source>The invoice date %1 is in the future.</source>
        <translation>开票日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation>金额 %1 过大。</translation>
    </message>
    <message>
        <source>The basic-insurance reimbursement (%1) and the personal share (%2) add up to more than the total (%3).</source>
        <translation>基本医保统筹支付（%1）与个人自付部分（%2）之和超过了发票总金额（%3）。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Enter the hospital.</source>
        <translation>请输入医院名称。</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Enter the day of admission.</source>
        <translation>请输入入院日期。</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入院日期</translation>
    </message>
    <message>
        <source>Enter the day of discharge.</source>
        <translation>请输入出院日期。</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>The discharge cannot be before the admission.</source>
        <translation>出院日期不能早于入院日期。</translation>
    </message>
    <message>
        <source>The discharge date %1 is in the future.</source>
        <translation>出院日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The plan %1 lists no disease %2.</source>
        <translation>方案“%1”的指定病种中没有 %2。</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>第 %1 张发票</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is listed twice.</source>
        <translation>%2 的发票 %1 重复列出。</translation>
    </message>
    <message>
        <source>Claim %1 is %2; only a draft can be changed.</source>
        <translation>申领 %1 当前状态为“%2”；只有草稿才能修改。</translation>
    </message>
    <message>
        <source>Invoice %1 is not one of this claim&apos;s invoices.</source>
        <translation>发票 %1 不属于此申领。</translation>
    </message>
</context>
<context>
    <name>MaEnrolmentImport</name>
    <message>
        <source>The file has a header but no rows of people.</source>
        <translation>文件只有标题行，没有人员数据行。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>The list has problems; nobody was enrolled.</source>
        <translation>名单存在问题；未为任何人办理参保。</translation>
    </message>
    <message>
        <source>Check the list again; nobody was enrolled.</source>
        <translation>请重新检查名单；未为任何人办理参保。</translation>
    </message>
    <message>
        <source>The spreadsheet turned the date into the number %1. Format the column as text or as a date and type the dates again.</source>
        <translation>电子表格已将日期转换为数字 %1。请将该列设置为文本或日期格式，再重新输入日期。</translation>
    </message>
    <message>
        <source>Unreadable date &quot;%1&quot;: write it as 2026-01-15.</source>
        <translation>无法识别的日期“%1”：请按 2026-01-15 的格式填写。</translation>
    </message>
    <message>
        <source>The same receipt number as on row %1.</source>
        <translation>与第 %1 行的收据号相同。</translation>
    </message>
    <message>
        <source>The household register has this ID number for %1; check the name and the ID number.</source>
        <translation>家庭档案中此身份证号码登记的是 %1；请核对姓名和身份证号码。</translation>
    </message>
</context>
<context>
    <name>MaEnrolmentListModel</name>
    <message>
        <source>Not paid</source>
        <translation>未缴费</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>互助方案</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>缴费金额</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>申领次数</translation>
    </message>
    <message>
        <source>In register</source>
        <translation>在家庭档案中</translation>
    </message>
</context>
<context>
    <name>MaEnrolments</name>
    <message>
        <source>The enrolment does not exist in this database.</source>
        <translation>该参保记录在本数据库中不存在。</translation>
    </message>
    <message>
        <source>There is no mutual-aid plan %1; name it by its id or as YEAR:NAME.</source>
        <translation>没有医疗互助方案 %1；请用方案 ID 或 YEAR:NAME（年度:方案名称）指定。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>互助方案</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>缴费金额</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>%1 is already enrolled in %2 (not paid yet).</source>
        <translation>%1 已参加“%2”（尚未缴费）。</translation>
    </message>
    <message>
        <source>%1 is already enrolled in %2 (paid on %3).</source>
        <translation>%1 已参加“%2”（%3 缴费）。</translation>
    </message>
    <message>
        <source>%1 is already enrolled in %2 (receipt %3, paid on %4).</source>
        <translation>%1 已参加“%2”（收据号 %3，%4 缴费）。</translation>
    </message>
    <message>
        <source>The member does not exist in the household register.</source>
        <translation>家庭档案中没有该人员。</translation>
    </message>
    <message>
        <source>Choose the plan to enrol in.</source>
        <translation>请选择要参保的方案。</translation>
    </message>
    <message>
        <source>The member has no ID number in the household register; add it there first.</source>
        <translation>家庭档案中没有该人员的身份证号码；请先在档案中补充。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>Invalid ID number: %1.</source>
        <translation>身份证号码无效：%1。</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation>缴费日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The payment date %1 is outside the plan&apos;s enrolment window (%2 to %3).</source>
        <translation>缴费日期 %1 不在本方案的参保登记期（%2 至 %3）内。</translation>
    </message>
    <message>
        <source>The receipt number %1 is already used in this plan, by the enrolment of %2.</source>
        <translation>收据号 %1 在本方案中已被 %2 的参保记录使用。</translation>
    </message>
    <message>
        <source>The contribution cannot be negative.</source>
        <translation>缴费金额不能为负数。</translation>
    </message>
    <message>
        <source>The contribution is too large.</source>
        <translation>缴费金额过大。</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, &quot;-&quot; and a leading &quot;+&quot;.</source>
        <translation>电话号码只能包含数字、空格、“-”以及开头的“+”。</translation>
    </message>
</context>
<context>
    <name>MaPlan</name>
    <message>
        <source>The amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>The number of days must not be negative.</source>
        <translation>天数不能为负数。</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>The plan needs at least one band.</source>
        <translation>方案至少需要设置一个分段。</translation>
    </message>
    <message>
        <source>The first band must start at %1.</source>
        <translation>第一段必须从 %1 开始。</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>The ratio must be between 0% and 100%.</source>
        <translation>比例必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The band must end above where it starts.</source>
        <translation>分段的上限必须高于下限。</translation>
    </message>
    <message>
        <source>Only the last band may be open-ended.</source>
        <translation>只有最后一段可以不设上限。</translation>
    </message>
    <message>
        <source>The last band must be open-ended; limit payouts with a cap instead.</source>
        <translation>最后一段必须不设上限；如需限制补助金额，请设置封顶线。</translation>
    </message>
    <message>
        <source>The band must start where band %1 ends (%2).</source>
        <translation>本段必须从第 %1 段的上限（%2）开始。</translation>
    </message>
    <message>
        <source>Listed disease %1</source>
        <translation>第 %1 个指定病种</translation>
    </message>
    <message>
        <source>The disease needs a code.</source>
        <translation>请填写病种代码。</translation>
    </message>
    <message>
        <source>The code %1 is listed twice.</source>
        <translation>病种代码 %1 重复列出。</translation>
    </message>
    <message>
        <source>The disease needs a name.</source>
        <translation>请填写病种名称。</translation>
    </message>
    <message>
        <source>Listed diseases</source>
        <translation>指定病种</translation>
    </message>
    <message>
        <source>An inpatient product pays from bands on the personal share and lists no diseases.</source>
        <translation>住院互助项目按个人自付部分分段计算补助，不列明病种。</translation>
    </message>
    <message>
        <source>A listed-disease product needs at least one listed disease.</source>
        <translation>指定病种互助项目至少需要列明一个病种。</translation>
    </message>
    <message>
        <source>A listed-disease product pays lump sums and has no bands.</source>
        <translation>指定病种互助项目按病种一次性补助，不设分段。</translation>
    </message>
    <message>
        <source>A women&apos;s product pays either lump sums for listed diseases or from bands, not both.</source>
        <translation>女职工互助项目或按指定病种一次性补助，或按分段计算补助，二者只能选其一。</translation>
    </message>
    <message>
        <source>Enrolment window</source>
        <translation>参保登记期</translation>
    </message>
    <message>
        <source>Give both the first and the last day of the enrolment window, or neither.</source>
        <translation>请同时填写参保登记期的起止日期，或都不填。</translation>
    </message>
    <message>
        <source>The enrolment window ends before it starts.</source>
        <translation>参保登记期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>保障期</translation>
    </message>
    <message>
        <source>The term needs a first and a last day.</source>
        <translation>请填写保障期的起止日期。</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>保障期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>等待期</translation>
    </message>
    <message>
        <source>Claim deadline</source>
        <translation>申报期限</translation>
    </message>
    <message>
        <source>Give the claim deadline either in days after discharge or as a fixed date, not both.</source>
        <translation>申报期限请按出院后天数或固定日期填写，二者只能选其一。</translation>
    </message>
    <message>
        <source>The claim deadline is before the term starts.</source>
        <translation>申报期限早于保障期开始日期。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>年度必须在 2000 年到 2100 年之间。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The plan needs a name.</source>
        <translation>请填写方案名称。</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>缴费金额</translation>
    </message>
    <message>
        <source>Deductible per admission</source>
        <translation>单次住院起付线</translation>
    </message>
    <message>
        <source>Deductible per term</source>
        <translation>保障期起付线</translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation>最低补助额</translation>
    </message>
    <message>
        <source>Cap per claim</source>
        <translation>单次申领封顶线</translation>
    </message>
    <message>
        <source>Cap per member and term</source>
        <translation>保障期内每人封顶线</translation>
    </message>
    <message>
        <source>The minimum payout is more than the cap per claim.</source>
        <translation>最低补助额高于单次申领封顶线。</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>A document type is empty.</source>
        <translation>有一项材料类型为空。</translation>
    </message>
    <message>
        <source>The document type %1 is listed twice.</source>
        <translation>材料类型“%1”重复列出。</translation>
    </message>
    <message>
        <source>The plan has an unknown value %1 in %2.</source>
        <translation>方案的 %2 中有无法识别的值 %1。</translation>
    </message>
    <message>
        <source>The mutual-aid plan %1 does not exist.</source>
        <translation>医疗互助方案 %1 不存在。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>互助项目</translation>
    </message>
    <message>
        <source>Band mode</source>
        <translation>分段计算方式</translation>
    </message>
    <message>
        <source>Below the minimum</source>
        <translation>低于最低补助额时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MaPlanFields</name>
    <message>
        <source>Band %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>Listed disease %1</source>
        <translation>第 %1 个指定病种</translation>
    </message>
    <message>
        <source>The first band must start at %1.</source>
        <translation>第一段必须从 %1 开始。</translation>
    </message>
</context>
<context>
    <name>MaPlanImport</name>
    <message>
        <source>This id belongs to the plan %1 of %2 in this database. For a new plan, delete the id; to rename that plan, rename it in the plan editor first.</source>
        <translation>此 ID 属于本数据库中 %2 年度的方案“%1”。如为新方案，请删除 ID；如要重命名该方案，请先在方案编辑器中重命名。</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) under this plan have been approved or paid, so what decides a payout can no longer change: %1.</source>
        <translation>
            <numerusform>本方案已有 %n 条申领获批准或已支付，因此决定补助金额的规则不能再修改：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1: added.</source>
        <translation>%1：已添加。</translation>
    </message>
    <message>
        <source>%1: would be added.</source>
        <translation>%1：将添加。</translation>
    </message>
    <message>
        <source>%1: changed (%2).</source>
        <translation>%1：已修改（%2）。</translation>
    </message>
    <message>
        <source>%1: would change (%2).</source>
        <translation>%1：将修改（%2）。</translation>
    </message>
    <message>
        <source>%1: unchanged.</source>
        <translation>%1：无变化。</translation>
    </message>
</context>
<context>
    <name>MaPlanJson</name>
    <message>
        <source>Not a percentage: write it like &quot;30%&quot; or &quot;32.5%&quot; (at most one decimal).</source>
        <translation>不是百分数：请写成 &quot;30%&quot; 或 &quot;32.5%&quot; 的形式（最多一位小数）。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Unknown key (misspelt?); the keys are listed in docs/mutual-aid-plans.md.</source>
        <translation>无法识别的键名（是否拼写有误？）；所有键名见 docs/mutual-aid-plans.md。</translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>此处必须填写值。</translation>
    </message>
    <message>
        <source>Write text in double quotes.</source>
        <translation>文字请写在英文双引号中。</translation>
    </message>
    <message>
        <source>Write the amount in yuan as text in double quotes, e.g. &quot;50,000.00&quot; or &quot;50000&quot;.</source>
        <translation>金额请以元为单位，写成英文双引号中的文字，如 &quot;50,000.00&quot; 或 &quot;50000&quot;。</translation>
    </message>
    <message>
        <source>Not an amount in yuan: %1.</source>
        <translation>不是以元为单位的金额：%1。</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Write a whole number (0 or more) without quotes, e.g. 90.</source>
        <translation>请写不带引号的整数（0 或以上），如 90。</translation>
    </message>
    <message>
        <source>Write a date as &quot;YYYY-MM-DD&quot;, e.g. &quot;2014-12-31&quot;.</source>
        <translation>日期请写成 &quot;YYYY-MM-DD&quot;，如 &quot;2014-12-31&quot;。</translation>
    </message>
    <message>
        <source>Write one of %1.</source>
        <translation>请填写以下之一：%1。</translation>
    </message>
    <message>
        <source>Write a list in square brackets: [ ... ].</source>
        <translation>列表请写在方括号中：[ ... ]。</translation>
    </message>
    <message>
        <source>Write each entry in braces: { ... }.</source>
        <translation>每一项请写在花括号中：{ ... }。</translation>
    </message>
    <message>
        <source>Write a list in square brackets, e.g. [&quot;id_card&quot;, &quot;invoice&quot;].</source>
        <translation>列表请写在方括号中，如 [&quot;id_card&quot;, &quot;invoice&quot;]。</translation>
    </message>
    <message>
        <source>Keep the id as exported, or write null for a new plan.</source>
        <translation>请保留导出时的 id；新方案请写 null。</translation>
    </message>
    <message>
        <source>The file has a plan of %1 with this name already (plans[%2]).</source>
        <translation>文件中已有同名的 %1 年度方案（plans[%2]）。</translation>
    </message>
    <message>
        <source>The file has a plan with this id already (plans[%1]); delete the id of a copied plan.</source>
        <translation>文件中已有使用此 id 的方案（plans[%1]）；复制的方案请删除其 id。</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1. Look for a missing comma, quote or bracket here or just before.</source>
        <translation>这不是有效的 JSON：%1。请检查此处或其前面是否缺少逗号、引号或括号。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as, Encoding UTF-8).</source>
        <translation>文件不是 UTF-8 文本。请将其另存为 UTF-8 编码（在记事本中：另存为，编码选择 UTF-8）。</translation>
    </message>
    <message>
        <source>This is not a Bangfu plan file: it needs &quot;%1&quot;: &quot;%2&quot;.</source>
        <translation>这不是帮扶系统的方案文件：文件中须有 &quot;%1&quot;: &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Write the format version as a whole number, e.g. %1.</source>
        <translation>格式版本请写成整数，如 %1。</translation>
    </message>
    <message>
        <source>The file has format version %1, written by a newer Bangfu; this one reads version %2. Update Bangfu.</source>
        <translation>文件的格式版本为 %1，由更新版本的帮扶系统写入；本版本只能读取版本 %2。请升级帮扶系统。</translation>
    </message>
    <message>
        <source>Write the plans as a list in square brackets: &quot;plans&quot;: [ { ... } ].</source>
        <translation>方案请写成方括号中的列表：&quot;plans&quot;: [ { ... } ]。</translation>
    </message>
    <message>
        <source>Write each plan in braces: { ... }.</source>
        <translation>每个方案请写在花括号中：{ ... }。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>MaPlans</name>
    <message numerus="yes">
        <source>%n claim(s) under this plan have been approved or paid, so what decides a payout can no longer change: %1.</source>
        <translation>
            <numerusform>本方案已有 %n 条申领获批准或已支付，因此决定补助金额的规则不能再修改：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a plan called %1 in %2.</source>
        <translation>%2 年度已有名为“%1”的方案。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are enrolled in this plan, so it cannot be removed.</source>
        <translation>
            <numerusform>本方案已有 %n 人参保，不能删除。</numerusform>
        </translation>
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
        <translation>数据库：%1（数据版本 %2）</translation>
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
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>Hide the data until your password is entered again</source>
        <translation>隐藏数据，重新输入密码后才显示</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation>退出登录/切换用户(&amp;O)…</translation>
    </message>
    <message>
        <source>End your session so that someone else can sign in</source>
        <translation>结束当前会话，以便其他人登录</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Add users, reset passwords, disable or enable accounts</source>
        <translation>添加用户、重置密码、停用或启用账号</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), %3</source>
        <translation>当前用户：%1（%2），%3</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Import households…</source>
        <translation>导入家庭(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the households of a roster saved from Excel as CSV</source>
        <translation>添加从 Excel 另存为 CSV 格式的花名册中的家庭</translation>
    </message>
    <message>
        <source>&amp;Communities and villages…</source>
        <translation>社区和村(&amp;C)…</translation>
    </message>
    <message>
        <source>Add, rename or remove the communities and villages of each sub-district or town</source>
        <translation>添加、重命名或删除各街道/镇下的社区和村</translation>
    </message>
    <message>
        <source>&amp;Poverty lines and minimum wage…</source>
        <translation>低保标准和最低工资标准(&amp;P)…</translation>
    </message>
    <message>
        <source>Set the 低保 line and minimum wage of each year</source>
        <translation>设置每年的低保标准和最低工资标准</translation>
    </message>
    <message>
        <source>&amp;Mutual-aid plans…</source>
        <translation>医疗互助方案(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit the medical mutual-aid plans of each year; import and export plan files</source>
        <translation>编辑各年度的职工医疗互助方案；导入和导出方案文件</translation>
    </message>
    <message>
        <source>&amp;Aid programmes…</source>
        <translation>帮扶项目(&amp;A)…</translation>
    </message>
    <message>
        <source>Add or change the kinds of aid the union pays, their amounts, limits and approvals</source>
        <translation>添加或修改工会发放的各类帮扶项目，及其金额、限额和审批要求</translation>
    </message>
</context>
<context>
    <name>MemberDelegate</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Taken from the ID number</source>
        <translation>根据身份证号码自动填写</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Monthly income (yuan)</source>
        <translation>月收入（元）</translation>
    </message>
    <message>
        <source>School</source>
        <translation>就读学校</translation>
    </message>
    <message>
        <source>School stage</source>
        <translation>就读阶段</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Shown in part; &quot;Show ID number&quot; shows all of it and records that you saw it.</source>
        <translation>仅显示部分号码；点击“显示身份证号”可查看完整号码，查看将被记录。</translation>
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
    <name>MoneyEdit</name>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Not an amount: %1.</source>
        <translation>金额无效：%1。</translation>
    </message>
</context>
<context>
    <name>MyWorkModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>未建档</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>When</source>
        <translation>到期情况</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Community/village</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>a household surveyed but not yet filed</comment>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>MyWorkView</name>
    <message>
        <source>Your due visits could not be read: %1</source>
        <translation>无法读取您的待走访家庭：%1</translation>
    </message>
    <message>
        <source>Sign in to see the visits due in your households.</source>
        <translation>请登录后查看您负责家庭的待走访情况。</translation>
    </message>
    <message>
        <source>No visits are due within 7 days in the households you filed or visited, and none is overdue.</source>
        <translation>在您建档或走访过的家庭中，7 天内没有到期的走访，也没有逾期的走访。</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within 7 days, among the households you filed or visited. Double-click one to open its file.</source>
        <translation>在您建档或走访过的家庭中，%1 户已逾期，%2 户将在 7 天内到期。双击可打开其档案。</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within 7 days and %3 drafts not yet filed, among the households you entered or visited. Double-click one to open its file.</source>
        <translation>在您录入或走访过的家庭中，%1 户已逾期，%2 户将在 7 天内到期，另有 %3 份草稿尚未建档。双击可打开其档案。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>as printed on forms, e.g. 张丽</source>
        <translation>打印在表格上的姓名，如 张丽</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>for signing in, e.g. zhangli</source>
        <translation>用于登录，如 zhangli</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>再次输入密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Caseworkers file households, visits, surveys and claims and propose aid. Supervisors also approve or reject aid and claims. Administrators manage accounts, programmes, plans and settings.</source>
        <translation>经办人负责家庭建档，登记走访、调查和申领，并提出帮扶申请。审核人还可批准或驳回帮扶申请和申领。管理员负责管理账号、帮扶项目、互助方案和设置。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the password again.</source>
        <translation>两次输入的密码不一致，请重新输入密码。</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New disbursement batch</source>
        <translation>新建发放批次</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>发放项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sub-district:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. %1 Spring Festival</source>
        <translation>如 %1 春节</translation>
    </message>
    <message>
        <source>Made from the programme, period and sub-district</source>
        <translation>根据发放项目、期间和街道自动生成</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Approved proposals not yet on a batch (untick those to leave for a later batch):</source>
        <translation>尚未列入批次的已批准申请（取消勾选的申请将留待以后的批次发放）：</translation>
    </message>
    <message>
        <source>Create batch</source>
        <translation>创建批次</translation>
    </message>
    <message>
        <source>No approved proposals of this programme are waiting for a batch.</source>
        <translation>该项目没有等待列入批次的已批准申请。</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) chosen, %1 in all.</source>
        <translation>
            <numerusform>已选 %n 项申请，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add proposals to batch %1</source>
        <translation>向批次 %1 添加申请</translation>
    </message>
    <message>
        <source>Add to batch</source>
        <translation>加入批次</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice. The new password needs at least %1 characters.</source>
        <translation>请输入当前密码，再输入两遍新密码。新密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Choose a new password for %1 and tell it to them in person. It needs at least %2 characters.</source>
        <translation>请为 %1 设置新密码，并当面告知本人。新密码至少需要 %2 个字符。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the new password again.</source>
        <translation>两次输入的新密码不一致，请重新输入新密码。</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>内存不足，无法对密码进行加密保护。请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>PayoutCalculatorDialog</name>
    <message>
        <source>Payout calculator</source>
        <translation>补助测算</translation>
    </message>
    <message>
        <source>What a claim would pay under a plan, step by step, as for a claim on file. Nothing is stored.</source>
        <translation>按方案逐步测算一笔申领可获的补助金额，计算方法与正式申领相同。不保存任何数据。</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>互助方案(&amp;P)：</translation>
    </message>
    <message>
        <source>L&amp;oad plan file…</source>
        <translation>载入方案文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>保障期：</translation>
    </message>
    <message>
        <source>Personal &amp;share per invoice:</source>
        <translation>每张发票的个人自付部分(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add invoice</source>
        <translation>添加发票(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove invoice</source>
        <translation>删除发票(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dmitted on:</source>
        <translation>入院日期(&amp;D)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Dis&amp;charged on:</source>
        <translation>出院日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Contribution pa&amp;id on:</source>
        <translation>缴费日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Handed in on:</source>
        <translation>申领提交日期(&amp;H)：</translation>
    </message>
    <message>
        <source>Paid &amp;earlier this term:</source>
        <translation>本保障期已获补助(&amp;E)：</translation>
    </message>
    <message>
        <source>What the member&apos;s earlier claims in the term were paid: it counts towards the cap per term.</source>
        <translation>该参保人本保障期此前申领已获的补助，计入保障期内每人封顶线。</translation>
    </message>
    <message>
        <source>Personal share of &amp;those claims:</source>
        <translation>此前申领的个人自付部分(&amp;T)：</translation>
    </message>
    <message>
        <source>The personal share of the earlier claims: it used the deductible per term.</source>
        <translation>此前各次申领的个人自付部分，已计入保障期起付线。</translation>
    </message>
    <message>
        <source>&amp;Listed disease:</source>
        <translation>指定病种(&amp;L)：</translation>
    </message>
    <message>
        <source>How the payout is computed:</source>
        <translation>补助金额计算过程：</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>Load plan file</source>
        <translation>载入方案文件</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>方案文件 (*.json)</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1（文件 %2）</translation>
    </message>
    <message>
        <source>Personal share (¥)</source>
        <translation>个人自付部分（¥）</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no plan was loaded.</source>
        <translation>
            <numerusform>%1 中有 %n 个问题，未载入任何方案。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no plan.</source>
        <translation>文件中没有方案。</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>第 %1 张发票</translation>
    </message>
    <message>
        <source>There is no plan yet: load a plan file.</source>
        <translation>尚无方案，请载入方案文件。</translation>
    </message>
    <message>
        <source>The plans cannot be read: %1</source>
        <translation>无法读取方案：%1</translation>
    </message>
    <message>
        <source>Paid earlier this term</source>
        <translation>本保障期已获补助</translation>
    </message>
    <message>
        <source>Personal share of those claims</source>
        <translation>此前申领的个人自付部分</translation>
    </message>
</context>
<context>
    <name>PayoutEngine</name>
    <message>
        <source>%1: %2 − %3 = %4, all of it goes to the deductible</source>
        <comment>deductible: before − taken = after</comment>
        <translation>%1：%2 − %3 = %4，全部用于抵扣起付线</translation>
    </message>
    <message>
        <source>%1: %2 − %3 = %4</source>
        <comment>deductible: before − taken = after</comment>
        <translation>%1：%2 − %3 = %4</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a band of the personal share</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>above %1</source>
        <comment>an open-ended band of the personal share</comment>
        <translation>%1 以上</translation>
    </message>
    <message numerus="yes">
        <source>Personal share of %n invoice(s): %1</source>
        <translation>
            <numerusform>%n 张发票的个人自付部分：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deductible per admission %1</source>
        <translation>单次住院起付线 %1</translation>
    </message>
    <message>
        <source>Deductible per term %1: already used up by earlier claims in this term</source>
        <translation>保障期起付线 %1：已被本保障期内此前的申领抵扣完毕</translation>
    </message>
    <message>
        <source>Deductible per term %1, of which earlier claims in this term used %2</source>
        <translation>保障期起付线 %1，其中本保障期内此前的申领已抵扣 %2</translation>
    </message>
    <message>
        <source>Deductible per term %1</source>
        <translation>保障期起付线 %1</translation>
    </message>
    <message>
        <source>Band %1: %2 × %3 = %4</source>
        <translation>分段 %1：%2 × %3 = %4</translation>
    </message>
    <message>
        <source>Band %1: %2 × %3 = %4, rounded down to the fen</source>
        <translation>分段 %1：%2 × %3 = %4（不足 1 分的部分舍去）</translation>
    </message>
    <message>
        <source>The whole amount falls in the band %1: %2 × %3 = %4</source>
        <translation>全部金额落在分段 %1 内：%2 × %3 = %4</translation>
    </message>
    <message>
        <source>The whole amount falls in the band %1: %2 × %3 = %4, rounded down to the fen</source>
        <translation>全部金额落在分段 %1 内：%2 × %3 = %4（不足 1 分的部分舍去）</translation>
    </message>
    <message>
        <source>Sum of the bands: %1 = %2</source>
        <translation>各段合计：%1 = %2</translation>
    </message>
    <message>
        <source> + </source>
        <comment>between terms of a sum</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>Listed disease %1 %2: lump sum %3</source>
        <translation>指定病种 %1 %2：一次性补助 %3</translation>
    </message>
    <message>
        <source>%1 is less than the minimum payout %2: nothing is paid</source>
        <translation>%1 低于最低补助额 %2：不予支付</translation>
    </message>
    <message>
        <source>%1 is less than the minimum payout %2: raised to %3, all of the share left after the deductibles</source>
        <translation>%1 低于最低补助额 %2：提高至 %3，即扣除起付线后剩余的全部自付部分</translation>
    </message>
    <message>
        <source>%1 is less than the minimum payout %2: raised to %2</source>
        <translation>%1 低于最低补助额 %2：提高至 %2</translation>
    </message>
    <message>
        <source>%1 is more than the cap per claim %2: reduced to %2</source>
        <translation>%1 超过单次申领封顶线 %2：减至 %2</translation>
    </message>
    <message>
        <source>%1 is more than the cap per member and term %2: reduced to %2</source>
        <translation>%1 超过保障期内每人封顶线 %2：减至 %2</translation>
    </message>
    <message>
        <source>Cap per member and term %1, of which earlier claims in this term were paid %2: %3 is left, so %4 is reduced to %3</source>
        <translation>保障期内每人封顶线 %1，本保障期内此前的申领已支付 %2：尚余 %3，因此 %4 减至 %3</translation>
    </message>
    <message>
        <source>Payout: %1, the claim is refused</source>
        <translation>补助金额：%1，不予补助</translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation>补助金额：%1</translation>
    </message>
    <message>
        <source>The plan cannot be used: %1</source>
        <translation>该方案无法使用：%1</translation>
    </message>
    <message>
        <source>The claim needs an admission and a discharge date.</source>
        <translation>请填写入院日期和出院日期。</translation>
    </message>
    <message>
        <source>The discharge date %1 is before the admission date %2.</source>
        <translation>出院日期 %1 早于入院日期 %2。</translation>
    </message>
    <message>
        <source>The personal share of invoice %1 is negative or too large.</source>
        <translation>发票 %1 的个人自付金额为负数或过大。</translation>
    </message>
    <message>
        <source>The contribution for this plan year has not been paid: not covered.</source>
        <translation>本方案年度尚未缴费：不予补助。</translation>
    </message>
    <message>
        <source>Admitted on %1, outside the term %2 to %3: not covered.</source>
        <translation>于 %1 入院，不在保障期（%2 至 %3）内：不予补助。</translation>
    </message>
    <message>
        <source>Admitted on %1, before the contribution was paid on %2: not covered.</source>
        <translation>于 %1 入院，早于缴费日期 %2：不予补助。</translation>
    </message>
    <message numerus="yes">
        <source>Admitted on %1, within the waiting period of %n day(s) from %2 to %3: not covered.</source>
        <translation>
            <numerusform>于 %1 入院，处于 %n 天等待期（%2 至 %3）内：不予补助。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed in on %1, after the claim deadline %2 (%n day(s) after the discharge on %3): too late.</source>
        <translation>
            <numerusform>于 %1 提交申报，已超过申报期限 %2（%3 出院后 %n 天）：逾期不予受理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in on %1, after the claim deadline %2: too late.</source>
        <translation>于 %1 提交申报，已超过申报期限 %2：逾期不予受理。</translation>
    </message>
    <message>
        <source>No listed disease is given; this product pays only for listed diseases.</source>
        <translation>未填写指定病种；此互助项目只对指定病种给予补助。</translation>
    </message>
    <message>
        <source>The disease code %1 is not listed in this plan.</source>
        <translation>病种代码 %1 不在本方案的指定病种中。</translation>
    </message>
    <message>
        <source>The lump sum for %1 %2 was already paid in this term.</source>
        <translation>%1 %2 的一次性补助在本保障期内已支付过。</translation>
    </message>
</context>
<context>
    <name>PayoutQuotes</name>
    <message>
        <source>No payment date given: the contribution is taken as paid on %1, the day before the term starts.</source>
        <translation>未给出缴费日期：按保障期开始前一天 %1 缴费计算。</translation>
    </message>
    <message>
        <source>No dates given: admitted and discharged today, %1.</source>
        <translation>未给出日期：按今天（%1）入院并出院计算。</translation>
    </message>
    <message>
        <source>No dates given: admitted and discharged on %1, the first day of cover.</source>
        <translation>未给出日期：按保障第一天 %1 入院并出院计算。</translation>
    </message>
    <message>
        <source>No dates given: admitted and discharged on %1, the first day of the term.</source>
        <translation>未给出日期：按保障期第一天 %1 入院并出院计算。</translation>
    </message>
    <message>
        <source>No discharge date given: discharged on the day of admission, %1.</source>
        <translation>未给出出院日期：按入院当天 %1 出院计算。</translation>
    </message>
    <message>
        <source>No admission date given: admitted on the day of discharge, %1.</source>
        <translation>未给出入院日期：按出院当天 %1 入院计算。</translation>
    </message>
    <message>
        <source>No hand-in date given: handed in today, %1.</source>
        <translation>未给出申领提交日期：按今天 %1 提交计算。</translation>
    </message>
    <message>
        <source>No personal share of the earlier claims given: the deductible per term counts as not yet used.</source>
        <translation>未给出此前申领的个人自付部分：保障期起付线按尚未使用计算。</translation>
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
    <name>Permissions</name>
    <message>
        <source>Caseworker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>edit household files</source>
        <translation>编辑家庭档案</translation>
    </message>
    <message>
        <source>log visits and surveys</source>
        <translation>登记走访和调查</translation>
    </message>
    <message>
        <source>enter mutual-aid enrolments and claims</source>
        <translation>录入医疗互助参保和申领</translation>
    </message>
    <message>
        <source>propose aid</source>
        <translation>提出帮扶申请</translation>
    </message>
    <message>
        <source>approve or reject aid</source>
        <translation>批准或驳回帮扶申请</translation>
    </message>
    <message>
        <source>approve or reject mutual-aid claims</source>
        <translation>批准或驳回医疗互助申领</translation>
    </message>
    <message>
        <source>handle disbursement batches and payments</source>
        <translation>办理发放批次和发放</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <source>manage aid programmes</source>
        <translation>管理帮扶项目</translation>
    </message>
    <message>
        <source>manage mutual-aid plans</source>
        <translation>管理医疗互助方案</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>pair devices</source>
        <translation>配对设备</translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation>修改本人密码</translation>
    </message>
</context>
<context>
    <name>PlanChoice</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <source>Mutual-aid plans</source>
        <translation>医疗互助方案</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>新建方案(&amp;N)</translation>
    </message>
    <message>
        <source>Start next year&apos;s plan from the selected one</source>
        <translation>以所选方案为基础，创建下一年度的方案</translation>
    </message>
    <message>
        <source>Copy to ne&amp;xt year</source>
        <translation>复制到下一年度(&amp;X)</translation>
    </message>
    <message>
        <source>Add or update plans from a JSON plan file sent by the office</source>
        <translation>根据办公室发来的 JSON 方案文件添加或更新方案</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>Write the plans of the selected plan&apos;s year to a JSON plan file</source>
        <translation>将所选方案所在年度的全部方案写入 JSON 方案文件</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Remove plan</source>
        <translation>删除方案(&amp;R)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Payout rules</source>
        <translation>补助规则</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>点击问题可跳转到相应字段</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存方案(&amp;S)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>互助项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>参保人数</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) under this plan have been approved or paid, so what decides a payout can no longer change. The name, contribution, enrolment window, documents and notes may still be corrected.</source>
        <translation>
            <numerusform>本方案已有 %n 条申领获批准或已支付，因此决定补助金额的规则不能再修改。名称、缴费金额、参保登记期、所需材料和备注仍可更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>已保存方案“%1”（%2 年度）。</translation>
    </message>
    <message>
        <source>Select the plan to remove.</source>
        <translation>请选择要删除的方案。</translation>
    </message>
    <message>
        <source>The plan was removed.</source>
        <translation>方案已删除。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Discard them?</source>
        <translation>方案有尚未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Remove the plan %1 of %2?</source>
        <translation>要删除 %2 年度的方案“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1: nothing was imported. Fix the file and import it again.</source>
        <translation>
            <numerusform>%1 中有 %n 个问题：未导入任何数据。请修改文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no plans of %1.</source>
        <translation>没有 %1 年度的方案。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n plan(s) of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 年度的 %n 个方案写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import mutual-aid plans</source>
        <translation>导入医疗互助方案</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>方案文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation>要导入 %1 吗？</translation>
    </message>
    <message>
        <source>Select a plan of the year to export.</source>
        <translation>请选择要导出年度中的任一方案。</translation>
    </message>
    <message>
        <source>Export mutual-aid plans</source>
        <translation>导出医疗互助方案</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>方案文件 (*.json)</translation>
    </message>
    <message>
        <source>A copy for %1: check it and save.</source>
        <translation>已复制为 %1 年度的方案：请核对后保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was saved. Click a problem to go to its field.</source>
        <translation>
            <numerusform>发现 %n 个问题：未保存任何内容。点击问题可跳转到相应字段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRulesForm</name>
    <message>
        <source>&amp;Waiting period (days):</source>
        <translation>等待期（天）(&amp;W)：</translation>
    </message>
    <message>
        <source>Deductible per &amp;admission (yuan):</source>
        <translation>单次住院起付线（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Deductible per member and &amp;term (yuan):</source>
        <translation>保障期起付线（元）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Bands apply:</source>
        <translation>分段计算方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Minimum payout (yuan):</source>
        <translation>最低补助额（元）(&amp;M)：</translation>
    </message>
    <message>
        <source>Cap per &amp;claim (yuan):</source>
        <translation>单次申领封顶线（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>Cap per member and t&amp;erm (yuan):</source>
        <translation>保障期内每人封顶线（元）(&amp;E)：</translation>
    </message>
    <message>
        <source>Bands on the personal s&amp;hare (leave the last band&apos;s upper bound empty):</source>
        <translation>按个人自付部分分段（最后一段的上限留空）(&amp;H)：</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>添加分段</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>删除分段</translation>
    </message>
    <message>
        <source>&amp;Listed diseases and their lump sums:</source>
        <translation>指定病种及一次性补助金额(&amp;L)：</translation>
    </message>
    <message>
        <source>Add disease</source>
        <translation>添加病种</translation>
    </message>
    <message>
        <source>Remove disease</source>
        <translation>删除病种</translation>
    </message>
    <message>
        <source>From (yuan)</source>
        <translation>下限（元）</translation>
    </message>
    <message>
        <source>To (yuan)</source>
        <translation>上限（元）</translation>
    </message>
    <message>
        <source>Ratio (%)</source>
        <translation>比例（%）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>病种代码</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>病种名称</translation>
    </message>
    <message>
        <source>Lump sum (yuan)</source>
        <translation>一次性补助（元）</translation>
    </message>
    <message>
        <source>Marginal: each band at its own ratio, like income tax</source>
        <translation>超额累进：各段分别按本段比例计算（类似个人所得税）</translation>
    </message>
    <message>
        <source>Whole amount: the ratio of the band the total falls in</source>
        <translation>全额：按总额所在分段的比例计算</translation>
    </message>
    <message>
        <source>a smaller payout is raised to it</source>
        <translation>不足时提高至最低补助额</translation>
    </message>
    <message>
        <source>a smaller payout is not paid</source>
        <translation>不足时不予支付</translation>
    </message>
</context>
<context>
    <name>PlanTableDelegate</name>
    <message>
        <source>open-ended</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>empty: open-ended</source>
        <translation>留空表示不设上限</translation>
    </message>
    <message>
        <source>e.g. 32.5</source>
        <translation>如 32.5</translation>
    </message>
</context>
<context>
    <name>PlanTermsForm</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>as published, e.g. 岳阳市职工医疗互助 2014</source>
        <translation>与公布的名称一致，如 岳阳市职工医疗互助 2014</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>互助项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Contribution per member and year (yuan):</source>
        <translation>每人每年缴费金额（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Enrolment window:</source>
        <translation>参保登记期(&amp;E)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Term (cover):</source>
        <translation>保障期(&amp;T)：</translation>
    </message>
    <message>
        <source>Claim &amp;deadline:</source>
        <translation>申报期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;quired documents:</source>
        <translation>所需材料(&amp;Q)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source> days after discharge</source>
        <translation> 天（自出院之日起）</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>住院医疗互助</translation>
    </message>
    <message>
        <source>Listed diseases (lump sums)</source>
        <translation>指定病种（一次性补助）</translation>
    </message>
    <message>
        <source>Women&apos;s special diseases</source>
        <translation>女职工特殊疾病</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不设期限</translation>
    </message>
    <message>
        <source>Within days after discharge</source>
        <translation>出院后若干天内</translation>
    </message>
    <message>
        <source>On or before a date</source>
        <translation>截至指定日期</translation>
    </message>
</context>
<context>
    <name>PovertyLines</name>
    <message>
        <source>The year must lie between %1 and %2.</source>
        <translation>年度必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The 低保 line must be more than zero.</source>
        <translation>低保标准必须大于零。</translation>
    </message>
    <message>
        <source>The minimum wage must be more than zero.</source>
        <translation>最低工资标准必须大于零。</translation>
    </message>
</context>
<context>
    <name>PovertyLinesDialog</name>
    <message>
        <source>Poverty lines and minimum wage</source>
        <translation>低保标准和最低工资标准</translation>
    </message>
    <message>
        <source>The hardship assessment compares a household with the 低保 line of the survey&apos;s year and imputes the minimum wage to members of working age without work. A sub-district or town without a line of its own uses the district default of that year.</source>
        <translation>困难认定时，将家庭情况与调查所在年度的低保标准进行比较，并对处于劳动年龄但无业的成员按最低工资标准计入收入。未单独设置标准的街道/镇，采用该年度的全区默认标准。</translation>
    </message>
    <message>
        <source>Line of one year</source>
        <translation>年度标准</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>适用范围(&amp;A)：</translation>
    </message>
    <message>
        <source>per person, e.g. 1,080.00</source>
        <translation>按每人计，如 1,080.00</translation>
    </message>
    <message>
        <source>&amp;Minimum wage per month (yuan):</source>
        <translation>最低工资标准（元/月）(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. 2,100.00</source>
        <translation>如 2,100.00</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>where the figures were published</source>
        <translation>标准的发布出处</translation>
    </message>
    <message>
        <source>Adds the line, or replaces the figures of the line already set for this year and division</source>
        <translation>添加此标准；若该年度、该范围已设置标准，则替换其数值</translation>
    </message>
    <message>
        <source>&amp;Save line</source>
        <translation>保存标准(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>District default</source>
        <translation>全区默认标准</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>低保 per month (yuan)</source>
        <translation>低保标准（元/月）</translation>
    </message>
    <message>
        <source>Minimum wage per month (yuan)</source>
        <translation>最低工资标准（元/月）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Enter the 低保 line per month in yuan.</source>
        <translation>请输入每月低保标准（以元为单位）。</translation>
    </message>
    <message>
        <source>The 低保 line &quot;%1&quot; cannot be read: %2.</source>
        <translation>无法识别低保标准“%1”：%2。</translation>
    </message>
    <message>
        <source>Enter the minimum wage per month in yuan.</source>
        <translation>请输入每月最低工资标准（以元为单位）。</translation>
    </message>
    <message>
        <source>The minimum wage &quot;%1&quot; cannot be read: %2.</source>
        <translation>无法识别最低工资标准“%1”：%2。</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除标准</translation>
    </message>
    <message>
        <source>Remove the %1 line (%2)? Households surveyed in %1 are then assessed against another line, or cannot be assessed.</source>
        <translation>删除 %1 年度的标准（%2）吗？删除后，%1 年调查的家庭将按其他标准认定，或无法认定。</translation>
    </message>
    <message>
        <source>&amp;Dibao (低保) per month (yuan):</source>
        <translation>低保标准（元/月）(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>%1 %2 %3</source>
        <comment>time, who, what was done</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>An unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>已移除的家庭成员</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <comment>field from old to new</comment>
        <translation>%1由 %2 改为 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>failed to sign in as %1</source>
        <translation>以用户名 %1 登录失败</translation>
    </message>
    <message>
        <source>viewed the full ID number of %1</source>
        <translation>查看了 %1 的完整身份证号码</translation>
    </message>
    <message>
        <source>viewed the full %1 of a %2 record</source>
        <translation>查看了一条 %2 记录的完整%1</translation>
    </message>
    <message>
        <source>created the household file</source>
        <translation>新建了家庭档案</translation>
    </message>
    <message>
        <source>added member %1</source>
        <translation>添加了家庭成员 %1</translation>
    </message>
    <message>
        <source>created the account %1</source>
        <translation>创建了账号 %1</translation>
    </message>
    <message>
        <source>created a %1 record</source>
        <translation>新建了一条 %1 记录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what was done: values</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>修改了家庭档案：%1</translation>
    </message>
    <message>
        <source>changed member %1</source>
        <translation>修改了家庭成员 %1</translation>
    </message>
    <message>
        <source>changed the account %1</source>
        <translation>修改了账号 %1</translation>
    </message>
    <message>
        <source>changed a %1 record</source>
        <translation>修改了一条 %1 记录</translation>
    </message>
    <message>
        <source>deleted the household file</source>
        <translation>删除了家庭档案</translation>
    </message>
    <message>
        <source>removed member %1</source>
        <translation>移除了家庭成员 %1</translation>
    </message>
    <message>
        <source>deleted the account %1</source>
        <translation>删除了账号 %1</translation>
    </message>
    <message>
        <source>deleted a %1 record</source>
        <translation>删除了一条 %1 记录</translation>
    </message>
    <message>
        <source>did %1 on a %2 record</source>
        <translation>对一条 %2 记录执行了 %1</translation>
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
    <name>RosterCsv</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8 (comma delimited)&quot; or &quot;CSV (comma delimited)&quot; instead.</source>
        <translation>该文件为 UTF-16 编码（Excel 的“Unicode 文本”）。请改存为“CSV UTF-8(逗号分隔)”或“CSV(逗号分隔)”格式。</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this installation cannot read GB18030. Save the file as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>该文件不是 UTF-8 编码，而本机安装的程序无法读取 GB18030 编码。请将文件另存为“CSV UTF-8(逗号分隔)”格式。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from Excel as &quot;CSV UTF-8 (comma delimited)&quot; or &quot;CSV (comma delimited)&quot;.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 编码的文本。请在 Excel 中将其另存为“CSV UTF-8(逗号分隔)”或“CSV(逗号分隔)”格式。</translation>
    </message>
    <message>
        <source>A quoted field has no closing quote.</source>
        <translation>带引号的单元格缺少结束引号。</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation>结束引号之后出现了多余的文字。</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one.</source>
        <translation>单元格中出现引号，但该单元格不是以引号开头的。</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>This person is already registered, in the household with file number %1.</source>
        <translation>此人已登记在档案编号为 %1 的家庭中。</translation>
    </message>
    <message>
        <source>This person is already registered, in the household of %1 at %2 (not filed yet).</source>
        <translation>此人已登记在 %1 的家庭中，地址为 %2（尚未建档）。</translation>
    </message>
    <message>
        <source>This person is already registered, in the household of %1 (not filed yet).</source>
        <translation>此人已登记在 %1 的家庭中（尚未建档）。</translation>
    </message>
    <message>
        <source>The first row must hold the column headers.</source>
        <translation>第一行必须是列标题。</translation>
    </message>
    <message>
        <source>The same column as &quot;%1&quot;; keep only one of them.</source>
        <translation>与“%1”是同一列；请只保留其中一列。</translation>
    </message>
    <message>
        <source>The column is missing (other names accepted: %1).</source>
        <translation>缺少此列（也可使用以下列名：%1）。</translation>
    </message>
    <message>
        <source>The row has text beyond the last column with a header.</source>
        <translation>该行在最后一个有标题的列之后还有内容。</translation>
    </message>
    <message>
        <source>The file has a header but no rows of people.</source>
        <translation>文件只有标题行，没有人员数据行。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>The roster has problems; nothing was imported.</source>
        <translation>花名册存在问题；未导入任何数据。</translation>
    </message>
    <message>
        <source>Check the roster again; nothing was imported.</source>
        <translation>请重新检查花名册；未导入任何数据。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>This column must not be empty.</source>
        <translation>此列不能为空。</translation>
    </message>
    <message>
        <source>The spreadsheet turned the ID number into the number %1 and lost its last digits. Format the column as text and type the numbers again.</source>
        <translation>电子表格已将身份证号码转换为数字 %1，末尾几位已丢失。请将该列设置为文本格式，再重新输入号码。</translation>
    </message>
    <message>
        <source>Invalid ID number: %1.</source>
        <translation>身份证号码无效：%1。</translation>
    </message>
    <message>
        <source>Unknown relationship &quot;%1&quot;. Write one of: %2.</source>
        <translation>无法识别的与户主关系“%1”。请填写以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown sub-district or town &quot;%1&quot;. Write one of: %2.</source>
        <translation>无法识别的街道/镇“%1”。请填写以下之一：%2。</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, &quot;-&quot; and a leading &quot;+&quot;.</source>
        <translation>电话号码只能包含数字、空格、“-”以及开头的“+”。</translation>
    </message>
    <message>
        <source>Unreadable amount &quot;%1&quot;: %2.</source>
        <translation>无法识别的金额“%1”：%2。</translation>
    </message>
    <message>
        <source>The monthly income cannot be negative.</source>
        <translation>月收入不能为负数。</translation>
    </message>
    <message>
        <source>The same person as on row %1: the ID number is the same.</source>
        <translation>与第 %1 行是同一人：身份证号码相同。</translation>
    </message>
    <message>
        <source>Household %1 already has its head (户主) on row %2.</source>
        <translation>户编号为 %1 的家庭已在第 %2 行填写了户主。</translation>
    </message>
    <message>
        <source>Household %1 has no head (户主): mark one person as 户主.</source>
        <translation>户编号为 %1 的家庭没有户主：请将其中一人标为户主。</translation>
    </message>
    <message>
        <source>The head of household&apos;s row must name the sub-district or town.</source>
        <translation>户主所在行必须填写街道/镇。</translation>
    </message>
    <message>
        <source>The head of household&apos;s row must give the address.</source>
        <translation>户主所在行必须填写地址。</translation>
    </message>
    <message>
        <source>Differs from the head of household&apos;s row %1 (&quot;%2&quot;).</source>
        <translation>与户主所在的第 %1 行（“%2”）不一致。</translation>
    </message>
    <message>
        <source>There is no community or village &quot;%1&quot; in %2. An administrator adds communities; check the name.</source>
        <translation>%2没有名为“%1”的社区/村。社区/村由管理员添加；请核对名称。</translation>
    </message>
    <message>
        <source>Unknown state of health &quot;%1&quot;. Write one of: %2.</source>
        <translation>无法识别的健康状况“%1”。请填写以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown disability grade &quot;%1&quot;. Write one of: %2.</source>
        <translation>无法识别的残疾等级“%1”。请填写以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown work status &quot;%1&quot;. Write one of: %2.</source>
        <translation>无法识别的就业状况“%1”。请填写以下之一：%2。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import households</source>
        <translation>导入家庭</translation>
    </message>
    <message>
        <source>&amp;Roster file:</source>
        <translation>花名册文件(&amp;R)：</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in the spreadsheet</source>
        <translation>在电子表格中更正后，重新读取该文件</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This roster has already been imported.</source>
        <translation>该花名册已经导入。</translation>
    </message>
    <message>
        <source>Choose a roster without problems first.</source>
        <translation>请先选择一个没有问题的花名册。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2: %n person row(s).</source>
        <translation>
            <numerusform>已按 %2 编码读取 %1：共 %n 行人员数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored (not roster columns): %1.</source>
        <translation>忽略的列（不属于花名册的列）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The roster is correct: importing it adds %1 with %2.</source>
        <translation>花名册无误：导入后将添加 %1，共 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户家庭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名家庭成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing will be imported until every row is correct: fix the spreadsheet, save it and check it again.</source>
        <translation>
            <numerusform>发现 %n 个问题。在所有行都正确之前不会导入任何数据：请修改电子表格，保存后再次检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported %1 with %2 as %3. They are in the register with the status &quot;identified&quot;, waiting for a visit.</source>
        <translation>已由 %3 导入 %1，共 %2。这些家庭已登记在册，状态为“已摸排”，等待走访。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Choose a roster of worker households saved from Excel as CSV (UTF-8 or GB18030). Row 1 holds the column headers, then one row per person; rows with the same %1 form one household. Required columns: %2. Every row is checked first, and the households are added with the status &quot;identified&quot;.</source>
        <translation>请选择从 Excel 另存为 CSV（UTF-8 或 GB18030 编码）的职工家庭花名册。第 1 行为列标题，之后每人一行；%1 相同的行组成一户家庭。必填列：%2。系统会先逐行检查，然后将家庭以“已摸排”状态添加。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
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
    <message>
        <source>Loc&amp;k the screen after:</source>
        <translation>自动锁定屏幕(&amp;K)：</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> 分钟无操作后</translation>
    </message>
    <message>
        <source>A locked screen hides the data and asks for the password again; someone else may sign in instead. The time applies to the whole office; only an administrator changes it.</source>
        <translation>锁定屏幕后数据被遮挡，需要重新输入密码；也可以换其他人登录。此时间对整个单位生效，只有管理员可以修改。</translation>
    </message>
    <message>
        <source>Set by an administrator for the whole office.</source>
        <translation>由管理员为整个单位统一设置。</translation>
    </message>
</context>
<context>
    <name>SheetPrintJob</name>
    <message>
        <source>Disbursement sheet %1</source>
        <translation>发放表 %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Bangfu</source>
        <translation>登录帮扶系统</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation>以其他用户登录(&amp;E)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Bangfu is locked</source>
        <translation>帮扶系统已锁定</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit Bangfu</source>
        <translation>退出帮扶系统(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign in with your Bangfu account.</source>
        <translation>请使用您的帮扶系统账号登录。</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Bangfu is locked. Enter the password of %1 to go on, or let someone else sign in.</source>
        <translation>帮扶系统已锁定。请输入 %1 的密码继续使用，或换其他人登录。</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Cannot sign in</source>
        <translation>无法登录</translation>
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
    <name>Transaction</name>
    <message>
        <source>The change was undone and cannot be saved.</source>
        <translation>此修改已撤销，无法保存。</translation>
    </message>
</context>
<context>
    <name>UndoProxyModel</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Accounts are never deleted: disable an account to stop it signing in while its history stays readable.</source>
        <translation>账号不会被删除：停用账号后即无法再登录，但其历史记录仍可查阅。</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)? They can no longer sign in; their records and history stay.</source>
        <translation>停用 %1（%2）的账号吗？停用后此人不能再登录；其录入的记录和历史记录仍然保留。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>走访人员(&amp;V)：</translation>
    </message>
    <message>
        <source>caseworkers who went, e.g. 李明、王芳</source>
        <translation>参加走访的经办人，如：李明、王芳</translation>
    </message>
    <message>
        <source>P&amp;resent:</source>
        <translation>在场人员(&amp;R)：</translation>
    </message>
    <message>
        <source>who of the household was there</source>
        <translation>家庭中在场的人员</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt visit due:</source>
        <translation>下次走访日期(&amp;X)：</translation>
    </message>
    <message>
        <source>A re-verification is due again one year later unless you set a date here.</source>
        <translation>如不在此设置日期，一年后将再次进行年度复核。</translation>
    </message>
    <message>
        <source>&amp;GPS position</source>
        <translation>GPS 位置(&amp;G)</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <source>&amp;Add photo or scan…</source>
        <translation>添加照片或扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>%1 has already been added.</source>
        <translation>%1 已经添加。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add photo or scan</source>
        <translation>添加照片或扫描件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter who made the visit.</source>
        <translation>请输入走访人员。</translation>
    </message>
    <message>
        <source>Update the household&apos;s income and expenditure from this visit after saving</source>
        <translation>保存后根据本次走访更新该家庭的收入和支出</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Field visits and door-to-door surveys, so that no household is missed: coverage of every community by year, and the visits due in your own households.</source>
        <translation>入户走访与地毯式摸排，做到不漏一户：按年份统计各社区的摸排覆盖率，并列出您负责家庭中到期的走访。</translation>
    </message>
    <message>
        <source>Visits logged:</source>
        <translation>走访次数：</translation>
    </message>
    <message>
        <source>Most recent visit:</source>
        <translation>最近一次走访：</translation>
    </message>
    <message>
        <source>Households due now:</source>
        <translation>到期待复核户数：</translation>
    </message>
    <message>
        <source>The visit figures could not be read: %1</source>
        <translation>无法读取走访数据：%1</translation>
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

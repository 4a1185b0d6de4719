<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BatchTab</name>
    <message>
        <source>Batch</source>
        <translation>批量检查</translation>
    </message>
    <message>
        <source>One proof</source>
        <translation>单个证明</translation>
    </message>
    <message>
        <source>Verify many proof files against one published root, as an auditor does. Together the files can reveal what no single file can: a node shown with different balances, a leaf or nonce shared by two accounts. Everything happens on this computer.</source>
        <translation>像审计方那样，用一个公布的根验证多个证明文件。把这些文件放在一起，能发现任何单个文件都发现不了的问题：同一节点在不同文件中显示不同的余额，或两个账户共用同一个叶子或随机数。所有操作都在本机完成。</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>选择文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a folder of proof files</source>
        <translation>选择存放证明文件的文件夹</translation>
    </message>
    <message>
        <source>Add fi&amp;les…</source>
        <translation>添加文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Add proof files</source>
        <translation>添加证明文件</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the chosen files and results</source>
        <translation>清除已选择的文件和结果</translation>
    </message>
    <message>
        <source>Published &amp;root:</source>
        <translation>公布的根(&amp;R)：</translation>
    </message>
    <message>
        <source>Root hash (hex), or the path of a root file</source>
        <translation>根哈希（十六进制），或根哈希文件的路径</translation>
    </message>
    <message>
        <source>Published root for the batch</source>
        <translation>用于批量检查的公布的根</translation>
    </message>
    <message>
        <source>Open root file…</source>
        <translation>打开根文件…</translation>
    </message>
    <message>
        <source>Open root file for the batch</source>
        <translation>打开用于批量检查的根文件</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>开始批量检查</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation>取消批量检查</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the batch report</source>
        <translation>导出批量检查报告</translation>
    </message>
    <message>
        <source>Save the results and findings as an HTML, CSV or JSON report</source>
        <translation>将结果和发现保存为 HTML、CSV 或 JSON 报告</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>批量检查进度</translation>
    </message>
    <message>
        <source>Findings across files</source>
        <translation>跨文件发现</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>不限结论</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>按结论筛选</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Any format</source>
        <translation>不限格式</translation>
    </message>
    <message>
        <source>Filter by format</source>
        <translation>按格式筛选</translation>
    </message>
    <message>
        <source>Any warning</source>
        <translation>不限警告</translation>
    </message>
    <message>
        <source>Filter by warning</source>
        <translation>按警告筛选</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>批量检查结果</translation>
    </message>
    <message>
        <source>Click a row to see that file&apos;s full result here.</source>
        <translation>点击一行，即可在此处查看该文件的完整结果。</translation>
    </message>
    <message>
        <source>Proof files (*.json *.csv *.txt);;All files (*)</source>
        <translation>证明文件 (*.json *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open the published root file</source>
        <translation>打开公布的根哈希文件</translation>
    </message>
    <message>
        <source>Root files (*.json *.txt);;All files (*)</source>
        <translation>根哈希文件 (*.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No files chosen yet: choose a folder, add files, or drop them here.</source>
        <translation>尚未选择文件：请选择文件夹、添加文件，或将文件拖放到此处。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) chosen</source>
        <translation>
            <numerusform>已选择 %n 个文件或文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for proof files…</source>
        <translation>正在查找证明文件…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 of %2 files checked, %3 files/s, %4 left</source>
        <translation>已检查 %1/%2 个文件，每秒 %3 个文件，剩余 %4</translation>
    </message>
    <message>
        <source>The batch could not start: %1</source>
        <translation>批量检查无法开始：%1</translation>
    </message>
    <message>
        <source>%1 of %2 files checked: %3 pass, %4 fail, %5 error; %6 finding(s) across files.</source>
        <translation>已检查 %1/%2 个文件：%3 个通过，%4 个失败，%5 个错误；跨文件发现 %6 项。</translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>未完成即已取消。</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>HTML page (*.html);;CSV table (*.csv);;JSON (*.json)</source>
        <translation>HTML 网页 (*.html);;CSV 表格 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>报告已保存为 %1。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 已经存在。要用这份报告替换它吗？</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>PASS</source>
        <extracomment>Roles beyond Qt&apos;s own: the Result of a row, and the values the proxy filters on.</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Reserve Verifier: unexpected error</source>
        <translation>储备金验证器：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Reserve Verifier. Nothing was concluded about your file. You can keep using the app, or copy the report below and send it to the developers.</source>
        <translation>储备金验证器内部出了问题，对您的文件没有得出任何结论。您可以继续使用本应用，也可以复制下面的报告发送给开发者。</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>I have values from a web page, not a proof file</source>
        <translation>我只有网页上显示的数值，没有证明文件</translation>
    </message>
    <message>
        <source>Values from a web page</source>
        <translation>网页上的数值</translation>
    </message>
    <message>
        <source>Which audit</source>
        <translation>哪一次审计</translation>
    </message>
    <message>
        <source>Binance, Nov–Dec 2022 audit (Silver Sixpence)</source>
        <translation>币安，2022 年 11–12 月审计（Silver Sixpence）</translation>
    </message>
    <message>
        <source>KuCoin, late-2022 audit (Silver Sixpence)</source>
        <translation>KuCoin，2022 年底审计（Silver Sixpence）</translation>
    </message>
    <message>
        <source>Gate.io leaf list (2020–2022): my hashed UID and balance</source>
        <translation>Gate.io 叶子列表（2020–2022）：我的哈希 UID 和余额</translation>
    </message>
    <message>
        <source>&amp;Audit:</source>
        <translation>审计(&amp;A)：</translation>
    </message>
    <message>
        <source>Merkle &amp;leaf:</source>
        <translation>默克尔叶子(&amp;L)：</translation>
    </message>
    <message>
        <source>The Merkle Leaf shown on the page (hex)</source>
        <translation>页面上显示的 Merkle Leaf（十六进制）</translation>
    </message>
    <message>
        <source>Merkle &amp;hash:</source>
        <translation>默克尔哈希(&amp;H)：</translation>
    </message>
    <message>
        <source>Binance&apos;s Merkle Hash, if shown (hex)</source>
        <translation>币安的 Merkle Hash（如有显示，十六进制）</translation>
    </message>
    <message>
        <source>&amp;Customer ID:</source>
        <translation>客户 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>As shown (optional, to recompute the leaf)</source>
        <translation>按页面显示填写（可选，用于重新计算叶子）</translation>
    </message>
    <message>
        <source>Sa&amp;lt:</source>
        <translation>盐值(&amp;L)：</translation>
    </message>
    <message>
        <source>As shown (optional)</source>
        <translation>按页面显示填写（可选）</translation>
    </message>
    <message>
        <source>Au&amp;dit ID:</source>
        <translation>审计 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>For example PR22NOV22 (optional)</source>
        <translation>例如 PR22NOV22（可选）</translation>
    </message>
    <message>
        <source>&amp;Balances:</source>
        <translation>余额(&amp;B)：</translation>
    </message>
    <message>
        <source>Exactly as shown, e.g. BTC=1.0000|ETH=2.0000</source>
        <translation>与页面显示完全一致，例如 BTC=1.0000|ETH=2.0000</translation>
    </message>
    <message>
        <source>The path from your leaf up, one step per line:
L:&lt;hash&gt;  (the other node is on the left)
R:&lt;hash&gt;  (it is on the right)
promoted  (a level with no other node)</source>
        <translation>从您的叶子往上的路径，每行一步：
L:&lt;哈希&gt;  （另一个节点在左边）
R:&lt;哈希&gt;  （另一个节点在右边）
promoted  （这一层没有另一个节点）</translation>
    </message>
    <message>
        <source>Acco&amp;unt ID:</source>
        <translation>账户 ID(&amp;U)：</translation>
    </message>
    <message>
        <source>Your account ID as the auditor lists it (Bitso: your user ID)</source>
        <translation>审计方列出的您的账户 ID（Bitso：您的用户 ID）</translation>
    </message>
    <message>
        <source>Account &amp;balances:</source>
        <translation>账户余额(&amp;B)：</translation>
    </message>
    <message>
        <source>TOKEN=amount pairs in the auditor&apos;s column order, e.g. BTC=0.5,ETH=1.25</source>
        <translation>按审计方的列顺序填写“币种=数量”，例如 BTC=0.5,ETH=1.25</translation>
    </message>
    <message>
        <source>&amp;UID:</source>
        <translation>您的 UID(&amp;U)：</translation>
    </message>
    <message>
        <source>Your UID, the number of your account</source>
        <translation>您的 UID，即您的账户号码</translation>
    </message>
    <message>
        <source>Another Silver Sixpence / Mazars audit (e.g. Crypto.com)</source>
        <translation>其他 Silver Sixpence / Mazars 审计（例如 Crypto.com）</translation>
    </message>
    <message>
        <source>The Network Firm leaf list (e.g. Bitso): my account ID and balances</source>
        <translation>The Network Firm 叶子列表（例如 Bitso）：我的账户 ID 和余额</translation>
    </message>
    <message>
        <source>HTX zk proof (Sep 2023 →): my UID</source>
        <translation>HTX zk 证明（2023 年 9 月 →）：我的 UID</translation>
    </message>
    <message>
        <source>Poloniex zk proof: my UID</source>
        <translation>Poloniex zk 证明：我的 UID</translation>
    </message>
    <message>
        <source>Path steps</source>
        <translation>路径步骤</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>Hashed &amp;UID:</source>
        <translation>哈希 UID(&amp;U)：</translation>
    </message>
    <message>
        <source>Your hashed UID as Gate.io shows it</source>
        <translation>Gate.io 上显示的您的哈希 UID</translation>
    </message>
    <message>
        <source>Bala&amp;nce:</source>
        <translation>余额(&amp;N)：</translation>
    </message>
    <message>
        <source>Your balance as Gate.io shows it</source>
        <translation>Gate.io 上显示的您的余额</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>代币(&amp;T)：</translation>
    </message>
    <message>
        <source>The token of that balance (optional)</source>
        <translation>该余额对应的代币（可选）</translation>
    </message>
    <message>
        <source>Open the published leaf list as your proof file above, then enter your record. The published root is required.</source>
        <translation>请在上方把公布的叶子列表当作证明文件打开，然后填写您的记录。必须提供公布的根哈希。</translation>
    </message>
    <message>
        <source>Open the published leaf list as your proof file above, then enter your account ID and balances to find your own leaf. Left empty, only the list is checked and the result says your leaf was not looked for.</source>
        <translation>请在上方把公布的叶子列表当作证明文件打开，然后填写您的账户 ID 和余额，以找到您自己的叶子。如果留空，则只检查该列表，结果会说明没有查找您的叶子。</translation>
    </message>
    <message>
        <source>Open your user_config.json as your proof file above, then enter your UID: it is checked against the file&apos;s AccountIdHash. Left empty, the result says the proof was not tied to your account.</source>
        <translation>请在上方把您的 user_config.json 当作证明文件打开，然后填写您的 UID：它会与文件中的 AccountIdHash 核对。如果留空，结果会说明这份证明没有与您的账户对应起来。</translation>
    </message>
    <message>
        <source>No file is needed: enter what the audit page showed. The published root is required.</source>
        <translation>不需要文件：填写审计页面上显示的内容即可。必须提供公布的根哈希。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reserve Verifier</source>
        <extracomment>The published-root box (a hex root typed or pasted, or a root file&apos;s path).</extracomment>
        <translation>储备金验证器</translation>
    </message>
    <message>
        <source>Check that your account is really included in the customer balances your exchange published as its proof of reserves. Everything happens on this computer: nothing is sent anywhere.</source>
        <translation>核对您的账户是否确实包含在交易所作为储备金证明公布的客户余额中。所有操作都在这台电脑上完成，不会向任何地方发送数据。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the app (remembered for the next start)</source>
        <translation>应用的显示语言（下次启动时沿用）</translation>
    </message>
    <message>
        <source>Your proof file</source>
        <translation>您的证明文件</translation>
    </message>
    <message>
        <source>Open the proof file your exchange gave you, or drop it here</source>
        <translation>打开交易所提供给您的证明文件，或将其拖放到这里</translation>
    </message>
    <message>
        <source>Proof file</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open proof file</source>
        <translation>打开证明文件</translation>
    </message>
    <message>
        <source>Choose the proof file (Ctrl+O)</source>
        <translation>选择证明文件（Ctrl+O）</translation>
    </message>
    <message>
        <source>Full &amp;tree file (OKX Merkle v2 only):</source>
        <translation>完整树文件(&amp;T)（仅 OKX Merkle v2 需要）：</translation>
    </message>
    <message>
        <source>Not needed for other formats</source>
        <translation>其他格式不需要</translation>
    </message>
    <message>
        <source>Full tree file</source>
        <translation>完整树文件</translation>
    </message>
    <message>
        <source>Open t&amp;ree…</source>
        <translation>打开树文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Open full tree file</source>
        <translation>打开完整树文件</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear full tree file</source>
        <translation>清除完整树文件</translation>
    </message>
    <message>
        <source>Published root</source>
        <translation>公布的根哈希</translation>
    </message>
    <message>
        <source>Paste the root hash shown on the exchange&apos;s proof-of-reserves page, or open the file it publishes that holds it. Without it, the root written inside your proof file is used, which proves much less.</source>
        <translation>粘贴交易所储备金证明页面上显示的根哈希，或打开交易所公布的、包含该根哈希的文件。如果不提供，将使用证明文件里自带的根哈希，这样能证明的东西要少得多。</translation>
    </message>
    <message>
        <source>&amp;Root:</source>
        <translation>根哈希(&amp;R)：</translation>
    </message>
    <message>
        <source>Root hash (hex), or the path of a root file</source>
        <translation>根哈希（十六进制），或根哈希文件的路径</translation>
    </message>
    <message>
        <source>Open root &amp;file…</source>
        <translation>打开根哈希文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Open root file</source>
        <translation>打开根哈希文件</translation>
    </message>
    <message>
        <source>Exchange&apos;s asset list or configuration (optional)</source>
        <translation>交易所的资产列表或配置（可选）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Only some formats need it: open it or drop it here</source>
        <translation>只有部分格式需要：打开它或拖放到这里</translation>
    </message>
    <message>
        <source>The list of assets, or the configuration file, the exchange published with this snapshot</source>
        <translation>交易所随此快照公布的资产列表或配置文件</translation>
    </message>
    <message>
        <source>Open asset l&amp;ist…</source>
        <translation>打开资产列表(&amp;I)…</translation>
    </message>
    <message>
        <source>Open the exchange&apos;s asset list or configuration</source>
        <translation>打开交易所的资产列表或配置</translation>
    </message>
    <message>
        <source>Clear the asset list or configuration</source>
        <translation>清除资产列表或配置</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>格式(&amp;M)：</translation>
    </message>
    <message>
        <source>Proof format</source>
        <translation>证明格式</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Try the &amp;sample</source>
        <translation>试试示例(&amp;S)</translation>
    </message>
    <message>
        <source>Try the sample</source>
        <translation>试试示例</translation>
    </message>
    <message>
        <source>Verify a made-up proof that ships with the app, to see what a pass looks like</source>
        <translation>验证应用自带的一份虚构证明，看看“通过”是什么样子</translation>
    </message>
    <message>
        <source>Save &amp;receipt…</source>
        <translation>保存凭证(&amp;R)…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>保存凭证</translation>
    </message>
    <message>
        <source>Save what was checked, and the verdict, as a PDF or JSON file</source>
        <translation>把检查的内容和结论保存为 PDF 或 JSON 文件</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>取消验证</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The result will appear here. Not sure what to expect? Try the sample first.</source>
        <translation>结果会显示在这里。不确定会看到什么？可以先试试示例。</translation>
    </message>
    <message>
        <source>This language is not installed: its translation file is missing.</source>
        <translation>此语言未安装：缺少它的翻译文件。</translation>
    </message>
    <message>
        <source>Paste the published root, then press Verify.</source>
        <translation>请粘贴公布的根哈希，然后点击“验证”。</translation>
    </message>
    <message>
        <source>Press Verify to check this file.</source>
        <translation>点击“验证”检查此文件。</translation>
    </message>
    <message>
        <source>Open your proof file</source>
        <translation>打开您的证明文件</translation>
    </message>
    <message>
        <source>Proof files (*.json *.csv *.txt);;All files (*)</source>
        <translation>证明文件 (*.json *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open the full liabilities tree</source>
        <translation>打开完整的负债树</translation>
    </message>
    <message>
        <source>Tree files (*.txt *.csv);;All files (*)</source>
        <translation>树文件 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Asset lists and configurations (*.json *.csv *.txt *.yaml *.yml *.toml);;All files (*)</source>
        <translation>资产列表和配置 (*.json *.csv *.txt *.yaml *.yml *.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open the published root file</source>
        <translation>打开公布的根哈希文件</translation>
    </message>
    <message>
        <source>Root files (*.json *.txt);;All files (*)</source>
        <translation>根哈希文件 (*.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Only one file is checked at a time; took %1.</source>
        <translation>一次只检查一个文件；已选用 %1。</translation>
    </message>
    <message>
        <source>the values you entered</source>
        <translation>您输入的数值</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在验证 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Which format is this?</source>
        <translation>这是哪种格式？</translation>
    </message>
    <message>
        <source>This file fits more than one exchange&apos;s format. Which exchange gave it to you?</source>
        <translation>这个文件符合不止一家交易所的格式。它是哪家交易所给您的？</translation>
    </message>
    <message>
        <source>Save the verification receipt</source>
        <translation>保存验证凭证</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>凭证未保存</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>无法保存凭证：%1</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>凭证已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>PathPicture</name>
    <message>
        <source>Path from your leaf to the root</source>
        <extracomment>A path with more rows than this shows its middle as a band until asked for. Rows always shown at the bottom (the leaf and the levels above it) and at the top (the root and below). Assets listed in a node before &quot;+N more&quot;. In a k-way layer (the 64-way layers of zk formats), the neighbours shown on each side of the user&apos;s node; the rest of the layer is counted (&quot;+61 more&quot;) and listed in the details. Checks whose failure is the root&apos;s (the root is then drawn failed even if no root step says so). A node&apos;s sum line, &quot;ASSET amount&quot; (any other line, such as &quot;+2 more&quot; in any language, is drawn as it is).</extracomment>
        <translation>从您的叶子到根的路径</translation>
    </message>
    <message>
        <source>No path was recomputed.</source>
        <translation>没有重新计算任何路径。</translation>
    </message>
    <message>
        <source>Levels in your path: %1, from your leaf at the bottom to the root at the top.</source>
        <translation>您的路径共有 %1 层：最下面是您的叶子，最上面是根。</translation>
    </message>
    <message>
        <source>Did not match: %1.</source>
        <translation>不匹配：%1。</translation>
    </message>
    <message>
        <source>Every level was recomputed and the root matches the expected root.</source>
        <translation>每一层都已重新计算，根与预期的根哈希一致。</translation>
    </message>
    <message>
        <source>Dashed boxes: %1.</source>
        <translation>虚线框：%1。</translation>
    </message>
    <message>
        <source>%1 levels in the middle are hidden; press Enter or click the band to show them.</source>
        <translation>中间有 %1 层被折叠；按回车键或点击这一横条即可显示。</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根</translation>
    </message>
    <message>
        <source>Root (%1)</source>
        <translation>根（%1）</translation>
    </message>
    <message>
        <source>Your leaf</source>
        <translation>您的叶子</translation>
    </message>
    <message>
        <source>Your user hash</source>
        <translation>您的用户哈希</translation>
    </message>
    <message>
        <source>No sibling: moved up</source>
        <translation>无兄弟节点：直接上移</translation>
    </message>
    <message>
        <source>Padding (copy)</source>
        <translation>填充（副本）</translation>
    </message>
    <message>
        <source>Copy of your node</source>
        <translation>您的节点的副本</translation>
    </message>
    <message>
        <source>Your other node</source>
        <translation>您的另一个节点</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟节点</translation>
    </message>
    <message>
        <source>Others in this layer</source>
        <translation>本层的其他节点</translation>
    </message>
    <message>
        <source>%1 before yours</source>
        <translation>您之前的 %1 个</translation>
    </message>
    <message>
        <source>%1 after yours</source>
        <translation>您之后的 %1 个</translation>
    </message>
    <message>
        <source>#%1 of %2 in the layer</source>
        <translation>本层 %2 个中的第 %1 个</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>unknown side</source>
        <translation>位置未知</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>预期 %1</translation>
    </message>
    <message>
        <source>did not match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <source>matches the expected root</source>
        <translation>与预期的根哈希一致</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>未比较</translation>
    </message>
    <message>
        <source>joins %1</source>
        <translation>并入 %1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>哈希：%1</translation>
    </message>
    <message>
        <source>Height: %1</source>
        <translation>高度：%1</translation>
    </message>
    <message>
        <source>Sums: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Expected root: %1</source>
        <translation>预期的根哈希：%1</translation>
    </message>
    <message>
        <source>This step did not match.</source>
        <translation>这一步不匹配。</translation>
    </message>
    <message>
        <source>A check on this sibling failed (see What was checked).</source>
        <translation>对这个兄弟节点的一项检查未通过（见“检查了哪些内容”）。</translation>
    </message>
    <message>
        <source>On the %1 of your node; hashed with it into %2.</source>
        <translation>位于您的节点%1；与它一起计算哈希，得到 %2。</translation>
    </message>
    <message>
        <source>Hashed together with your node, in order, into %1.</source>
        <translation>与您的节点按顺序一起哈希，得到%1。</translation>
    </message>
    <message>
        <source>… and %1 more: double-click for the whole layer.</source>
        <translation>… 还有 %1 个：双击查看整层。</translation>
    </message>
    <message>
        <source>… %1 more levels …</source>
        <translation>… 还有 %1 层 …</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>%1 (%2). Click, or press Enter, to show them.</source>
        <translation>%1（%2）。点击或按回车键即可显示。</translation>
    </message>
    <message>
        <source>Double-click for everything about this step.</source>
        <translation>双击可查看这一步的全部信息。</translation>
    </message>
    <message>
        <source>click to show</source>
        <translation>点击显示</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Verification result</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <source>PASS — your account is included in the root written in the proof file</source>
        <translation>通过 — 您的账户包含在证明文件自带的根哈希中</translation>
    </message>
    <message>
        <source>PASS — your account is included in the published root</source>
        <translation>通过 — 您的账户包含在公布的根哈希中</translation>
    </message>
    <message>
        <source>FAIL — this proof does not add up to the root written in it</source>
        <translation>未通过 — 这份证明算不出文件里写的根哈希</translation>
    </message>
    <message>
        <source>FAIL — this proof does not show your account in the published root</source>
        <translation>未通过 — 这份证明不能表明您的账户包含在公布的根哈希中</translation>
    </message>
    <message>
        <source>ERROR — the file could not be verified</source>
        <translation>出错 — 无法验证这个文件</translation>
    </message>
    <message>
        <source>Your entry was recomputed step by step up to the root written inside the file. That root proves nothing by itself: compare it with the root on the exchange&apos;s proof-of-reserves page, or paste that root above and verify again.</source>
        <translation>已从您的条目开始逐步重新计算，一直算到文件里写的根哈希。这个根哈希本身什么也证明不了：请把它与交易所储备金证明页面上的根哈希比较，或者把那个根哈希粘贴到上方后重新验证。</translation>
    </message>
    <message>
        <source>Your entry was recomputed step by step, and it adds up to exactly the root the exchange published.</source>
        <translation>已从您的条目开始逐步重新计算，结果与交易所公布的根哈希完全一致。</translation>
    </message>
    <message>
        <source>Recomputing your proof did not give the expected values. The first step that did not match is shown below. Do not rely on this proof; ask the exchange about it.</source>
        <translation>重新计算您的证明没有得到预期的值。下面显示了第一个不匹配的步骤。请不要信赖这份证明，并向交易所询问。</translation>
    </message>
    <message>
        <source>Nothing was concluded about this file: it was neither passed nor failed.</source>
        <translation>对这个文件没有得出任何结论：既不算通过，也不算未通过。</translation>
    </message>
    <message>
        <source>PASS</source>
        <extracomment>The self-test gives up, and fails, when no result is on screen after this many seconds.</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>What you can do: %1</source>
        <translation>您可以这样做：%1</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>您可以这样做</translation>
    </message>
    <message>
        <source>What did not match</source>
        <translation>哪里不匹配</translation>
    </message>
    <message>
        <source>The first step that did not match: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>第一个不匹配的步骤：&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>预期值</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>预期：</translation>
    </message>
    <message>
        <source>Computed value</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>计算结果：</translation>
    </message>
    <message>
        <source>What did not match, explained</source>
        <translation>不匹配之处的说明</translation>
    </message>
    <message>
        <source>Everything below the root recomputed correctly. Check that the root you gave is the one published for the same date as your proof file: a root from another snapshot never matches.</source>
        <translation>根以下的所有内容都重新计算正确。请确认您提供的根哈希与您的证明文件属于同一日期：来自其他快照的根哈希永远不会匹配。</translation>
    </message>
    <message>
        <source>your own entry (the hash of your balances and secret salt)</source>
        <translation>您自己的条目（由您的余额和秘密盐值算出的哈希）</translation>
    </message>
    <message>
        <source>the root, the top of the tree, compared with the expected root</source>
        <translation>根，即树的顶端，与预期的根哈希比较</translation>
    </message>
    <message>
        <source>the root written in the file, compared with the recomputed one</source>
        <translation>文件里写的根哈希，与重新计算出的根哈希比较</translation>
    </message>
    <message>
        <source>the shape of the proof (sides, types and heights)</source>
        <translation>证明的结构（左右位置、类型和高度）</translation>
    </message>
    <message>
        <source>how the amounts are written</source>
        <translation>金额的写法</translation>
    </message>
    <message>
        <source>the entry next to yours in the tree</source>
        <translation>树中与您相邻的条目</translation>
    </message>
    <message>
        <source>the total balances at the top of the tree</source>
        <translation>树顶端的余额总计</translation>
    </message>
    <message>
        <source>a padding entry the exchange added to even out a level of the tree</source>
        <translation>交易所为补齐树的某一层而添加的填充条目</translation>
    </message>
    <message>
        <source>a step of the recomputation</source>
        <translation>重新计算中的一个步骤</translation>
    </message>
    <message>
        <source>Exchange and format</source>
        <translation>交易所和格式</translation>
    </message>
    <message>
        <source>Format not identified</source>
        <translation>未能识别格式</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>(variant: %1)</source>
        <translation>（变体：%1）</translation>
    </message>
    <message>
        <source>Your balances</source>
        <translation>您的余额</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>These are the balances written in the file; the proof did not confirm them.</source>
        <translation>这些是文件里写的余额；证明未能确认它们。</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The root compared</source>
        <translation>根哈希比较</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <translation>（未计算）</translation>
    </message>
    <message>
        <source>Root computed from your proof</source>
        <translation>根据您的证明计算出的根哈希</translation>
    </message>
    <message>
        <source>Computed from your proof:</source>
        <translation>根据您的证明计算：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Expected root</source>
        <translation>预期的根哈希</translation>
    </message>
    <message>
        <source>Where the expected root came from</source>
        <translation>预期根哈希的来源</translation>
    </message>
    <message>
        <source>Expected root came from:</source>
        <translation>预期根哈希来自：</translation>
    </message>
    <message>
        <source>The two roots are the same.</source>
        <translation>两个根哈希相同。</translation>
    </message>
    <message>
        <source>The two roots are different.</source>
        <translation>两个根哈希不同。</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>比较结果：</translation>
    </message>
    <message>
        <source>Your path to the root</source>
        <translation>您到根的路径</translation>
    </message>
    <message>
        <source>Read it from the bottom up: your entry, then at each level the neighbour it was combined with, up to the root at the top. Dashed boxes are padding or copies the exchange added. Point at a box to see its full hash; double-click it for everything about that step.</source>
        <translation>请从下往上看：最下面是您的条目，往上每一层是与它合并计算的相邻节点，一直到最上面的根。虚线框是交易所添加的填充或副本。把鼠标指向一个框可以看到完整哈希；双击它可以看到这一步的全部信息。</translation>
    </message>
    <message>
        <source>Show all %1 levels</source>
        <translation>显示全部 %1 层</translation>
    </message>
    <message>
        <source>Show fewer levels</source>
        <translation>少显示几层</translation>
    </message>
    <message>
        <source>published root</source>
        <translation>公布的根哈希</translation>
    </message>
    <message>
        <source>taken from the proof file itself — compare it with the exchange&apos;s website</source>
        <translation>取自证明文件本身 — 请与交易所网站上的根哈希比较</translation>
    </message>
    <message>
        <source>no root to compare with</source>
        <translation>没有可比较的根哈希</translation>
    </message>
    <message>
        <source>Total customer balances in the root</source>
        <translation>根中的客户余额总计</translation>
    </message>
    <message>
        <source>What the exchange&apos;s tree adds up to for all customers. Compare it with the liabilities on the exchange&apos;s proof-of-reserves page.</source>
        <translation>交易所的树对所有客户加总得到的数额。请把它与交易所储备金证明页面上的负债比较。</translation>
    </message>
    <message>
        <source>Total customer balances</source>
        <translation>客户余额总计</translation>
    </message>
    <message>
        <source>Things to know (%1)</source>
        <translation>需要了解的事项（%1）</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>为什么重要：</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>检查了哪些内容</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Format id: %1</source>
        <translation>格式 ID：%1</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>文件的 SHA-256：%1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>Path: %1 steps, from your leaf up to the root.</source>
        <translation>路径：共 %1 步，从您的叶子一直到根。</translation>
    </message>
    <message>
        <source>Show technical &amp;details</source>
        <translation>显示技术细节(&amp;D)</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>显示技术细节</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术细节</translation>
    </message>
    <message>
        <source>Copy all as &amp;JSON</source>
        <translation>全部复制为 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Copy the whole result as JSON</source>
        <translation>把整个结果复制为 JSON</translation>
    </message>
    <message>
        <source>The result as the command line&apos;s --json prints it</source>
        <translation>与命令行 --json 输出的内容相同</translation>
    </message>
    <message>
        <source>Every step of the path</source>
        <translation>路径的每一步</translation>
    </message>
    <message>
        <source>Hide technical &amp;details</source>
        <translation>隐藏技术细节(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SecretsForm</name>
    <message>
        <source>Audit &amp;credential:</source>
        <extracomment>Fields masked while typed (the account id and e-mail are not secret on their own).</extracomment>
        <translation>审计凭证(&amp;C)：</translation>
    </message>
    <message>
        <source>As shown in the SwissBorg app for this audit</source>
        <translation>与 SwissBorg 应用中本次审计显示的内容一致</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>账户 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>BitMEX: your account number; River: your account UID</source>
        <translation>BitMEX：您的账户号码；River：您的账户 UID</translation>
    </message>
    <message>
        <source>&amp;Nonce:</source>
        <translation>随机数(&amp;N)：</translation>
    </message>
    <message>
        <source>Your BitMEX nonce for this snapshot (64 hex digits)</source>
        <translation>您在此快照的 BitMEX 随机数（nonce，64 位十六进制数字）</translation>
    </message>
    <message>
        <source>Account nonc&amp;e:</source>
        <translation>账户随机数(&amp;E)：</translation>
    </message>
    <message>
        <source>Your BitMEX account nonce (64 hex digits)</source>
        <translation>您的 BitMEX 账户随机数（account nonce，64 位十六进制数字）</translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation>账户密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Your River account key (64 hex digits)</source>
        <translation>您的 River 账户密钥（64 位十六进制数字）</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>The e-mail address of your River account</source>
        <translation>您的 River 账户的电子邮箱地址</translation>
    </message>
    <message>
        <source>I have a secret from my exchange (SwissBorg, BitMEX, River)</source>
        <translation>我有交易所提供的私密信息（SwissBorg、BitMEX、River）</translation>
    </message>
    <message>
        <source>Your secret values</source>
        <translation>您的私密信息</translation>
    </message>
    <message>
        <source>Which exchange&apos;s secret</source>
        <translation>哪家交易所的私密信息</translation>
    </message>
    <message>
        <source>SwissBorg: audit credential</source>
        <translation>SwissBorg：审计凭证</translation>
    </message>
    <message>
        <source>BitMEX: nonce for this snapshot</source>
        <translation>BitMEX：此快照的随机数（nonce）</translation>
    </message>
    <message>
        <source>BitMEX: account id and account nonce</source>
        <translation>BitMEX：账户 ID 和账户随机数</translation>
    </message>
    <message>
        <source>River: account UID, key and e-mail</source>
        <translation>River：账户 UID、密钥和电子邮箱</translation>
    </message>
    <message>
        <source>E&amp;xchange:</source>
        <translation>交易所(&amp;X)：</translation>
    </message>
    <message>
        <source>Sho&amp;w what I type</source>
        <translation>显示输入的内容(&amp;W)</translation>
    </message>
    <message>
        <source>Show the secret values</source>
        <translation>显示私密信息</translation>
    </message>
    <message>
        <source>These values find your own entries in the proof and are never saved or sent anywhere. Without them the result says what could not be checked.</source>
        <translation>这些值用于在证明中找到您自己的条目，不会被保存，也不会发送到任何地方。如果不提供，结果中会说明哪些内容无法检查。</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>did not match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>This step did not match.</source>
        <translation>这一步不匹配。</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Hash computed:</source>
        <translation>计算出的哈希：</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>复制哈希</translation>
    </message>
    <message>
        <source>Copy the hash computed at %1</source>
        <translation>复制在 %1 计算出的哈希</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Sibling side:</source>
        <translation>兄弟节点位置：</translation>
    </message>
    <message>
        <source>Sibling hash:</source>
        <translation>兄弟节点哈希：</translation>
    </message>
    <message>
        <source>Copy sibling</source>
        <translation>复制兄弟节点</translation>
    </message>
    <message>
        <source>Copy the sibling hash at %1</source>
        <translation>复制 %1 处的兄弟节点哈希</translation>
    </message>
    <message>
        <source>A check on this sibling failed (see What was checked).</source>
        <translation>对这个兄弟节点的一项检查未通过（见“检查了哪些内容”）。</translation>
    </message>
    <message>
        <source>Sibling check:</source>
        <translation>兄弟节点检查：</translation>
    </message>
    <message>
        <source>Sums at %1</source>
        <translation>%1 处的合计</translation>
    </message>
    <message>
        <source>Sums:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Text hashed:</source>
        <translation>被哈希的文本：</translation>
    </message>
    <message>
        <source>Copy text hashed</source>
        <translation>复制被哈希的文本</translation>
    </message>
    <message>
        <source>Copy the exact text hashed at %1</source>
        <translation>复制在 %1 被哈希的原始文本</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Children (%1):</source>
        <translation>子节点（%1 个）：</translation>
    </message>
    <message>
        <source>Your position:</source>
        <translation>您的位置：</translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation>%2 个中的第 %1 个</translation>
    </message>
    <message>
        <source>Children at %1</source>
        <translation>%1 的子节点</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Copy every child hash at %1</source>
        <translation>复制 %1 的全部子节点哈希</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Parent hashes commit only to the sums of their children, not to each child&apos;s balance.</source>
        <translation>父节点的哈希只绑定子节点余额的总和，而不绑定每个子节点各自的余额。</translation>
    </message>
    <message>
        <source>An exchange can show different users different sibling balances and every proof still checks; only comparing many users&apos; proofs (batch mode) can reveal it.</source>
        <translation>交易所可以给不同用户展示不同的兄弟节点余额，而每份证明依然能通过检查；只有对比许多用户的证明（批量模式）才能发现。</translation>
    </message>
    <message>
        <source>A leaf on the path has a negative balance.</source>
        <translation>路径上有一个叶子的余额为负数。</translation>
    </message>
    <message>
        <source>Negative accounts lower the total liabilities the exchange reports.</source>
        <translation>余额为负的账户会拉低交易所报告的负债总额。</translation>
    </message>
    <message>
        <source>A subtree on the path has a negative sum.</source>
        <translation>路径上有一棵子树的合计为负数。</translation>
    </message>
    <message>
        <source>Somewhere below it an account is negative, which lowers the total liabilities reported.</source>
        <translation>它下面某处有账户为负数，这会拉低报告的负债总额。</translation>
    </message>
    <message>
        <source>An amount is beyond the precision or range the format declares.</source>
        <translation>有金额超出了该格式声明的精度或范围。</translation>
    </message>
    <message>
        <source>Amounts outside the declared range can wrap around or be truncated when the exchange adds them.</source>
        <translation>超出声明范围的金额在交易所求和时可能溢出回绕或被截断。</translation>
    </message>
    <message>
        <source>Debts in one asset can be offset by holdings in another.</source>
        <translation>一种资产的欠款可以被另一种资产的持仓抵消。</translation>
    </message>
    <message>
        <source>A user&apos;s debt in a major coin can be hidden behind holdings in an illiquid one.</source>
        <translation>用户在主流币上的欠款，可能被其持有的流动性差的币种所掩盖。</translation>
    </message>
    <message>
        <source>Leaves and internal nodes are hashed the same way.</source>
        <translation>叶子和内部节点用相同的方式计算哈希。</translation>
    </message>
    <message>
        <source>An internal node could be presented as a leaf with a shorter path.</source>
        <translation>内部节点可能被冒充成叶子，配上一条更短的路径。</translation>
    </message>
    <message>
        <source>The path is longer or shorter than the tree&apos;s height.</source>
        <translation>路径的长度与树的高度不符（过长或过短）。</translation>
    </message>
    <message>
        <source>A path of the wrong length can prove an internal node instead of an account.</source>
        <translation>长度不对的路径，证明的可能是一个内部节点，而不是一个账户。</translation>
    </message>
    <message>
        <source>At least one level pads an odd count by copying the last node with zero balances.</source>
        <translation>至少有一层在节点数为奇数时，复制最后一个节点（余额为零）来补齐。</translation>
    </message>
    <message>
        <source>This is the format&apos;s documented rule; many such steps on one path would be unusual.</source>
        <translation>这是该格式公开说明的规则；但一条路径上出现很多这样的步骤就不正常了。</translation>
    </message>
    <message>
        <source>At least one level has no sibling, and the node was moved up unchanged.</source>
        <translation>至少有一层没有兄弟节点，该节点被原样上移。</translation>
    </message>
    <message>
        <source>Leaves then sit at different depths, which the path length alone does not reveal.</source>
        <translation>这样叶子会处在不同的深度，仅凭路径长度看不出来。</translation>
    </message>
    <message>
        <source>At least one step hashes with an empty sibling.</source>
        <translation>至少有一步是与空的兄弟节点一起计算哈希的。</translation>
    </message>
    <message>
        <source>Empty siblings make different trees share a root.</source>
        <translation>空的兄弟节点会让不同的树得到相同的根哈希。</translation>
    </message>
    <message>
        <source>Hashes are cut to 64 bits.</source>
        <translation>哈希被截短为 64 位。</translation>
    </message>
    <message>
        <source>An exchange that chooses the salts can find two accounts with the same leaf in about 2^32 tries.</source>
        <translation>能自行选择盐值的交易所，大约尝试 2^32 次就能找到叶子相同的两个账户。</translation>
    </message>
    <message>
        <source>Hashes are cut to 128 bits.</source>
        <translation>哈希被截短为 128 位。</translation>
    </message>
    <message>
        <source>Collisions need about 2^64 work: weaker than full SHA-256, still costly.</source>
        <translation>找到碰撞大约需要 2^64 次计算：比完整的 SHA-256 弱，但代价仍然很高。</translation>
    </message>
    <message>
        <source>The proof cannot show that the leaf belongs to your account.</source>
        <translation>这份证明无法表明该叶子属于您的账户。</translation>
    </message>
    <message>
        <source>The leaf is tied to a salt or id the exchange chose; two users with equal balances could be shown the same leaf.</source>
        <translation>叶子与交易所选定的盐值或 ID 绑定；余额相同的两个用户可能会被展示同一个叶子。</translation>
    </message>
    <message>
        <source>Your own leaf cannot be recomputed from your data; its hash is taken from the file.</source>
        <translation>无法根据您的数据重新计算您自己的叶子；它的哈希直接取自文件。</translation>
    </message>
    <message>
        <source>Whatever the file says your leaf is, the check can only show that this hash is in the tree.</source>
        <translation>无论文件说您的叶子是什么，检查都只能表明这个哈希在树中。</translation>
    </message>
    <message>
        <source>The file contains another customer&apos;s leaf data (their salt and balances).</source>
        <translation>文件中包含另一位客户的叶子数据（其盐值和余额）。</translation>
    </message>
    <message>
        <source>The exchange hands each user their neighbour&apos;s private balances.</source>
        <translation>交易所把相邻用户的私密余额交给了每个用户。</translation>
    </message>
    <message>
        <source>The exchange published the whole tree with every account&apos;s balances.</source>
        <translation>交易所公布了整棵树，包括每个账户的余额。</translation>
    </message>
    <message>
        <source>Anyone can study all balances; split leaves can sometimes be matched back to accounts.</source>
        <translation>任何人都能研究所有余额；被拆分的叶子有时能被对应回具体账户。</translation>
    </message>
    <message>
        <source>The account id is hashed without a secret salt.</source>
        <translation>账户 ID 计算哈希时没有加入秘密盐值。</translation>
    </message>
    <message>
        <source>Short ids can be found by trying them all, so the leaf can be linked to the account.</source>
        <translation>较短的 ID 可以逐一尝试找出来，从而把叶子与账户对应起来。</translation>
    </message>
    <message>
        <source>No published root was given, so the root written inside the proof file was used.</source>
        <translation>没有提供公布的根哈希，因此使用了证明文件里自带的根哈希。</translation>
    </message>
    <message>
        <source>Anyone who can edit the file can also edit its root: compare the root with the one on the exchange&apos;s proof-of-reserves page.</source>
        <translation>能修改文件的人也能修改其中的根哈希：请把它与交易所储备金证明页面上的根哈希比较。</translation>
    </message>
    <message>
        <source>The root is the root of an empty tree.</source>
        <translation>这个根哈希是一棵空树的根哈希。</translation>
    </message>
    <message>
        <source>An empty tree holds no accounts at all.</source>
        <translation>空树里没有任何账户。</translation>
    </message>
    <message>
        <source>Fields are concatenated with no separators before hashing.</source>
        <translation>各字段在计算哈希前直接拼接，中间没有分隔符。</translation>
    </message>
    <message>
        <source>In principle value can move between fields (&quot;1&quot;+&quot;23&quot; and &quot;12&quot;+&quot;3&quot; hash alike).</source>
        <translation>理论上数值可以在字段之间挪动（&quot;1&quot;+&quot;23&quot; 与 &quot;12&quot;+&quot;3&quot; 的哈希相同）。</translation>
    </message>
    <message>
        <source>An amount is not written the way the exchange&apos;s software writes it.</source>
        <translation>有金额的写法与交易所软件生成的写法不同。</translation>
    </message>
    <message>
        <source>The exact text is hashed, so an unusual spelling of a number is a sign the file was edited by hand.</source>
        <translation>计算哈希用的是原始文本，所以数字写法异常，说明文件可能被手工改过。</translation>
    </message>
    <message>
        <source>The format has several known variants; the one named in the result matched.</source>
        <translation>该格式有几个已知的变体；结果中列出的那个变体匹配成功。</translation>
    </message>
    <message>
        <source>The variant tells which release of the exchange&apos;s tool produced the file.</source>
        <translation>变体说明文件是由交易所工具的哪个版本生成的。</translation>
    </message>
    <message>
        <source>The tree carries no balance sums, so the total liabilities cannot be checked from it.</source>
        <translation>这棵树不带余额合计，因此无法据此核对负债总额。</translation>
    </message>
    <message>
        <source>The totals rest on the auditor&apos;s report alone.</source>
        <translation>总额只能依赖审计师的报告。</translation>
    </message>
    <message>
        <source>The root&apos;s totals were recomputed but not compared with totals the exchange published.</source>
        <translation>已重新计算根的总额，但没有与交易所公布的总额比较。</translation>
    </message>
    <message>
        <source>Compare the totals shown here with the liabilities on the exchange&apos;s proof-of-reserves page.</source>
        <translation>请把这里显示的总额与交易所储备金证明页面上的负债比较。</translation>
    </message>
    <message>
        <source>One proof cannot show that every customer was given a proof from the same tree.</source>
        <translation>单份证明无法表明每位客户拿到的证明都来自同一棵树。</translation>
    </message>
    <message>
        <source>Share your receipt: many users checking together makes selective proofs detectable.</source>
        <translation>请分享您的验证凭证：许多用户一起核对，才能发现交易所是否有选择地提供证明。</translation>
    </message>
    <message>
        <source>Sums inside the zero-knowledge circuit could overflow the field.</source>
        <translation>零知识电路中的求和可能超出有限域的范围（溢出）。</translation>
    </message>
    <message>
        <source>Reserved: shown when a circuit&apos;s range checks are known to be missing.</source>
        <translation>预留项：当已知电路缺少范围检查时显示。</translation>
    </message>
    <message>
        <source>The hash binds only the sum of your assets, not each asset&apos;s amount.</source>
        <translation>哈希只绑定您资产的总和，而不绑定每种资产的数量。</translation>
    </message>
    <message>
        <source>The per-asset amounts shown are not cryptographically verified.</source>
        <translation>显示的各项资产数量没有经过密码学验证。</translation>
    </message>
    <message>
        <source>Balances are hashed without their sign.</source>
        <translation>余额计算哈希时不含正负号。</translation>
    </message>
    <message>
        <source>A debt and a holding of the same size give the same hash.</source>
        <translation>同样大小的欠款和持仓会得到相同的哈希。</translation>
    </message>
    <message>
        <source>The zero-knowledge batch proofs were not verified.</source>
        <translation>零知识批量证明没有被验证。</translation>
    </message>
    <message>
        <source>Your inclusion is proven; that the totals are correct sums of non-negative accounts rests on those proofs.</source>
        <translation>您的账户已被证明包含在内；而总额是否为非负账户的正确加总，要依赖那些证明。</translation>
    </message>
    <message>
        <source>The proof system&apos;s trusted setup was run by the exchange alone.</source>
        <translation>该证明系统的可信设置由交易所单独完成。</translation>
    </message>
    <message>
        <source>Whoever ran the setup could in principle forge proofs.</source>
        <translation>执行可信设置的一方理论上可以伪造证明。</translation>
    </message>
    <message>
        <source>The number of assets is not in the file; it was found by trying.</source>
        <translation>文件中没有资产数量；它是通过尝试得出的。</translation>
    </message>
    <message>
        <source>Give the snapshot&apos;s asset list to check it against the published configuration.</source>
        <translation>请提供该快照的资产列表，以便与公布的配置核对。</translation>
    </message>
    <message>
        <source>No asset list was given, so asset names, prices and units are missing.</source>
        <translation>没有提供资产列表，因此缺少资产名称、价格和单位。</translation>
    </message>
    <message>
        <source>Give the snapshot&apos;s asset list to see names and to cross-check the totals.</source>
        <translation>请提供该快照的资产列表，以查看资产名称并交叉核对总额。</translation>
    </message>
    <message>
        <source>The amounts are integers whose unit is not documented.</source>
        <translation>金额是整数，但其单位没有公开说明。</translation>
    </message>
    <message>
        <source>Raw values are shown as they are.</source>
        <translation>原始数值按原样显示。</translation>
    </message>
    <message>
        <source>The prices used for the totals are supplied by the exchange and not proven.</source>
        <translation>计算总额所用的价格由交易所提供，未经证明。</translation>
    </message>
    <message>
        <source>The proof checks sums at those prices, not that the prices are right.</source>
        <translation>证明只检查按这些价格算出的合计，不检查价格本身是否正确。</translation>
    </message>
    <message>
        <source>Accounts with negative net equity were left out of the tree.</source>
        <translation>净资产为负的账户没有计入这棵树。</translation>
    </message>
    <message>
        <source>Their positive balances are then missing from the asset totals.</source>
        <translation>这样，这些账户的正余额也就不在资产总额中了。</translation>
    </message>
    <message>
        <source>Some asset names stand for several tokens added together.</source>
        <translation>有些资产名称代表几种代币的合计。</translation>
    </message>
    <message>
        <source>For example a &quot;USDT&quot; balance may include staked or wrapped variants.</source>
        <translation>例如，&quot;USDT&quot; 余额可能包含质押或封装（wrapped）的变体。</translation>
    </message>
    <message>
        <source>Your own leaves were not looked for: the key that finds them was not given.</source>
        <translation>没有查找您自己的叶子：未提供用于找到它们的密钥。</translation>
    </message>
    <message>
        <source>The check shows that the published tree adds up, not that your balance is in it.</source>
        <translation>此检查只能说明公布的树的合计是正确的，不能说明其中包含您的余额。</translation>
    </message>
    <message>
        <source>The exchange&apos;s own verifier would give a different answer for this file.</source>
        <translation>对这个文件，交易所自己的验证工具会给出不同的结果。</translation>
    </message>
    <message>
        <source>This app recomputes what that tool skips; the difference is explained in the checks.</source>
        <translation>本应用会重新计算那个工具跳过的部分；差异在检查项中有说明。</translation>
    </message>
    <message>
        <source>One node appears with different values in different proofs.</source>
        <translation>同一个节点在不同的证明中出现了不同的值。</translation>
    </message>
    <message>
        <source>This is the signature of a forged sum tree.</source>
        <translation>这是伪造求和树的典型特征。</translation>
    </message>
    <message>
        <source>One leaf is shown to two different accounts.</source>
        <translation>同一个叶子被展示给了两个不同的账户。</translation>
    </message>
    <message>
        <source>Two customers are being counted once.</source>
        <translation>两位客户只被计算了一次。</translation>
    </message>
    <message>
        <source>One salt is used by two different accounts.</source>
        <translation>同一个盐值被两个不同的账户使用。</translation>
    </message>
    <message>
        <source>Salts are meant to be unique; reuse lets leaves be shared.</source>
        <translation>盐值本应唯一；重复使用会让叶子被共用。</translation>
    </message>
    <message>
        <source>The files of this batch lead to more than one root.</source>
        <translation>本次批量检查的文件到达了不止一个根。</translation>
    </message>
    <message>
        <source>They do not all belong to one published snapshot; check each group against its own root.</source>
        <translation>它们并不都属于同一个公布的快照；请用每组各自的根分别检查各组文件。</translation>
    </message>
    <message>
        <source>The files of this batch name more than one audit.</source>
        <translation>本次批量检查的文件属于不止一个审计。</translation>
    </message>
    <message>
        <source>Files from different audits cannot be compared node by node.</source>
        <translation>来自不同审计的文件无法逐个节点进行比较。</translation>
    </message>
    <message>
        <source>The files of this batch are of more than one format.</source>
        <translation>本次批量检查的文件有不止一种格式。</translation>
    </message>
    <message>
        <source>One snapshot is published in one format; files of another are from another audit or exchange.</source>
        <translation>一个快照只以一种格式公布；其他格式的文件来自其他审计或交易所。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>该文件不存在。</translation>
    </message>
    <message>
        <source>Check the name and folder, then choose the file again.</source>
        <translation>请检查文件名和文件夹，然后重新选择文件。</translation>
    </message>
    <message>
        <source>The path names a folder or a device, not a file.</source>
        <translation>该路径指向的是文件夹或设备，而不是文件。</translation>
    </message>
    <message>
        <source>Choose the proof file itself.</source>
        <translation>请选择证明文件本身。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Check that you may read it and that the disk is working.</source>
        <translation>请检查您是否有权限读取它，以及磁盘是否正常工作。</translation>
    </message>
    <message>
        <source>The file is larger than any real proof of its kind.</source>
        <translation>该文件比任何同类的真实证明都大。</translation>
    </message>
    <message>
        <source>A proof of one account is a few kilobytes; check that this is the right file.</source>
        <translation>单个账户的证明只有几 KB；请检查这是否是正确的文件。</translation>
    </message>
    <message>
        <source>The file is not text (UTF-8).</source>
        <translation>该文件不是文本（UTF-8）。</translation>
    </message>
    <message>
        <source>Proof files are text; this may be a different kind of file.</source>
        <translation>证明文件是文本文件；这可能是另一种类型的文件。</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>该文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The file may be cut short or edited; download it again.</source>
        <translation>该文件可能不完整或被修改过；请重新下载。</translation>
    </message>
    <message>
        <source>A JSON object names the same field twice.</source>
        <translation>某个 JSON 对象中同一个字段出现了两次。</translation>
    </message>
    <message>
        <source>Programs disagree on which copy counts, so such a file could show different values to different tools.</source>
        <translation>不同程序对以哪一份为准看法不一，因此这样的文件在不同工具中可能显示不同的数值。</translation>
    </message>
    <message>
        <source>The file nests deeper than any real proof.</source>
        <translation>该文件的嵌套层数比任何真实证明都深。</translation>
    </message>
    <message>
        <source>Real proofs nest a few levels; this file is not one.</source>
        <translation>真实证明只有几层嵌套；这个文件不是真实的证明。</translation>
    </message>
    <message>
        <source>A number in the file is longer than any real amount.</source>
        <translation>文件中有个数字比任何真实金额都长。</translation>
    </message>
    <message>
        <source>Real amounts have well under 40 digits.</source>
        <translation>真实金额的位数远少于 40 位。</translation>
    </message>
    <message>
        <source>The proof&apos;s path has more steps than any real tree has levels.</source>
        <translation>证明中的路径步数比任何真实的树的层数都多。</translation>
    </message>
    <message>
        <source>Real paths have at most a few dozen steps; this file is damaged or not a proof.</source>
        <translation>真实的路径最多只有几十步；该文件已损坏，或者不是证明。</translation>
    </message>
    <message>
        <source>The file names more assets than any exchange lists.</source>
        <translation>该文件列出的资产比任何交易所列出的都多。</translation>
    </message>
    <message>
        <source>Real proofs name at most a few hundred assets; this file is damaged or not a proof.</source>
        <translation>真实的证明最多列出几百种资产；该文件已损坏，或者不是证明。</translation>
    </message>
    <message>
        <source>A field of the proof is missing, of the wrong kind or out of range.</source>
        <translation>证明中的某个字段缺失、类型不对或超出范围。</translation>
    </message>
    <message>
        <source>The message names the field; the file may be damaged or edited.</source>
        <translation>提示信息中写明了是哪个字段；该文件可能已损坏或被修改过。</translation>
    </message>
    <message>
        <source>The tree file does not have the expected layout.</source>
        <translation>树文件的布局与预期不符。</translation>
    </message>
    <message>
        <source>The message names the line; check that it is the exchange&apos;s full tree for this snapshot.</source>
        <translation>提示信息中写明了是哪一行；请检查它是否是交易所该快照的完整树。</translation>
    </message>
    <message>
        <source>The typed path is not in the expected form.</source>
        <translation>输入的路径格式不符合预期。</translation>
    </message>
    <message>
        <source>Copy the path again from the audit page.</source>
        <translation>请从审计页面重新复制路径。</translation>
    </message>
    <message>
        <source>The values typed for your account are not in the expected form.</source>
        <translation>为您的账户输入的值格式不符合预期。</translation>
    </message>
    <message>
        <source>Copy them again from the exchange&apos;s page.</source>
        <translation>请从交易所的页面重新复制。</translation>
    </message>
    <message>
        <source>No proof object was found in the pasted text.</source>
        <translation>在粘贴的文本中没有找到证明对象。</translation>
    </message>
    <message>
        <source>Paste the whole text the exchange&apos;s page shows.</source>
        <translation>请粘贴交易所页面显示的全部文本。</translation>
    </message>
    <message>
        <source>This proof uses a feature the app does not support yet.</source>
        <translation>此证明用到了本应用尚不支持的功能。</translation>
    </message>
    <message>
        <source>The message says which one.</source>
        <translation>提示信息中写明了是哪一项。</translation>
    </message>
    <message>
        <source>The published root is not a hash, or no root was found in the file given for it.</source>
        <translation>公布的根不是哈希值，或者在为它提供的文件中没有找到根。</translation>
    </message>
    <message>
        <source>Paste the root exactly as the exchange&apos;s page shows it, or choose the file the exchange publishes.</source>
        <translation>请完全按照交易所页面显示的内容粘贴根，或选择交易所公布的文件。</translation>
    </message>
    <message>
        <source>This format has no root inside the file, so the published root must be given.</source>
        <translation>这种格式的文件中不含根，因此必须提供公布的根。</translation>
    </message>
    <message>
        <source>Paste the root from the exchange&apos;s proof-of-reserves page.</source>
        <translation>请从交易所的储备金证明页面粘贴根。</translation>
    </message>
    <message>
        <source>This format needs the exchange&apos;s full tree file as well.</source>
        <translation>这种格式还需要交易所的完整树文件。</translation>
    </message>
    <message>
        <source>Choose the tree file for the same snapshot.</source>
        <translation>请选择同一快照的树文件。</translation>
    </message>
    <message>
        <source>A tree file was given for a format that has none.</source>
        <translation>为一种没有树文件的格式提供了树文件。</translation>
    </message>
    <message>
        <source>Remove the tree file, or check the proof file.</source>
        <translation>请移除树文件，或检查证明文件。</translation>
    </message>
    <message>
        <source>The file is not one of the supported proof formats.</source>
        <translation>该文件不属于任何支持的证明格式。</translation>
    </message>
    <message>
        <source>Check that it is the proof file; `reserve-verify formats` lists what is supported.</source>
        <translation>请检查它是否是证明文件；`reserve-verify formats` 会列出支持的格式。</translation>
    </message>
    <message>
        <source>The chosen format id is not supported.</source>
        <translation>所选的格式编号不受支持。</translation>
    </message>
    <message>
        <source>Choose a format from the list.</source>
        <translation>请从列表中选择一种格式。</translation>
    </message>
    <message>
        <source>The file fits more than one format.</source>
        <translation>该文件符合不止一种格式。</translation>
    </message>
    <message>
        <source>Choose the exchange and format it came from.</source>
        <translation>请选择它所来自的交易所和格式。</translation>
    </message>
    <message>
        <source>This format needs the audit&apos;s published roots file.</source>
        <translation>这种格式需要该审计公布的根文件。</translation>
    </message>
    <message>
        <source>Give the roots file of the same audit as the published root (--root).</source>
        <translation>请把同一次审计的根文件作为公布的根提供（--root）。</translation>
    </message>
    <message>
        <source>The asset list or configuration given is not of the kind this format uses.</source>
        <translation>提供的资产列表或配置不是这种格式所用的类型。</translation>
    </message>
    <message>
        <source>Give the asset list or configuration published with the same snapshot.</source>
        <translation>请提供与同一快照一起公布的资产列表或配置。</translation>
    </message>
    <message>
        <source>The asset list or configuration is damaged or not in the expected form.</source>
        <translation>资产列表或配置已损坏，或格式不符合预期。</translation>
    </message>
    <message>
        <source>The message names the row or field; download it again from the exchange.</source>
        <translation>提示信息中写明了是哪一行或哪个字段；请从交易所重新下载。</translation>
    </message>
    <message>
        <source>A secret value given (credential, nonce or key) is not in the expected form.</source>
        <translation>提供的某个机密值（凭证、随机数或密钥）格式不符合预期。</translation>
    </message>
    <message>
        <source>Copy it again exactly as the exchange shows it.</source>
        <translation>请完全按照交易所显示的内容重新复制。</translation>
    </message>
    <message>
        <source>The snapshot bundle or batch table is damaged or not in the expected form.</source>
        <translation>快照文件包或批次表已损坏，或格式不符合预期。</translation>
    </message>
    <message>
        <source>The message names the row or file; download the bundle again.</source>
        <translation>提示信息中写明了是哪一行或哪个文件；请重新下载文件包。</translation>
    </message>
    <message>
        <source>The archive holds paths, links or sizes no honest bundle has.</source>
        <translation>该压缩包含有正常文件包不会有的路径、链接或大小。</translation>
    </message>
    <message>
        <source>It was not unpacked; ask the exchange for a clean copy.</source>
        <translation>它没有被解压；请向交易所索取一份干净的副本。</translation>
    </message>
    <message>
        <source>A value is too large for the field the zero-knowledge proof works in.</source>
        <translation>某个值对于零知识证明所用的有限域来说太大了。</translation>
    </message>
    <message>
        <source>No real proof holds such a value; the file was made or edited by hand.</source>
        <translation>真实证明中不会有这样的值；该文件是手工制作或手工修改的。</translation>
    </message>
    <message>
        <source>The verification was cancelled before it finished.</source>
        <translation>验证在完成前被取消了。</translation>
    </message>
    <message>
        <source>Nothing was concluded; run it again.</source>
        <translation>没有得出任何结论；请重新运行。</translation>
    </message>
    <message>
        <source>The verifier hit an internal error.</source>
        <translation>验证器遇到内部错误。</translation>
    </message>
    <message>
        <source>Nothing was concluded. Please report it, with the file&apos;s format (not the file itself).</source>
        <translation>没有得出任何结论。请报告此问题，并附上文件的格式（不要附上文件本身）。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{text!r} is not a plain decimal number</source>
        <translation>{text!r} 不是普通的十进制数</translation>
    </message>
    <message>
        <source>amount {value} is too large to write exactly</source>
        <translation>金额 {value} 太大，无法精确写出</translation>
    </message>
    <message>
        <source>values entered by hand</source>
        <translation>手动输入的值</translation>
    </message>
    <message>
        <source>Values typed by hand are accepted for {ENTRY_FORMATS}, not for {format_id!r}.</source>
        <translation>只有 {ENTRY_FORMATS} 接受手动输入的值，{format_id!r} 不接受。</translation>
    </message>
    <message>
        <source>scheme A (unquoted BigDecimal.toString amounts; Dec 2022 - Aug 2025)</source>
        <translation>方案 A（未加引号的 BigDecimal.toString 金额；2022 年 12 月 – 2025 年 8 月）</translation>
    </message>
    <message>
        <source>scheme B (quoted amounts, trailing zeros stripped; Nov 2025 on)</source>
        <translation>方案 B（加引号的金额，去掉末尾的零；2025 年 11 月起）</translation>
    </message>
    <message>
        <source>none (the leaf matches neither scheme A nor scheme B)</source>
        <translation>无（叶子与方案 A、方案 B 都不符）</translation>
    </message>
    <message>
        <source>must be a number, not true/false</source>
        <translation>必须是数字，不能是 true/false</translation>
    </message>
    <message>
        <source>{text!r} is not a decimal number</source>
        <translation>{text!r} 不是十进制数</translation>
    </message>
    <message>
        <source>{shown!r} is outside the range of a proof amount</source>
        <translation>{shown!r} 超出了证明金额的范围</translation>
    </message>
    <message>
        <source>Bitget proof (merkel_tree_bg.json)</source>
        <translation>Bitget 证明（merkel_tree_bg.json）</translation>
    </message>
    <message>
        <source>{name}: the coin names cannot be put in Java HashMap order by this verifier ({exc}).</source>
        <translation>{name}：本验证器无法把这些币种名称排成 Java HashMap 的顺序（{exc}）。</translation>
    </message>
    <message>
        <source>Your leaf recomputes under {variant}.</source>
        <translation>您的叶子按{variant}重新算出。</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>叶子</translation>
    </message>
    <message>
        <source>Your leaf recomputes from your encryptUid, nonce and balances (scheme {scheme}).</source>
        <translation>您的叶子可由您的 encryptUid、nonce 和余额重新算出（方案 {scheme}）。</translation>
    </message>
    <message>
        <source>Your leaf does not match your encryptUid, nonce and balances under either scheme.</source>
        <translation>无论按哪种方案，您的叶子都与您的 encryptUid、nonce 和余额不符。</translation>
    </message>
    <message>
        <source>The file says your leaf is {merkelLeaf}, but the first 16 hex digits of SHA-256 of {texts!r} (scheme A) are {hashes} and of {texts2!r} (scheme B) are {hashes2}: the balances, encryptUid or nonce in the file are not the ones Bitget hashed.</source>
        <translation>文件说您的叶子是 {merkelLeaf}，但 {texts!r} 的 SHA-256 前 16 位十六进制数（方案 A）是 {hashes}，{texts2!r} 的（方案 B）是 {hashes2}：文件中的余额、encryptUid 或 nonce 不是 Bitget 当时哈希的那些。</translation>
    </message>
    <message>
        <source>your leaf</source>
        <translation>您的叶子</translation>
    </message>
    <message>
        <source>neighbour leaf</source>
        <translation>相邻叶子</translation>
    </message>
    <message>
        <source>The neighbouring leaf in path[0] recomputes from its own encryptUid, nonce and balances.</source>
        <translation>path[0] 中的相邻叶子可由它自己的 encryptUid、nonce 和余额重新算出。</translation>
    </message>
    <message>
        <source>The neighbouring leaf in path[0] does not match its own encryptUid, nonce and balances.</source>
        <translation>path[0] 中的相邻叶子与它自己的 encryptUid、nonce 和余额不符。</translation>
    </message>
    <message>
        <source>The first 16 hex digits of SHA-256 of {text!r} are {computed}, but path[0].merkelLeaf is {merkelLeaf}.</source>
        <translation>{text!r} 的 SHA-256 前 16 位十六进制数是 {computed}，但 path[0].merkelLeaf 是 {merkelLeaf}。</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>第 {level} 层</translation>
    </message>
    <message>
        <source>padding sibling (copy of this node, zero balances)</source>
        <translation>填充兄弟节点（此节点的副本，余额为零）</translation>
    </message>
    <message>
        <source>The recomputed sum at level {level} is negative for {negative}.</source>
        <translation>第 {level} 层重新计算的 {negative} 总和为负数。</translation>
    </message>
    <message>
        <source>it copies this node with zero balances (padding) but has role {role}, not 0 or 2</source>
        <translation>它复制了此节点且余额为零（填充），但角色是 {role}，不是 0 或 2</translation>
    </message>
    <message>
        <source>it has role 0 (padding) but is not a zero-balance copy of this node</source>
        <translation>它的角色是 0（填充），却不是此节点余额为零的副本</translation>
    </message>
    <message>
        <source>it has this node&apos;s hash but non-zero balances; a real sibling cannot equal its neighbour</source>
        <translation>它的哈希与此节点相同，余额却不为零；真正的兄弟节点不可能与相邻节点相同</translation>
    </message>
    <message>
        <source>it is padding but carries an encryptUid or nonce other than the node it copies</source>
        <translation>它是填充节点，却带有与所复制节点不同的 encryptUid 或 nonce</translation>
    </message>
    <message>
        <source>sibling path[{k}]</source>
        <translation>兄弟节点 path[{k}]</translation>
    </message>
    <message>
        <source>path[{k}] breaks the padding rule: {problem}.</source>
        <translation>path[{k}] 违反了填充规则：{problem}。</translation>
    </message>
    <message>
        <source>a real sibling (role 1 or 2) or a zero-balance copy (role 0 or 2)</source>
        <translation>真正的兄弟节点（角色 1 或 2）或余额为零的副本（角色 0 或 2）</translation>
    </message>
    <message>
        <source>role {role}, merkelLeaf {merkelLeaf}</source>
        <translation>角色 {role}，merkelLeaf {merkelLeaf}</translation>
    </message>
    <message>
        <source>path[{k}] breaks the padding rule: {problem}. The text hashed at this step was {text!r}.</source>
        <translation>path[{k}] 违反了填充规则：{problem}。这一步哈希的文本是 {text!r}。</translation>
    </message>
    <message>
        <source>root totals</source>
        <translation>根的总额</translation>
    </message>
    <message>
        <source>The recomputed root totals equal the totals written in the file.</source>
        <translation>重新计算的根总额与文件中写的总额相同。</translation>
    </message>
    <message>
        <source>The recomputed root totals differ from the file&apos;s root for {differ}.</source>
        <translation>重新计算的根总额与文件中的根在 {differ} 上不同。</translation>
    </message>
    <message>
        <source>The root totals recomputed from the path differ from path[{count_path}].balances for {differ}; the last text hashed was {preimage!r}.</source>
        <translation>沿路径重新计算的根总额在 {differ} 上与 path[{count_path}].balances 不同；最后哈希的文本是 {preimage!r}。</translation>
    </message>
    <message>
        <source>the last entry of the proof&apos;s path (level 1)</source>
        <translation>证明路径的最后一项（第 1 层）</translation>
    </message>
    <message>
        <source>The last entry of the path says the root is {merkelLeaf}, but the first 16 hex digits of SHA-256 of {preimage!r} are {hash}.</source>
        <translation>路径的最后一项说根是 {merkelLeaf}，但 {preimage!r} 的 SHA-256 前 16 位十六进制数是 {hash}。</translation>
    </message>
    <message>
        <source>the path must hold at least one sibling and the root</source>
        <translation>路径至少要有一个兄弟节点和根</translation>
    </message>
    <message>
        <source>path[0].role is {role}, the same side as your leaf</source>
        <translation>path[0].role 是 {role}，与您的叶子在同一侧</translation>
    </message>
    <message>
        <source>path[0] has role {role} and level {level}</source>
        <translation>path[0] 的角色是 {role}，层级是 {level}</translation>
    </message>
    <message>
        <source>self.role is {role}; your leaf is 1 (left) or 2 (right)</source>
        <translation>self.role 是 {role}；您的叶子应为 1（左）或 2（右）</translation>
    </message>
    <message>
        <source>self.role is 2 (right) but path[0].role is {role}, not 1 (left)</source>
        <translation>self.role 是 2（右），但 path[0].role 是 {role}，不是 1（左）</translation>
    </message>
    <message>
        <source>path[{k}].role is {role}; the root is role 3 (or has none)</source>
        <translation>path[{k}].role 是 {role}；根的角色是 3（或没有角色）</translation>
    </message>
    <message>
        <source>path[{k}].role is {role}; a sibling is 1, 2 or 0 (padding)</source>
        <translation>path[{k}].role 是 {role}；兄弟节点应为 1、2 或 0（填充）</translation>
    </message>
    <message>
        <source>path[{k}] carries an encryptUid or nonce; only leaves do</source>
        <translation>path[{k}] 带有 encryptUid 或 nonce；只有叶子才有</translation>
    </message>
    <message>
        <source>path[0] has only one of encryptUid and nonce</source>
        <translation>path[0] 只有 encryptUid 和 nonce 中的一个</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Sides and roles follow the format&apos;s rules.</source>
        <translation>左右位置和角色符合该格式的规则。</translation>
    </message>
    <message>
        <source>self.role 1 or 2 opposite path[0]; siblings 1, 2 or 0; root 3 or none; at least 2 entries</source>
        <translation>self.role 为 1 或 2 且与 path[0] 相对；兄弟节点为 1、2 或 0；根为 3 或无；至少 2 项</translation>
    </message>
    <message>
        <source>self.level is {level}; with {count_path} path entries the leaves are at {count_path}</source>
        <translation>self.level 是 {level}；路径有 {count_path} 项时叶子位于第 {count_path} 层</translation>
    </message>
    <message>
        <source>path[{k}].level is {level}; expected {count_path}</source>
        <translation>path[{k}].level 是 {level}；应为 {count_path}</translation>
    </message>
    <message>
        <source>Levels on the path are not continuous: {problem}.</source>
        <translation>路径上的层级不连续：{problem}。</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Levels run continuously from {level} (your leaf) to 1 (the root).</source>
        <translation>层级从 {level}（您的叶子）连续到 1（根）。</translation>
    </message>
    <message>
        <source>The levels on the path are not continuous</source>
        <translation>路径上的层级不连续</translation>
    </message>
    <message>
        <source>self {count_path}, then path levels {count_path}, {count_path2}, …, 1</source>
        <translation>self 为 {count_path}，然后路径层级为 {count_path}、{count_path2}、…、1</translation>
    </message>
    <message>
        <source>audit id</source>
        <translation>审计编号</translation>
    </message>
    <message>
        <source>Every node names the same audit.</source>
        <translation>每个节点都属于同一次审计。</translation>
    </message>
    <message>
        <source>The nodes name different audits: {sorted}.</source>
        <translation>各节点属于不同的审计：{sorted}。</translation>
    </message>
    <message>
        <source>The nodes name different audits ({sorted}), e.g. at {odd}.</source>
        <translation>各节点属于不同的审计（{sorted}），例如 {odd}。</translation>
    </message>
    <message>
        <source>your leaf has no balances</source>
        <translation>您的叶子没有余额</translation>
    </message>
    <message>
        <source>{odd} list other coins than your leaf</source>
        <translation>{odd} 列出的币种与您的叶子不同</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Every node lists the same coins: {balances}.</source>
        <translation>每个节点列出的币种相同：{balances}。</translation>
    </message>
    <message>
        <source>Coin sets differ: {problem}.</source>
        <translation>币种集合不同：{problem}。</translation>
    </message>
    <message>
        <source>{sentence} The last text hashed was {last!r}.</source>
        <translation>{sentence} 最后哈希的文本是 {last!r}。</translation>
    </message>
    <message>
        <source>{place} is {plain}, finer than Bitget&apos;s {MAX_PLACES} places.</source>
        <translation>{place} 是 {plain}，比 Bitget 的 {MAX_PLACES} 位小数更精细。</translation>
    </message>
    <message>
        <source>{place} is written {shown!r}.</source>
        <translation>{place} 写作 {shown!r}。</translation>
    </message>
    <message>
        <source>path[0] holds your neighbour&apos;s encryptUid, nonce and balances.</source>
        <translation>path[0] 包含您相邻用户的 encryptUid、nonce 和余额。</translation>
    </message>
    <message>
        <source>Bitget&apos;s current verifier (v1.0.4) reports &apos;Inconsistent&apos; for every scheme-A file such as this one; its v1.0.3 and earlier releases check it.</source>
        <translation>Bitget 当前的验证工具（v1.0.4）会对这类方案 A 文件一律报告“Inconsistent”；它的 v1.0.3 及更早版本会检查这类文件。</translation>
    </message>
    <message>
        <source>the published root</source>
        <translation>公布的根</translation>
    </message>
    <message>
        <source>releases up to v1.0.3, which read scheme A</source>
        <translation>v1.0.3 及更早的版本（读取方案 A）</translation>
    </message>
    <message>
        <source>Bitget&apos;s own verifier ({tool}) does not check {skipped}, so it would report this file as &apos;Consistent&apos;.</source>
        <translation>Bitget 自己的验证工具（{tool}）不检查 {skipped}，因此会把此文件报告为“Consistent”。</translation>
    </message>
    <message>
        <source>Every node that names an audit names the same one ({ids}); the audit id is hashed nowhere, so it is not verified.</source>
        <translation>所有写明审计的节点都写的是同一次审计（{ids}）；审计编号没有参与任何哈希计算，因此未经验证。</translation>
    </message>
    <message>
        <source>merkletreejs 0.1.x leaf list (Gate.io&apos;s 2020 tool; The Network Firm&apos;s tool writes the same layout)</source>
        <translation>merkletreejs 0.1.x 叶子列表（Gate.io 2020 年的工具；The Network Firm 的工具写出同样的布局）</translation>
    </message>
    <message>
        <source>balance written with exactly 8 decimals</source>
        <translation>余额写成正好 8 位小数</translation>
    </message>
    <message>
        <source>balance text as typed</source>
        <translation>按输入的余额文本</translation>
    </message>
    <message>
        <source>{name}: line {number}: expected &apos;&lt;layers&gt;,&lt;index&gt;&lt;TAB&gt;&lt;16 hex digits&gt;&apos;, found {line!r}.</source>
        <translation>{name}：第 {number} 行：应为“&lt;layers&gt;,&lt;index&gt;&lt;TAB&gt;&lt;16 位十六进制数&gt;”，实际是 {line!r}。</translation>
    </message>
    <message>
        <source>{name}: the leaf list holds no leaves.</source>
        <translation>{name}：叶子列表中没有叶子。</translation>
    </message>
    <message>
        <source>amounts of 10^21 or more are written in exponent form by JavaScript</source>
        <translation>JavaScript 会把 10^21 及以上的金额写成指数形式</translation>
    </message>
    <message>
        <source>{typed!r} has more than 8 decimal places; Gate.io balances have at most 8</source>
        <translation>{typed!r} 的小数超过 8 位；Gate.io 的余额最多 8 位小数</translation>
    </message>
    <message>
        <source>The hashed user id is empty.</source>
        <translation>哈希后的用户编号为空。</translation>
    </message>
    <message>
        <source>The balance {typed!r} cannot be used: {exc}.</source>
        <translation>余额 {typed!r} 无法使用：{exc}。</translation>
    </message>
    <message>
        <source>{name}: for Gate.io v1 the leaf list is the proof file itself; --tree is not used.</source>
        <translation>{name}：Gate.io v1 的叶子列表本身就是证明文件；不使用 --tree。</translation>
    </message>
    <message>
        <source>{name}: a Gate.io leaf list holds no root of its own. Give the root the auditor published (--root, or the root box in the app) to verify it.</source>
        <translation>{name}：Gate.io 叶子列表本身不含根。请提供审计方公布的根（--root，或应用中的根输入框）来验证它。</translation>
    </message>
    <message>
        <source>line {number} says {label!r}, expected &apos;{layer_count},{i}&apos;</source>
        <translation>第 {number} 行写的是 {label!r}，应为“{layer_count},{i}”</translation>
    </message>
    <message>
        <source>leaf list</source>
        <translation>叶子列表</translation>
    </message>
    <message>
        <source>{count_leaves} leaves in {layer_count} layers, numbered in order.</source>
        <translation>{count_leaves} 个叶子分布在 {layer_count} 层，按顺序编号。</translation>
    </message>
    <message>
        <source>The leaf list&apos;s numbering does not match its {count} leaves in {layers} layers: {problems}.</source>
        <translation>叶子列表的编号与其 {count} 个叶子、{layers} 层不符：{problems}。</translation>
    </message>
    <message>
        <source>&apos;{layer_count},&lt;index&gt;&apos; with indexes 0, 1, 2, … in order</source>
        <translation>“{layer_count},&lt;index&gt;”，编号按 0、1、2、… 的顺序</translation>
    </message>
    <message>
        <source>No leaf of the list matches your hashed user id and balance.</source>
        <translation>列表中没有叶子与您的哈希用户编号和余额相符。</translation>
    </message>
    <message>
        <source>one of the {count_leaves} leaves of the list</source>
        <translation>列表 {count_leaves} 个叶子中的一个</translation>
    </message>
    <message>
        <source>Your leaf is the first 16 hex digits of SHA-256 of the text {preimage!r} (SHA-256 of {uid!r} followed by SHA-256 of the balance text {balance!r}), which is {leaf}; no line of the list holds it.</source>
        <translation>您的叶子是文本 {preimage!r} 的 SHA-256 的前 16 位十六进制数（即 {uid!r} 的 SHA-256 后接余额文本 {balance!r} 的 SHA-256），结果是 {leaf}；列表中没有任何一行包含它。</translation>
    </message>
    <message>
        <source> Also tried: {others}.</source>
        <translation> 还尝试了：{others}。</translation>
    </message>
    <message>
        <source>Your leaf {leaf} is leaf {index} of the list (line {line_numbers}).</source>
        <translation>您的叶子 {leaf} 是列表中的第 {index} 个叶子（第 {line_numbers} 行）。</translation>
    </message>
    <message>
        <source>Your leaf was found with the {variant} ({text!r}).</source>
        <translation>您的叶子是按{variant}（{text!r}）找到的。</translation>
    </message>
    <message>
        <source>Gate.io&apos;s verifier hashes {tried!r} for what you typed and would report &quot;Could not find your information in the Merkle Tree&quot;.</source>
        <translation>Gate.io 的验证工具会对您输入的内容哈希 {tried!r}，并报告“Could not find your information in the Merkle Tree”。</translation>
    </message>
    <message>
        <source>Your leaf appears at positions {map}.</source>
        <translation>您的叶子出现在位置 {map}。</translation>
    </message>
    <message>
        <source>leaf {index} of {count_leaves}; hashed balance text {text!r}</source>
        <translation>第 {index} 个叶子（共 {count_leaves} 个）；哈希的余额文本 {text!r}</translation>
    </message>
    <message>
        <source>layer {height}</source>
        <translation>第 {height} 层</translation>
    </message>
    <message>
        <source>no sibling in layer {height}: the node moved up unchanged (promoted)</source>
        <translation>第 {height} 层没有兄弟节点：节点原样上移（提升）</translation>
    </message>
    <message>
        <source>the hashed bytes are shown as hex</source>
        <translation>哈希的字节以十六进制显示</translation>
    </message>
    <message>
        <source>Your node had no sibling in layer(s) {map} (layer 1 = the leaves) and moved up unchanged.</source>
        <translation>您的节点在第 {map} 层（第 1 层为叶子）没有兄弟节点，原样上移。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Your path folds to the root rebuilt from the whole list.</source>
        <translation>您的路径折叠后得到由整个列表重建的根。</translation>
    </message>
    <message>
        <source>Your path does not fold to the root rebuilt from the whole list.</source>
        <translation>您的路径折叠后得不到由整个列表重建的根。</translation>
    </message>
    <message>
        <source>root</source>
        <translation>根</translation>
    </message>
    <message>
        <source>rebuilt from all {count_layers} leaves in {count_layers2} layers; the hashed bytes are shown as hex</source>
        <translation>由全部 {count_layers} 个叶子在 {count_layers2} 层中重建；哈希的字节以十六进制显示</translation>
    </message>
    <message>
        <source>Each leaf keeps only 8 bytes of its SHA-256 (the parents are full SHA-256).</source>
        <translation>每个叶子只保留其 SHA-256 的 8 个字节（父节点是完整的 SHA-256）。</translation>
    </message>
    <message>
        <source>A leaf hashes only the hashed user id and the balance, without a salt.</source>
        <translation>叶子只哈希了哈希后的用户编号和余额，没有加盐。</translation>
    </message>
    <message>
        <source>How Gate.io derives the hashed user id from your UID is not published.</source>
        <translation>Gate.io 如何从您的 UID 得出哈希后的用户编号没有公开。</translation>
    </message>
    <message>
        <source>The last node of layer(s) {map} (layer 1 = the leaves) moves up unchanged.</source>
        <translation>第 {map} 层（第 1 层为叶子）的最后一个节点原样上移。</translation>
    </message>
    <message>
        <source>{repeats} leaf value(s) of the list appear more than once.</source>
        <translation>列表中有 {repeats} 个叶子值出现不止一次。</translation>
    </message>
    <message>
        <source>{lf_only_lines} line(s) end with LF only; Gate.io&apos;s own verifier splits lines on CRLF and would not read them.</source>
        <translation>有 {lf_only_lines} 行只以 LF 结尾；Gate.io 自己的验证工具按 CRLF 分行，读不到这些行。</translation>
    </message>
    <message>
        <source>HTX/Poloniex v1 layout (auto-coins rules); nothing in the file tells HTX from Poloniex, so it is reported as HTX</source>
        <translation>HTX/Poloniex v1 布局（自动币种规则）；文件中没有区分 HTX 和 Poloniex 的信息，因此报告为 HTX</translation>
    </message>
    <message>
        <source>chosen with --format: Poloniex uses HTX&apos;s v1 layout and rules unchanged</source>
        <translation>通过 --format 选择：Poloniex 原样使用 HTX 的 v1 布局和规则</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>必须是 64 位小写十六进制数</translation>
    </message>
    <message>
        <source>{source_name}: {where}: {part!r} is not a COIN:amount item (the balances must look like &apos;BTC:0.5,ETH:0&apos;).</source>
        <translation>{source_name}：{where}：{part!r} 不是“币种:金额”项（余额应形如“BTC:0.5,ETH:0”）。</translation>
    </message>
    <message>
        <source>{source_name}: {where}: the coin {coin} appears twice.</source>
        <translation>{source_name}：{where}：币种 {coin} 出现了两次。</translation>
    </message>
    <message>
        <source>{exchange} Merkle v1 proof</source>
        <translation>{exchange} Merkle v1 证明</translation>
    </message>
    <message>
        <source>The file holds {count_nodes} node(s); a proof needs at least the root, one sibling and your own leaf.</source>
        <translation>文件中有 {count_nodes} 个节点；证明至少需要根、一个兄弟节点和您自己的叶子。</translation>
    </message>
    <message>
        <source>at least 3 entries in data</source>
        <translation>data 中至少 3 项</translation>
    </message>
    <message>
        <source>{count_nodes} entries</source>
        <translation>{count_nodes} 项</translation>
    </message>
    <message>
        <source>taken from the file: the exchange has not published how a leaf is built</source>
        <translation>取自文件：交易所没有公开叶子的构造方法</translation>
    </message>
    <message>
        <source>data[{k}] copies the node beside it (HTX&apos;s padding rule is not documented).</source>
        <translation>data[{k}] 复制了它旁边的节点（HTX 的填充规则没有公开）。</translation>
    </message>
    <message>
        <source>padding at level {k}</source>
        <translation>第 {k} 层的填充</translation>
    </message>
    <message>
        <source>The copied sibling is on the right, where padding goes.</source>
        <translation>复制的兄弟节点在右侧，即填充所在的位置。</translation>
    </message>
    <message>
        <source>data[{k}] copies your node but is flagged as the left child; padding is appended on the right.</source>
        <translation>data[{k}] 复制了您的节点，却被标为左子节点；填充应加在右侧。</translation>
    </message>
    <message>
        <source>copy on the right</source>
        <translation>右侧的副本</translation>
    </message>
    <message>
        <source>copy on the left</source>
        <translation>左侧的副本</translation>
    </message>
    <message>
        <source>level {k} above your leaf</source>
        <translation>您的叶子之上第 {k} 层</translation>
    </message>
    <message>
        <source>The recomputed sum of {negative} at level {k} is negative.</source>
        <translation>第 {k} 层重新计算的 {negative} 总和为负数。</translation>
    </message>
    <message>
        <source>data[{k}].r is {r}; it must be 0 (left) or 1 (right)</source>
        <translation>data[{k}].r 是 {r}；它必须是 0（左）或 1（右）</translation>
    </message>
    <message>
        <source>data[1].r and your leaf&apos;s r are both {r}; a sibling is on the other side</source>
        <translation>data[1].r 和您叶子的 r 都是 {r}；兄弟节点应在另一侧</translation>
    </message>
    <message>
        <source>The side flags follow the format&apos;s rules.</source>
        <translation>左右标记符合该格式的规则。</translation>
    </message>
    <message>
        <source>r is 0 or 1; your leaf and data[1] on opposite sides</source>
        <translation>r 为 0 或 1；您的叶子与 data[1] 位于相对两侧</translation>
    </message>
    <message>
        <source>missing {coins}</source>
        <translation>缺少 {coins}</translation>
    </message>
    <message>
        <source>extra {coins}</source>
        <translation>多出 {coins}</translation>
    </message>
    <message>
        <source>data[{k}].balances: {what}</source>
        <translation>data[{k}].balances：{what}</translation>
    </message>
    <message>
        <source>data[{k}].balances lists the coins in another order ({coins})</source>
        <translation>data[{k}].balances 列出币种的顺序不同（{coins}）</translation>
    </message>
    <message>
        <source>Every node lists the root&apos;s coins ({root_coins}) in the same order.</source>
        <translation>每个节点都按相同顺序列出根的币种（{root_coins}）。</translation>
    </message>
    <message>
        <source>The nodes do not all list the root&apos;s coins in the root&apos;s order</source>
        <translation>并非所有节点都按根的顺序列出根的币种</translation>
    </message>
    <message>
        <source>The exchange&apos;s newest tool looks coins up by name and would accept a different order; its older releases read them by position, so such a file is ambiguous and is failed here.</source>
        <translation>交易所最新的工具按名称查找币种，会接受不同的顺序；它较早的版本按位置读取，因此这样的文件含义不明确，在此判为失败。</translation>
    </message>
    <message>
        <source>The file&apos;s root (data[0]) says {balances!r}, but the sums recomputed up the path are {value!r}. The last text hashed was {last_text!r}, giving {computed}.</source>
        <translation>文件的根（data[0]）写的是 {balances!r}，但沿路径重新计算的总和是 {value!r}。最后哈希的文本是 {last_text!r}，得到 {computed}。</translation>
    </message>
    <message>
        <source>data[0] of the proof file</source>
        <translation>证明文件的 data[0]</translation>
    </message>
    <message>
        <source>data[0].hash is {hash}, but the last text hashed, {last_text!r}, gives {computed}.</source>
        <translation>data[0].hash 是 {hash}，但最后哈希的文本 {last_text!r} 得到的是 {computed}。</translation>
    </message>
    <message>
        <source>no uhash chain in the file</source>
        <translation>文件中没有 uhash 链</translation>
    </message>
    <message>
        <source>the SHA-1 uhash chain matches the root&apos;s uhash (informational, not part of any hash checked)</source>
        <translation>SHA-1 uhash 链与根的 uhash 相符（仅供参考，不属于任何被检查的哈希）</translation>
    </message>
    <message>
        <source>the SHA-1 uhash chain does not match the root&apos;s uhash (informational, not part of any hash checked)</source>
        <translation>SHA-1 uhash 链与根的 uhash 不符（仅供参考，不属于任何被检查的哈希）</translation>
    </message>
    <message>
        <source>The exchange never published how a leaf is built, so your leaf&apos;s hash (the last entry of data) is taken as given; only what is above your leaf is recomputed.</source>
        <translation>交易所从未公开叶子的构造方法，因此您叶子的哈希（data 的最后一项）按原样采用；只有您叶子之上的部分被重新计算。</translation>
    </message>
    <message>
        <source>Only the sums are hashed; the sibling&apos;s own balances are taken as given.</source>
        <translation>只有总和被哈希；兄弟节点自己的余额按原样采用。</translation>
    </message>
    <message>
        <source>data[1] is your neighbour&apos;s leaf with all of its balances.</source>
        <translation>data[1] 是您相邻用户的叶子，包含其全部余额。</translation>
    </message>
    <message>
        <source>On HTX, &quot;ETH&quot; includes BETH and stETH and &quot;USDT&quot; includes stUSDT and aETHUSDT; &quot;HT&quot; was renamed &quot;HTX&quot;. (If this file is from Poloniex, whether its labels are aggregates is unconfirmed.)</source>
        <translation>在 HTX 上，“ETH”包含 BETH 和 stETH，“USDT”包含 stUSDT 和 aETHUSDT；“HT”已更名为“HTX”。（如果此文件来自 Poloniex，其标签是否为合计尚未确认。）</translation>
    </message>
    <message>
        <source>{name} (the JSON starting on line {line})</source>
        <translation>{name}（从第 {line} 行开始的 JSON）</translation>
    </message>
    <message>
        <source>{name}: no complete KuCoin proof ({{&quot;path&quot;:[…],&quot;self&quot;:{{…}}}}) was found in this text; the JSON that starts on line {line}, column {column} is incomplete or invalid ({msg}). Copy the whole text from KuCoin&apos;s page, from the first {{{{ to the last }}}}.</source>
        <translation>{name}：在此文本中没有找到完整的 KuCoin 证明（{{&quot;path&quot;:[…],&quot;self&quot;:{{…}}}}）；从第 {line} 行第 {column} 列开始的 JSON 不完整或无效（{msg}）。请从 KuCoin 页面复制完整的文本，从第一个 {{{{ 到最后一个 }}}}。</translation>
    </message>
    <message>
        <source>{name}: no JSON object was found in this text. KuCoin&apos;s proof is a JSON text {{&quot;path&quot;:[…],&quot;self&quot;:{{…}}}} copied from its proof-of-reserves page.</source>
        <translation>{name}：在此文本中没有找到 JSON 对象。KuCoin 的证明是从其储备金证明页面复制的 JSON 文本 {{&quot;path&quot;:[…],&quot;self&quot;:{{…}}}}。</translation>
    </message>
    <message>
        <source>KuCoin proof</source>
        <translation>KuCoin 证明</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>The proof JSON starts on line {pasted_line}; the text around it was ignored.</source>
        <translation>证明 JSON 从第 {pasted_line} 行开始；其前后的文本已忽略。</translation>
    </message>
    <message>
        <source>leaf hash</source>
        <translation>叶子哈希</translation>
    </message>
    <message>
        <source>your nonce, the audit id and your balances</source>
        <translation>您的 nonce、审计编号和余额</translation>
    </message>
    <message>
        <source>the balances, nonce or audit id</source>
        <translation>余额、nonce 或审计编号</translation>
    </message>
    <message>
        <source>KuCoin</source>
        <translation>KuCoin</translation>
    </message>
    <message>
        <source>sibling at height {height}</source>
        <translation>第 {height} 层的兄弟节点</translation>
    </message>
    <message>
        <source>A sibling identical to your node must be padding with zero balances; this one is not.</source>
        <translation>与您的节点相同的兄弟节点必须是余额为零的填充节点；这个不是。</translation>
    </message>
    <message>
        <source>zero balances</source>
        <translation>余额为零</translation>
    </message>
    <message>
        <source>{coin} at height {height}</source>
        <translation>第 {height} 层的 {coin}</translation>
    </message>
    <message>
        <source>height {height}</source>
        <translation>第 {height} 层</translation>
    </message>
    <message>
        <source>The recomputed sum at height {height} is negative ({coins}).</source>
        <translation>第 {height} 层重新计算的总和为负数（{coins}）。</translation>
    </message>
    <message>
        <source>sum precision</source>
        <translation>总和精度</translation>
    </message>
    <message>
        <source>Every sum is exact at KuCoin&apos;s 100 significant digits.</source>
        <translation>按 KuCoin 的 100 位有效数字，每个总和都是精确的。</translation>
    </message>
    <message>
        <source>Some sums need more than 100 significant digits, so KuCoin&apos;s checker rounds them and the amounts&apos; last digits are not bound by the hash</source>
        <translation>有些总和需要超过 100 位有效数字，因此 KuCoin 的检查工具会对其舍入，金额的最后几位不受哈希约束</translation>
    </message>
    <message>
        <source>exact sums</source>
        <translation>精确的总和</translation>
    </message>
    <message>
        <source>self.type is {type}; a leaf is type 1 (left) or 2 (right)</source>
        <translation>self.type 是 {type}；叶子应为类型 1（左）或 2（右）</translation>
    </message>
    <message>
        <source>self.height is {height}; a leaf is at height 1</source>
        <translation>self.height 是 {height}；叶子应位于第 1 层</translation>
    </message>
    <message>
        <source>the path must hold at least a sibling and the root</source>
        <translation>路径至少要有一个兄弟节点和根</translation>
    </message>
    <message>
        <source>path[0].type is {type}, the same side as your leaf</source>
        <translation>path[0].type 是 {type}，与您的叶子在同一侧</translation>
    </message>
    <message>
        <source>path[{k}].type is {type}; the last entry is the root (type 0)</source>
        <translation>path[{k}].type 是 {type}；最后一项是根（类型 0）</translation>
    </message>
    <message>
        <source>path[{k}].type is {type}; a sibling is type 1 (left) or 2 (right)</source>
        <translation>path[{k}].type 是 {type}；兄弟节点应为类型 1（左）或 2（右）</translation>
    </message>
    <message>
        <source>path[{k}].height is {height}; expected {k2}</source>
        <translation>path[{k}].height 是 {height}；应为 {k2}</translation>
    </message>
    <message>
        <source>path[{k}].balances has the coins {theirs}; your leaf has {mine}</source>
        <translation>path[{k}].balances 的币种是 {theirs}；您的叶子是 {mine}</translation>
    </message>
    <message>
        <source>path[{k}] carries a nonce or audit id; only the neighbouring leaf path[0] does</source>
        <translation>path[{k}] 带有 nonce 或审计编号；只有相邻叶子 path[0] 才有</translation>
    </message>
    <message>
        <source>path[0].auditId is {auditId!r}, but self.auditId is {auditId2!r}</source>
        <translation>path[0].auditId 是 {auditId!r}，但 self.auditId 是 {auditId2!r}</translation>
    </message>
    <message>
        <source>Sides, types, heights and coins follow the format&apos;s rules.</source>
        <translation>左右位置、类型、层级和币种符合该格式的规则。</translation>
    </message>
    <message>
        <source>types 1/2 for leaves and siblings, 0 for the root; heights 1, 2, 3, …; the same coins everywhere</source>
        <translation>叶子和兄弟节点为类型 1/2，根为类型 0；层级 1、2、3、…；各处币种相同</translation>
    </message>
    <message>
        <source>the last entry of the proof&apos;s path</source>
        <translation>证明路径的最后一项</translation>
    </message>
    <message>
        <source>your leaf does not recompute from your balances (the checker never recomputes it)</source>
        <translation>您的叶子无法由您的余额重新算出（该检查工具从不重新计算叶子）</translation>
    </message>
    <message>
        <source>the recomputed root differs from the published root (the checker only compares with the root inside the pasted text)</source>
        <translation>重新计算的根与公布的根不同（该检查工具只与粘贴文本中的根比较）</translation>
    </message>
    <message>
        <source>a rule of the format is broken that the checker does not look at</source>
        <translation>违反了一条该检查工具不检查的格式规则</translation>
    </message>
    <message>
        <source>KuCoin&apos;s checker would print &quot;Merkle tree path validation passed!&quot; for this file, but {why}.</source>
        <translation>KuCoin 的检查工具会对此文件输出“Merkle tree path validation passed!”，但是{why}。</translation>
    </message>
    <message>
        <source>path[0] holds your neighbour&apos;s nonce and exact balances.</source>
        <translation>path[0] 包含您相邻用户的 nonce 和精确余额。</translation>
    </message>
    <message>
        <source>path[0] holds your neighbour&apos;s exact balances.</source>
        <translation>path[0] 包含您相邻用户的精确余额。</translation>
    </message>
    <message>
        <source>Compare them with the user totals on KuCoin&apos;s proof-of-reserves page.</source>
        <translation>请将其与 KuCoin 储备金证明页面上的用户总额进行比较。</translation>
    </message>
    <message>
        <source>OKX Merkle v1 proof</source>
        <translation>OKX Merkle v1 证明</translation>
    </message>
    <message>
        <source>your nonce and balances</source>
        <translation>您的 nonce 和余额</translation>
    </message>
    <message>
        <source>the balances or nonce</source>
        <translation>余额或 nonce</translation>
    </message>
    <message>
        <source>the exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>A sibling identical to your node must be a padding node (type 4) with zero balances.</source>
        <translation>与您的节点相同的兄弟节点必须是余额为零的填充节点（类型 4）。</translation>
    </message>
    <message>
        <source>type 4</source>
        <translation>类型 4</translation>
    </message>
    <message>
        <source>type {type}</source>
        <translation>类型 {type}</translation>
    </message>
    <message>
        <source>The recomputed sum at height {height} is negative.</source>
        <translation>第 {height} 层重新计算的总和为负数。</translation>
    </message>
    <message>
        <source>self.type is {type}; a leaf must be type 1 (left) or 2 (right)</source>
        <translation>self.type 是 {type}；叶子必须是类型 1（左）或 2（右）</translation>
    </message>
    <message>
        <source>path[{k}].type is {type}; the last entry is the root (type 3)</source>
        <translation>path[{k}].type 是 {type}；最后一项是根（类型 3）</translation>
    </message>
    <message>
        <source>path[{k}].type is {type}; a sibling is type 1, 2 or 4</source>
        <translation>path[{k}].type 是 {type}；兄弟节点应为类型 1、2 或 4</translation>
    </message>
    <message>
        <source>Sides, types and heights follow the format&apos;s rules.</source>
        <translation>左右位置、类型和层级符合该格式的规则。</translation>
    </message>
    <message>
        <source>types 1/2 for leaves, 1/2/4 for siblings, 3 for the root; heights 1, 2, 3, …</source>
        <translation>叶子为类型 1/2，兄弟节点为 1/2/4，根为 3；层级 1、2、3、…</translation>
    </message>
    <message>
        <source>padding at height {height}</source>
        <translation>第 {height} 层的填充</translation>
    </message>
    <message>
        <source>The padding sibling copies this node with zero balances.</source>
        <translation>填充兄弟节点复制了此节点，余额为零。</translation>
    </message>
    <message>
        <source>A padding sibling (type 4) must copy the node beside it with zero balances; this one does not.</source>
        <translation>填充兄弟节点（类型 4）必须复制它旁边的节点且余额为零；这个不是。</translation>
    </message>
    <message>
        <source>hash {running}, zero balances</source>
        <translation>哈希 {running}，余额为零</translation>
    </message>
    <message>
        <source>hash {hash}, balances {as_tuple}</source>
        <translation>哈希 {hash}，余额 {as_tuple}</translation>
    </message>
    <message>
        <source>path[0] holds your neighbour&apos;s nonce and balances.</source>
        <translation>path[0] 包含您相邻用户的 nonce 和余额。</translation>
    </message>
    <message>
        <source>OKX Merkle v2 user info file</source>
        <translation>OKX Merkle v2 用户信息文件</translation>
    </message>
    <message>
        <source>{name}: this is an OKX Merkle v2 user info file. Checking it needs the full liabilities tree file OKX published for the same audit (full-liabilities-merkle-tree.txt, from the &apos;Liability report&apos; of the Audits page): give it on the command line with &apos;reserve-verify check USER_INFO --tree TREE&apos;.</source>
        <translation>{name}：这是 OKX Merkle v2 用户信息文件。检查它需要 OKX 为同一次审计公布的完整负债树文件（full-liabilities-merkle-tree.txt，来自审计页面的“负债报告”）：请在命令行中用“reserve-verify check USER_INFO --tree TREE”提供。</translation>
    </message>
    <message>
        <source>tree shape</source>
        <translation>树的形状</translation>
    </message>
    <message>
        <source>The tree&apos;s {lines:,} lines form {count_levels} levels laid out as OKX writes them.</source>
        <translation>树的 {lines:,} 行构成 {count_levels} 层，布局与 OKX 写出的一致。</translation>
    </message>
    <message>
        <source>The tree file breaks OKX&apos;s layout</source>
        <translation>树文件不符合 OKX 的布局</translation>
    </message>
    <message>
        <source>the root alone on line 1, then each level one height lower with the counts and padding lines its children imply</source>
        <translation>第 1 行只有根，然后每层低一级，其行数和填充行由子节点决定</translation>
    </message>
    <message>
        <source>user hash</source>
        <translation>用户哈希</translation>
    </message>
    <message>
        <source>your nonce and total balances</source>
        <translation>您的 nonce 和总余额</translation>
    </message>
    <message>
        <source>the nonce or total balances</source>
        <translation>nonce 或总余额</translation>
    </message>
    <message>
        <source>OKX</source>
        <translation>OKX</translation>
    </message>
    <message>
        <source>your user hash</source>
        <translation>您的用户哈希</translation>
    </message>
    <message>
        <source>node {j}</source>
        <translation>节点 {j}</translation>
    </message>
    <message>
        <source>Your node {j} recomputes from your user hash and its balances.</source>
        <translation>您的节点 {j} 可由您的用户哈希和它的余额重新算出。</translation>
    </message>
    <message>
        <source>Your node {j} does not match your user hash and its balances.</source>
        <translation>您的节点 {j} 与您的用户哈希和它的余额不符。</translation>
    </message>
    <message>
        <source>nodes[{j}].hash is {hash}, but SHA-256 of the text {text!r} is {computed}.</source>
        <translation>nodes[{j}].hash 是 {hash}，但文本 {text!r} 的 SHA-256 是 {computed}。</translation>
    </message>
    <message>
        <source>node sums</source>
        <translation>节点总和</translation>
    </message>
    <message>
        <source>Your nodes add up to your total balances.</source>
        <translation>您的各节点加起来等于您的总余额。</translation>
    </message>
    <message>
        <source>Your nodes do not add up to your total balances.</source>
        <translation>您的各节点加起来不等于您的总余额。</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Every amount has at most 8 decimal places, as the format requires.</source>
        <translation>每个金额最多 8 位小数，符合该格式的要求。</translation>
    </message>
    <message>
        <source>{count} amount(s) have more than 8 decimal places, which this format never writes (the truncated sums would hide them): {describe}.</source>
        <translation>有 {count} 个金额超过 8 位小数，而该格式从不这样写（截断后的总和会把它们隐藏）：{describe}。</translation>
    </message>
    <message>
        <source>at most 8 decimal places</source>
        <translation>最多 8 位小数</translation>
    </message>
    <message>
        <source>node {j} on line {line}</source>
        <translation>节点 {j} 在第 {line} 行</translation>
    </message>
    <message>
        <source>node {j} ({hash}) is on line {line} with balances {show}, not {show2}</source>
        <translation>节点 {j}（{hash}）在第 {line} 行，余额是 {show}，不是 {show2}</translation>
    </message>
    <message>
        <source>node {j} ({hash}) appears only as a line already used by another node or as padding</source>
        <translation>节点 {j}（{hash}）只出现在已被其他节点使用的行或填充行中</translation>
    </message>
    <message>
        <source>node {j} ({hash}) is not a height-1 line of the tree</source>
        <translation>节点 {j}（{hash}）不是树中第 1 层的行</translation>
    </message>
    <message>
        <source>nodes in tree</source>
        <translation>树中的节点</translation>
    </message>
    <message>
        <source>Each of your nodes is a leaf of the tree with the same balances: {found}.</source>
        <translation>您的每个节点都是树中余额相同的叶子：{found}。</translation>
    </message>
    <message>
        <source>Not all your nodes are leaves of the tree</source>
        <translation>并非您的所有节点都是树的叶子</translation>
    </message>
    <message>
        <source>{count_nodes} leaf line(s) with your nodes&apos; hashes and balances</source>
        <translation>{count_nodes} 个叶子行，带有您节点的哈希和余额</translation>
    </message>
    <message>
        <source>tree rebuild</source>
        <translation>树的重建</translation>
    </message>
    <message>
        <source>All {parents:,} nodes above the leaves recompute from their children, up to the root.</source>
        <translation>叶子之上的全部 {parents:,} 个节点都可由其子节点重新算出，直到根。</translation>
    </message>
    <message>
        <source> {mismatches} node(s) in all do not recompute</source>
        <translation> 共有 {mismatches} 个节点无法重新算出</translation>
    </message>
    <message>
        <source>line {line} at height {height}</source>
        <translation>第 {line} 行（第 {height} 层）</translation>
    </message>
    <message>
        <source>{more} (also {others})</source>
        <translation>{more}（另有 {others}）</translation>
    </message>
    <message>
        <source>The tree does not rebuild: the node on line {line} (height {height}) does not recompute from its children.</source>
        <translation>树无法重建：第 {line} 行的节点（第 {height} 层）无法由其子节点重新算出。</translation>
    </message>
    <message>
        <source>The node on line {line} of the tree (height {height}) does not recompute from its children on lines {left} (left) and {right} (right). The file says {file_text!r}; recomputed: {computed_text!r}, whose hash {computed_hash} is SHA-256 of the text {preimage!r}.{more}.</source>
        <translation>树中第 {line} 行的节点（第 {height} 层）无法由第 {left} 行（左）和第 {right} 行（右）的子节点重新算出。文件写的是 {file_text!r}；重新计算得到 {computed_text!r}，其哈希 {computed_hash} 是文本 {preimage!r} 的 SHA-256。{more}。</translation>
    </message>
    <message>
        <source>{label}, height {height}</source>
        <translation>{label}，第 {height} 层</translation>
    </message>
    <message>
        <source>tree line {line}</source>
        <translation>树的第 {line} 行</translation>
    </message>
    <message>
        <source>the first line of the tree file {tree_path}</source>
        <translation>树文件 {tree_path} 的第一行</translation>
    </message>
    <message>
        <source>The root was taken from the first line of the tree file.</source>
        <translation>根取自树文件的第一行。</translation>
    </message>
    <message>
        <source>expected {root_expected}</source>
        <translation>应为 {root_expected}</translation>
    </message>
    <message>
        <source>{count} amount(s): {describe}.</source>
        <translation>{count} 个金额：{describe}。</translation>
    </message>
    <message>
        <source>Padding lines at height {heights}.</source>
        <translation>第 {heights} 层有填充行。</translation>
    </message>
    <message>
        <source>the tree does not rebuild</source>
        <translation>树无法重建</translation>
    </message>
    <message>
        <source>the tree breaks OKX&apos;s layout</source>
        <translation>树不符合 OKX 的布局</translation>
    </message>
    <message>
        <source>the recomputed root differs from the expected root</source>
        <translation>重新计算的根与应有的根不同</translation>
    </message>
    <message>
        <source>an amount breaks the format&apos;s rules</source>
        <translation>有金额违反了该格式的规则</translation>
    </message>
    <message>
        <source>OKX&apos;s MerkleValidator reads only the height-1 lines of the tree and would print &quot;Merkle tree path validation passed&quot; for these files; this app rebuilt the whole tree, and {why}.</source>
        <translation>OKX 的 MerkleValidator 只读取树中第 1 层的行，会对这些文件输出“Merkle tree path validation passed”；本应用重建了整棵树，而{why}。</translation>
    </message>
    <message>
        <source>OKX&apos;s MerkleValidator would report a failure here (it compares hashes letter for letter and counts repeated lines); the full recomputation passes.</source>
        <translation>OKX 的 MerkleValidator 在这里会报告失败（它逐字母比较哈希并计算重复行）；完整的重新计算是通过的。</translation>
    </message>
    <message>
        <source>expected three fields, hash,height,{{&quot;BTC&quot;:&quot;…&quot;,&quot;ETH&quot;:&quot;…&quot;,&quot;USDT&quot;:&quot;…&quot;}}</source>
        <translation>应为三个字段：hash,height,{{&quot;BTC&quot;:&quot;…&quot;,&quot;ETH&quot;:&quot;…&quot;,&quot;USDT&quot;:&quot;…&quot;}}</translation>
    </message>
    <message>
        <source>the hash {hash_hex!r} is not 64 lower-case hexadecimal digits</source>
        <translation>哈希 {hash_hex!r} 不是 64 位小写十六进制数</translation>
    </message>
    <message>
        <source>the height {height!r} is not a whole number from 1 up</source>
        <translation>层级 {height!r} 不是从 1 起的整数</translation>
    </message>
    <message>
        <source>the balances {balances!r} are not the compact object {{&quot;BTC&quot;:&quot;…&quot;,&quot;ETH&quot;:&quot;…&quot;,&quot;USDT&quot;:&quot;…&quot;}} (in this key order, amounts as plain decimal text)</source>
        <translation>余额 {balances!r} 不是紧凑对象 {{&quot;BTC&quot;:&quot;…&quot;,&quot;ETH&quot;:&quot;…&quot;,&quot;USDT&quot;:&quot;…&quot;}}（按此键顺序，金额为普通十进制文本）</translation>
    </message>
    <message>
        <source>{name}: line {number} is longer than {MAX_LINE_BYTES} bytes; this is not OKX&apos;s tree layout.</source>
        <translation>{name}：第 {number} 行超过 {MAX_LINE_BYTES} 字节；这不是 OKX 的树布局。</translation>
    </message>
    <message>
        <source>{name}: line {number} holds bytes that are not ASCII text; this is not OKX&apos;s tree layout.</source>
        <translation>{name}：第 {number} 行含有非 ASCII 文本的字节；这不是 OKX 的树布局。</translation>
    </message>
    <message>
        <source>{name}: line {number}: {describe_bad_line}.</source>
        <translation>{name}：第 {number} 行：{describe_bad_line}。</translation>
    </message>
    <message>
        <source>{name}: line {number}: the {coin} amount is longer than {MAX_NUMBER_CHARS} characters.</source>
        <translation>{name}：第 {number} 行：{coin} 金额超过 {MAX_NUMBER_CHARS} 个字符。</translation>
    </message>
    <message>
        <source>{name}: the file changed while it was being read.</source>
        <translation>{name}：文件在读取过程中发生了变化。</translation>
    </message>
    <message>
        <source>{pattern}: no file matches this pattern.</source>
        <translation>{pattern}：没有与此模式匹配的文件。</translation>
    </message>
    <message>
        <source>{path}: there is no such file or folder.</source>
        <translation>{path}：没有这个文件或文件夹。</translation>
    </message>
    <message>
        <source>{file}: the verifier hit an internal error ({error}). Nothing was concluded about this file.</source>
        <translation>{file}：验证器遇到内部错误（{error}）。没有对此文件得出任何结论。</translation>
    </message>
    <message>
        <source>{where}: a tier table must be written [lower-upper:ratio,…].</source>
        <translation>{where}：分档表必须写成 [lower-upper:ratio,…] 的形式。</translation>
    </message>
    <message>
        <source>{where}: the tier {part} is not lower-upper:ratio.</source>
        <translation>{where}：档位 {part} 不是 lower-upper:ratio 的形式。</translation>
    </message>
    <message>
        <source>{where}: the tier {part} does not follow the one before it.</source>
        <translation>{where}：档位 {part} 与前一个档位不衔接。</translation>
    </message>
    <message>
        <source>{where}: the price {value} is not a number.</source>
        <translation>{where}：价格 {value} 不是数字。</translation>
    </message>
    <message>
        <source>{where}: the price {value} is not a price.</source>
        <translation>{where}：价格 {value} 不是有效的价格。</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}：无法读取（{reason}）。</translation>
    </message>
    <message>
        <source>{file}: larger than an asset list can be.</source>
        <translation>{file}：文件太大，不可能是资产列表。</translation>
    </message>
    <message>
        <source>{file}: the asset list is not UTF-8 text.</source>
        <translation>{file}：资产列表不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>{file}: not a readable CSV file ({reason}).</source>
        <translation>{file}：不是可读取的 CSV 文件（{reason}）。</translation>
    </message>
    <message>
        <source>{file}: not a Binance cex_assets_info.csv (the first row must name the columns {columns}).</source>
        <translation>{file}：不是 Binance 的 cex_assets_info.csv（第一行必须是列名 {columns}）。</translation>
    </message>
    <message>
        <source>{file} row {row}</source>
        <translation>{file} 第 {row} 行</translation>
    </message>
    <message>
        <source>{where}: expected 5 columns, found {count}.</source>
        <translation>{where}：应有 5 列，实际为 {count} 列。</translation>
    </message>
    <message>
        <source>{file}: more than {count} assets.</source>
        <translation>{file}：资产超过 {count} 项。</translation>
    </message>
    <message>
        <source>{file}: no CexAssetsInfo list.</source>
        <translation>{file}：没有 CexAssetsInfo 列表。</translation>
    </message>
    <message>
        <source>{file} CexAssetsInfo[{k}]</source>
        <translation>{file} CexAssetsInfo[{k}]</translation>
    </message>
    <message>
        <source>{where}: must be an object.</source>
        <translation>{where}：必须是一个对象。</translation>
    </message>
    <message>
        <source>{where}: needs Index, Symbol and BasePrice.</source>
        <translation>{where}：需要 Index、Symbol 和 BasePrice。</translation>
    </message>
    <message>
        <source>{where}: Index {index} appears twice.</source>
        <translation>{where}：Index {index} 出现了两次。</translation>
    </message>
    <message>
        <source>Node {node} is shown with different balances in different files: {values}.</source>
        <translation>节点 {node} 在不同文件中显示的余额不同：{values}。</translation>
    </message>
    <message>
        <source>The node at depth {depth}, position {position} under root {root} has different hashes in different files: {hashes}.</source>
        <translation>根 {root} 下深度 {depth}、位置 {position} 处的节点在不同文件中的哈希不同：{hashes}。</translation>
    </message>
    <message>
        <source>Leaf {leaf} is shown to {count} different accounts.</source>
        <translation>叶子 {leaf} 被展示给了 {count} 个不同的账户。</translation>
    </message>
    <message>
        <source>One nonce is used by {count} different leaves ({leaves}).</source>
        <translation>同一个随机数（nonce）被 {count} 个不同的叶子使用（{leaves}）。</translation>
    </message>
    <message>
        <source>The files lead to {count} different roots: {values}.</source>
        <translation>这些文件到达了 {count} 个不同的根：{values}。</translation>
    </message>
    <message>
        <source>The files name {count} different audits: {values}.</source>
        <translation>这些文件属于 {count} 个不同的审计：{values}。</translation>
    </message>
    <message>
        <source>The files are of {count} different formats: {values}.</source>
        <translation>这些文件有 {count} 种不同的格式：{values}。</translation>
    </message>
    <message>
        <source>Its siblings at levels {low} to {high} are empty subtrees hashed with Poseidon&apos;s first output lane, which Binance&apos;s hash library returned only before 2 February 2023: the file was made by a pre-release build.</source>
        <translation>它在第 {low} 至 {high} 层的兄弟节点是用 Poseidon 第一个输出分量计算哈希的空子树，而 Binance 的哈希库只在 2023 年 2 月 2 日之前返回这一结果：该文件是由预发布版本生成的。</translation>
    </message>
    <message>
        <source>Its siblings at levels {low} to {high} are empty subtrees, but not those of the released empty account leaf: the file was made by a pre-release build.</source>
        <translation>它在第 {low} 至 {high} 层的兄弟节点是空子树，但与正式版本中空账户叶子对应的空子树不同：该文件是由预发布版本生成的。</translation>
    </message>
    <message>
        <source>Binance zk v1 user file</source>
        <translation>Binance zk v1 用户文件</translation>
    </message>
    <message>
        <source>Binance zk v2 user file</source>
        <translation>Binance zk v2 用户文件</translation>
    </message>
    <message>
        <source>your leaf (tier {tier}: assets padded to {tier} entries)</source>
        <translation>您的叶子（档位 {tier}：资产填充到 {tier} 项）</translation>
    </message>
    <message>
        <source>your leaf (350 asset slots)</source>
        <translation>您的叶子（350 个资产位）</translation>
    </message>
    <message>
        <source>Your leaf {leaf} was recomputed from your AccountIdHash, totals and {count} assets, and folded up the 28 levels of the tree.</source>
        <translation>已根据您的 AccountIdHash、总额和 {count} 项资产重新算出您的叶子 {leaf}，并沿树的 28 层逐层向上合并。</translation>
    </message>
    <message>
        <source>the Root field of the file</source>
        <translation>文件中的 Root 字段</translation>
    </message>
    <message>
        <source>{root} is the root of an empty {kind} tree.</source>
        <translation>{root} 是空 {kind} 树的根。</translation>
    </message>
    <message>
        <source>The {variant} rule set reproduced the root.</source>
        <translation>{variant} 规则集重现了根。</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Neither v1 rule set reproduces the expected root ({roots}).</source>
        <translation>两套 v1 规则集都无法重现预期的根（{roots}）。</translation>
    </message>
    <message>
        <source>asset commitment {commitment}</source>
        <translation>资产承诺 {commitment}</translation>
    </message>
    <message>
        <source>siblings</source>
        <translation>兄弟节点</translation>
    </message>
    <message>
        <source>{file} AccountIdHash</source>
        <translation>{file} AccountIdHash</translation>
    </message>
    <message>
        <source>{file}: an asset Index appears twice in Assets.</source>
        <translation>{file}：Assets 中有一个资产 Index 出现了两次。</translation>
    </message>
    <message>
        <source>{file}: Assets must be in ascending Index order (Binance never sorts them).</source>
        <translation>{file}：Assets 必须按 Index 升序排列（Binance 的程序不会对其排序）。</translation>
    </message>
    <message>
        <source>asset {index}</source>
        <translation>资产 {index}</translation>
    </message>
    <message>
        <source>Without the month&apos;s cex_assets_info.csv (--assets) the assets are shown by index with raw values (token × 10^8, or × 10^2 for two-decimal tokens), and the totals were not re-checked against prices.</source>
        <translation>由于没有提供当月的 cex_assets_info.csv（--assets），资产按编号显示原始数值（代币数量 × 10^8，两位小数的代币为 × 10^2），且未按价格重新核对总额。</translation>
    </message>
    <message>
        <source>The asset list {file} has no entry for index {indexes}: shown with raw values, totals not re-checked.</source>
        <translation>资产列表 {file} 中没有编号 {indexes} 的条目：按原始数值显示，未重新核对总额。</translation>
    </message>
    <message>
        <source>The asset list has no collateral tiers, so TotalCollateral was not re-checked.</source>
        <translation>资产列表中没有抵押档位，因此未重新核对 TotalCollateral。</translation>
    </message>
    <message>
        <source>totalequity</source>
        <translation>总权益 (TotalEquity)</translation>
    </message>
    <message>
        <source>totaldebt</source>
        <translation>总负债 (TotalDebt)</translation>
    </message>
    <message>
        <source>totalcollateral</source>
        <translation>总抵押 (TotalCollateral)</translation>
    </message>
    <message>
        <source>{key} {stated} (USDT {usdt}) equals the sum of your amounts × the snapshot&apos;s prices.</source>
        <translation>{key} {stated}（USDT {usdt}）等于您的各项数量 × 快照价格之和。</translation>
    </message>
    <message>
        <source>{key} in the file is {stated}, but your amounts × the snapshot&apos;s prices give {recomputed}.</source>
        <translation>文件中的 {key} 是 {stated}，但您的各项数量 × 快照价格得出的是 {recomputed}。</translation>
    </message>
    <message>
        <source>AccountIdHash is derived from your UID by a method Binance has not published.</source>
        <translation>AccountIdHash 由您的 UID 通过 Binance 未公开的方法得出。</translation>
    </message>
    <message>
        <source>{symbol} debt</source>
        <translation>{symbol} 负债</translation>
    </message>
    <message>
        <source>{symbol} loan collateral</source>
        <translation>{symbol} 借贷抵押品</translation>
    </message>
    <message>
        <source>{symbol} margin collateral</source>
        <translation>{symbol} 杠杆抵押品</translation>
    </message>
    <message>
        <source>{symbol} portfolio margin collateral</source>
        <translation>{symbol} 组合保证金抵押品</translation>
    </message>
    <message>
        <source>The {what} must be 64 hexadecimal digits (32 bytes).</source>
        <translation>{what} 必须是 64 位十六进制数字（32 字节）。</translation>
    </message>
    <message>
        <source>The account id must be a number (BitMEX) or River&apos;s account UID (base32 letters and digits).</source>
        <translation>账户 ID 必须是数字（BitMEX），或 River 的账户 UID（base32 字母和数字）。</translation>
    </message>
    <message>
        <source>The account id is too large for a 64-bit number.</source>
        <translation>账户 ID 太大，超出了 64 位数字的范围。</translation>
    </message>
    <message>
        <source>your BitMEX nonce for this snapshot</source>
        <translation>您在此快照的 BitMEX 随机数（nonce）</translation>
    </message>
    <message>
        <source>To find your leaves give your BitMEX nonce, or your account id with your account nonce (BitMEX) or with your account key and e-mail (River).</source>
        <translation>要找到您的叶子，请提供您的 BitMEX 随机数（nonce），或者提供账户 ID 加上账户随机数（BitMEX），或账户 ID 加上账户密钥和电子邮箱（River）。</translation>
    </message>
    <message>
        <source>The account nonce or account key needs the account id too.</source>
        <translation>使用账户随机数或账户密钥时，还需要提供账户 ID。</translation>
    </message>
    <message>
        <source>your BitMEX account nonce and account id</source>
        <translation>您的 BitMEX 账户随机数和账户 ID</translation>
    </message>
    <message>
        <source>River&apos;s account key needs the account&apos;s e-mail address too.</source>
        <translation>使用 River 的账户密钥时，还需要提供该账户的电子邮箱地址。</translation>
    </message>
    <message>
        <source>your River account key, e-mail and account id</source>
        <translation>您的 River 账户密钥、电子邮箱和账户 ID</translation>
    </message>
    <message>
        <source>{name}: line 1 must be block_height:&lt;number&gt;, as BitMEX and River write it.</source>
        <translation>{name}：第 1 行必须是 block_height:&lt;number&gt;，与 BitMEX 和 River 写出的格式一致。</translation>
    </message>
    <message>
        <source>{name}: line {line} is longer than {limit} bytes; it is not a tree node.</source>
        <translation>{name}：第 {line} 行超过 {limit} 字节；这不是树节点。</translation>
    </message>
    <message>
        <source>{name}: the empty line {line} is followed by more nodes; the tree has no gaps.</source>
        <translation>{name}：第 {line} 行是空行，但后面还有节点；树中不应有空缺。</translation>
    </message>
    <message>
        <source>{name}: line {line} ({shown}) is not a node: expected &lt;64 hex digits&gt;,&lt;whole number of satoshis&gt;.</source>
        <translation>{name}：第 {line} 行（{shown}）不是节点：应为 &lt;64 位十六进制数字&gt;,&lt;整数个聪&gt;。</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({why}).</source>
        <translation>{name}：无法读取（{why}）。</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>line {line} ({kind}) is {value}</source>
        <translation>第 {line} 行（{kind}）是 {value}</translation>
    </message>
    <message>
        <source>line {line} is {value}</source>
        <translation>第 {line} 行是 {value}</translation>
    </message>
    <message>
        <source>line {line}: recomputed {computed} with {total} satoshis from lines {l} and {r}</source>
        <translation>第 {line} 行：由第 {l} 行和第 {r} 行重新算出 {computed}，金额 {total} 聪</translation>
    </message>
    <message>
        <source>line {line}: its children (lines {l} and {r}) hold values outside 0 … 2^64 − 1, which the format cannot hash</source>
        <translation>第 {line} 行：其子节点（第 {l} 行和第 {r} 行）的值超出 0 … 2^64 − 1，该格式无法对其计算哈希</translation>
    </message>
    <message>
        <source>{hash} with {value} satoshis</source>
        <translation>{hash}，{value} 聪</translation>
    </message>
    <message>
        <source>{name}: the tree has no nodes after its block_height line.</source>
        <translation>{name}：树在 block_height 行之后没有节点。</translation>
    </message>
    <message>
        <source>The tree of Bitcoin block {block} has {nodes:,} nodes: {leaves:,} leaves in a complete tree of height {height}.</source>
        <translation>比特币区块 {block} 的树有 {nodes:,} 个节点：高度为 {height} 的完全树中有 {leaves:,} 个叶子。</translation>
    </message>
    <message>
        <source>The tree has {nodes:,} nodes: {leaves:,} leaves in a complete tree of height {height}. Its block height ({block}) is not verified without your account key.</source>
        <translation>这棵树有 {nodes:,} 个节点：高度为 {height} 的完全树中有 {leaves:,} 个叶子。没有您的账户密钥，无法验证它的区块高度（{block}）。</translation>
    </message>
    <message>
        <source>The tree has {nodes:,} nodes, which is not a complete binary tree (2^k leaves make 2^(k+1) − 1 nodes).</source>
        <translation>这棵树有 {nodes:,} 个节点，不是完全二叉树（2^k 个叶子应构成 2^(k+1) − 1 个节点）。</translation>
    </message>
    <message>
        <source>2^(k+1) − 1 nodes</source>
        <translation>2^(k+1) − 1 个节点</translation>
    </message>
    <message>
        <source>non-negative</source>
        <translation>非负</translation>
    </message>
    <message>
        <source>Values are unsigned 64-bit satoshi amounts in this format, and {count} are negative: {where}.</source>
        <translation>在此格式中，数值是无符号 64 位的聪金额，但有 {count} 个是负数：{where}。</translation>
    </message>
    <message>
        <source>0 or more satoshis</source>
        <translation>0 聪或更多</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>Every one of the {parents:,} parents was recomputed from its two children, hash and sum.</source>
        <translation>全部 {parents:,} 个父节点都已由各自的两个子节点重新算出哈希和总和。</translation>
    </message>
    <message>
        <source>{count:,} of the {parents:,} parents do not recompute from their children: {where}.</source>
        <translation>{parents:,} 个父节点中有 {count:,} 个无法由其子节点重新算出：{where}。</translation>
    </message>
    <message>
        <source>{where}. The first of them, on line {line}, is SHA-256 of the bytes {preimage} (left hash, left value as 8 little-endian bytes, right hash, right value).</source>
        <translation>{where}。其中第一个位于第 {line} 行，是字节 {preimage} 的 SHA-256（左哈希、以 8 个小端字节表示的左值、右哈希、右值）。</translation>
    </message>
    <message>
        <source>the first node of the tree</source>
        <translation>树的第一个节点</translation>
    </message>
    <message>
        <source>Give your BitMEX nonce (or account id and account nonce), or River&apos;s account id, key and e-mail, to find your leaves; without them only the tree was checked.</source>
        <translation>请提供您的 BitMEX 随机数（nonce），或账户 ID 和账户随机数，或 River 的账户 ID、密钥和电子邮箱，以找到您的叶子；没有这些信息时只检查了树本身。</translation>
    </message>
    <message>
        <source>your leaves</source>
        <translation>您的叶子</translation>
    </message>
    <message>
        <source>Found {count} of the {leaves:,} leaves with {how}: {total} satoshis in all (leaves {indexes}).</source>
        <translation>通过{how}，在 {leaves:,} 个叶子中找到了 {count} 个：共 {total} 聪（叶子 {indexes}）。</translation>
    </message>
    <message>
        <source>None of the {leaves:,} leaves matches {how}. Check the values you gave and that this is the tree of the snapshot they belong to.</source>
        <translation>{leaves:,} 个叶子中没有一个与{how}相符。请检查您提供的值，并确认这是这些值所属快照的树。</translation>
    </message>
    <message>
        <source>at least one leaf</source>
        <translation>至少一个叶子</translation>
    </message>
    <message>
        <source>leaf {index}</source>
        <translation>叶子 {index}</translation>
    </message>
    <message>
        <source>your leaf: HMAC of its value and index with your key; all your leaves are listed in the checks</source>
        <translation>您的叶子：用您的密钥对其值和编号计算的 HMAC；您的所有叶子都列在检查项中</translation>
    </message>
    <message>
        <source>{label}, step {k}</source>
        <translation>{label}，第 {k} 步</translation>
    </message>
    <message>
        <source>line {line} of the tree</source>
        <translation>树的第 {line} 行</translation>
    </message>
    <message>
        <source>Bybit proof</source>
        <translation>Bybit 证明</translation>
    </message>
    <message>
        <source>The recomputed sum at height {height} is negative for {coins}.</source>
        <translation>在高度 {height} 处重新计算的 {coins} 总和为负数。</translation>
    </message>
    <message>
        <source>asset order as in the file ({count} assets; not a list this verifier knows)</source>
        <translation>按文件中的资产顺序（{count} 项资产；不是本验证器已知的列表）</translation>
    </message>
    <message>
        <source>asset list {name} ({count} assets)</source>
        <translation>资产列表 {name}（{count} 项资产）</translation>
    </message>
    <message>
        <source>Your leaf recomputes with the assets in the file&apos;s order, which matches none of the asset lists this verifier knows.</source>
        <translation>按文件中的资产顺序可以重新算出您的叶子，但该顺序与本验证器已知的任何资产列表都不一致。</translation>
    </message>
    <message>
        <source>Your leaf recomputes from your userHash and balances ({variant}).</source>
        <translation>您的叶子可由您的 userHash 和余额重新算出（{variant}）。</translation>
    </message>
    <message>
        <source>Your leaf does not match your userHash and balances.</source>
        <translation>您的叶子与您的 userHash 和余额不相符。</translation>
    </message>
    <message>
        <source>The file says your leaf is {written}, but SHA-256 of the text {preimage} is {computed} ({tried} asset order(s) tried): the balances or userHash in the file are not the ones Bybit hashed.</source>
        <translation>文件中写的您的叶子是 {written}，但文本 {preimage} 的 SHA-256 是 {computed}（已尝试 {tried} 种资产顺序）：文件中的余额或 userHash 并不是 Bybit 计算哈希时使用的值。</translation>
    </message>
    <message>
        <source>path[{k}].type is {type}; a sibling is type 1 or 2</source>
        <translation>path[{k}].type 是 {type}；兄弟节点的类型应为 1 或 2</translation>
    </message>
    <message>
        <source>path[{k}].height is {height}; expected {expected}</source>
        <translation>path[{k}].height 是 {height}；应为 {expected}</translation>
    </message>
    <message>
        <source>path[{k}] carries a nonce; only leaves do</source>
        <translation>path[{k}] 带有随机数（nonce）；只有叶子才应带有随机数</translation>
    </message>
    <message>
        <source>types 1/2 for leaves and siblings, 3 for the root; heights 1, 1, 2, 3, …</source>
        <translation>叶子和兄弟节点的类型为 1/2，根为 3；高度依次为 1、1、2、3、…</translation>
    </message>
    <message>
        <source>Every node lists the same {count} assets.</source>
        <translation>每个节点都列出了相同的 {count} 项资产。</translation>
    </message>
    <message>
        <source>Asset lists differ: {where} list other assets than your leaf.</source>
        <translation>资产列表不一致：{where} 列出的资产与您的叶子不同。</translation>
    </message>
    <message>
        <source>Your leaf lists no assets.</source>
        <translation>您的叶子没有列出任何资产。</translation>
    </message>
    <message>
        <source>The nodes name different audits: {ids}.</source>
        <translation>各节点注明的审计不同：{ids}。</translation>
    </message>
    <message>
        <source>The leaf and every parent join the amounts with nothing between them.</source>
        <translation>叶子和每个父节点都把金额直接连接，中间没有分隔符。</translation>
    </message>
    <message>
        <source>How Bybit derives userHash from your UID is not published.</source>
        <translation>Bybit 如何从您的 UID 得出 userHash 没有公开。</translation>
    </message>
    <message>
        <source>lone node hashed as SHA256(h ‖ h ‖ balances), the rule of CoinEx&apos;s main.go</source>
        <translation>单独节点按 SHA256(h ‖ h ‖ balances) 计算哈希，即 CoinEx 的 main.go 中的规则</translation>
    </message>
    <message>
        <source>lone node hashed as SHA256(h ‖ balances), the rule CoinEx&apos;s example file needs</source>
        <translation>单独节点按 SHA256(h ‖ balances) 计算哈希，即 CoinEx 示例文件所需的规则</translation>
    </message>
    <message>
        <source>CoinEx proof</source>
        <translation>CoinEx 证明</translation>
    </message>
    <message>
        <source>no sibling at this level (lone node)</source>
        <translation>这一层没有兄弟节点（单独节点）</translation>
    </message>
    <message>
        <source>step {n}</source>
        <translation>第 {n} 步</translation>
    </message>
    <message>
        <source>The leaf binds only a nonce CoinEx chose, not your user id.</source>
        <translation>该叶子只绑定了 CoinEx 选定的随机数（nonce），而没有绑定您的用户编号。</translation>
    </message>
    <message>
        <source>Lone nodes were hashed with a copy of themselves at step(s) {steps}.</source>
        <translation>在第 {steps} 步，单独节点与其自身的副本一起计算了哈希。</translation>
    </message>
    <message>
        <source>The root is reached only when a lone node at step(s) {steps} is hashed once: SHA256(h ‖ balances).</source>
        <translation>只有对第 {steps} 步的单独节点只计算一次哈希，即 SHA256(h ‖ balances)，才能到达根。</translation>
    </message>
    <message>
        <source>CoinEx&apos;s own verifier hashes a lone node twice, SHA256(h ‖ h ‖ balances), and would reject this file (it computes the root {other}).</source>
        <translation>CoinEx 自己的验证工具会把单独节点重复两次再计算哈希，即 SHA256(h ‖ h ‖ balances)，因此会拒绝此文件（它算出的根是 {other}）。</translation>
    </message>
    <message>
        <source>lone-node rules</source>
        <translation>单独节点规则</translation>
    </message>
    <message>
        <source>Neither lone-node rule reaches the root: SHA256(h ‖ h ‖ balances) gives {a}, SHA256(h ‖ balances) gives {b}.</source>
        <translation>两种单独节点规则都无法到达根：SHA256(h ‖ h ‖ balances) 得出 {a}，SHA256(h ‖ balances) 得出 {b}。</translation>
    </message>
    <message>
        <source>{a} or {b}</source>
        <translation>{a} 或 {b}</translation>
    </message>
    <message>
        <source>the root written in the proof file</source>
        <translation>证明文件中写明的根</translation>
    </message>
    <message>
        <source>path[{k}] must have balances, hash and pos, or be empty {{}}</source>
        <translation>path[{k}] 必须包含 balances、hash 和 pos，或者为空 {{}}</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>路径为空</translation>
    </message>
    <message>
        <source>Every path step is a sibling (balances, hash, pos) or an empty step {{}}.</source>
        <translation>路径的每一步都是兄弟节点（balances、hash、pos）或空步骤 {{}}。</translation>
    </message>
    <message>
        <source>siblings with balances, hash and pos, or {{}}</source>
        <translation>包含 balances、hash 和 pos 的兄弟节点，或 {{}}</translation>
    </message>
    <message>
        <source>{name}: line 1: expected the header &apos;Level&lt;TAB&gt;Hash&apos; of a {kind} leaf list, found {found!r}.</source>
        <translation>{name}：第 1 行：应为 {kind} 叶子列表的表头“Level&lt;TAB&gt;Hash”，实际为 {found!r}。</translation>
    </message>
    <message>
        <source>Gate.io zk user file</source>
        <translation>Gate.io zk 用户文件</translation>
    </message>
    <message>
        <source>Gate.io zk user file (pre-release key names)</source>
        <translation>Gate.io zk 用户文件（预发布版本的键名）</translation>
    </message>
    <message>
        <source>{file}: the assets in {field} must be listed once each, by ascending Index.</source>
        <translation>{file}：{field} 中的每项资产只能列出一次，并按 Index 升序排列。</translation>
    </message>
    <message>
        <source>Gate.io cex_config.json (asset list)</source>
        <translation>Gate.io cex_config.json（资产列表）</translation>
    </message>
    <message>
        <source>{file}: an asset Index is beyond every AssetCounts Gate.io has used ({counts}).</source>
        <translation>{file}：有一个资产 Index 超出了 Gate.io 用过的所有 AssetCounts（{counts}）。</translation>
    </message>
    <message>
        <source>AssetCounts {count} (pre-release key names, as Binance zk v1)</source>
        <translation>AssetCounts {count}（预发布版本的键名，与 Binance zk v1 相同）</translation>
    </message>
    <message>
        <source>AssetCounts {count}</source>
        <translation>AssetCounts {count}</translation>
    </message>
    <message>
        <source>AssetCounts {count} reproduces the root; it is in no file, so the verifier tried {counts}.</source>
        <translation>AssetCounts {count} 能重现根；该值不在任何文件中，因此验证器尝试了 {counts}。</translation>
    </message>
    <message>
        <source>No AssetCounts among {counts} reproduces the root; the path is shown for {count}.</source>
        <translation>{counts} 中没有任何 AssetCounts 能重现根；显示的是按 {count} 计算的路径。</translation>
    </message>
    <message>
        <source>Your leaf {leaf} was recomputed from your id, totals and {n} asset(s) (AssetCounts {count}).</source>
        <translation>已根据您的编号、总额和 {n} 项资产重新算出您的叶子 {leaf}（AssetCounts {count}）。</translation>
    </message>
    <message>
        <source>Poseidon(id {id}, equity {equity}, debt {debt}, asset commitment {commitment})</source>
        <translation>Poseidon(编号 {id}, 权益 {equity}, 负债 {debt}, 资产承诺 {commitment})</translation>
    </message>
    <message>
        <source>UniqueIdentification is an undocumented hash of your account id.</source>
        <translation>UniqueIdentification 是对您的账户 ID 计算的哈希，计算方法未公开。</translation>
    </message>
    <message>
        <source>Without the snapshot&apos;s cex_config.json (--assets) assets are shown by index, as equity minus debt in raw units (10^-8 of a token, 10^-2 for Gate&apos;s two-digit tokens); their names, prices and the totals check are unknown.</source>
        <translation>由于没有提供该快照的 cex_config.json（--assets），资产按编号显示，数值为权益减负债，使用原始单位（代币的 10^-8，Gate 两位小数代币为 10^-2）；资产名称、价格以及总额检查结果均未知。</translation>
    </message>
    <message>
        <source>asset list</source>
        <translation>资产列表</translation>
    </message>
    <message>
        <source>Asset Index {index} is not in the cex_config.json given.</source>
        <translation>所提供的 cex_config.json 中没有资产 Index {index}。</translation>
    </message>
    <message>
        <source>an entry with Index {index}</source>
        <translation>一个 Index 为 {index} 的条目</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{symbols} shown in units of 0.01 per Gate&apos;s two-digit token list (2025 release); the list changes between releases and is in no file.</source>
        <translation>根据 Gate 的两位小数代币列表（2025 年版本），{symbols} 以 0.01 为单位显示；该列表在不同版本间会变化，且不包含在任何文件中。</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Your total equity and debt equal your assets times the snapshot&apos;s prices (net {net} USD).</source>
        <translation>您的总权益和总负债等于您的资产乘以快照价格（净额 {net} USD）。</translation>
    </message>
    <message>
        <source>Your totals do not equal your assets times the prices of the cex_config.json given.</source>
        <translation>您的总额不等于您的资产乘以所提供 cex_config.json 中的价格。</translation>
    </message>
    <message>
        <source>equity {equity}, debt {debt}</source>
        <translation>权益 {equity}，负债 {debt}</translation>
    </message>
    <message>
        <source>HTX and Poloniex files look alike; reported as HTX</source>
        <translation>HTX 和 Poloniex 的文件看起来一样；按 HTX 报告</translation>
    </message>
    <message>
        <source>chosen with --format: Poloniex ships HTX&apos;s v2 code unchanged</source>
        <translation>通过 --format 选择：Poloniex 原样使用 HTX 的 v2 代码</translation>
    </message>
    <message>
        <source>HTX zk v2 user file</source>
        <translation>HTX zk v2 用户文件</translation>
    </message>
    <message>
        <source>HTX config.json (asset list)</source>
        <translation>HTX config.json（资产列表）</translation>
    </message>
    <message>
        <source>{file}: asset Index {index} is beyond the asset list&apos;s {count} entries.</source>
        <translation>{file}：资产 Index {index} 超出了资产列表的 {count} 个条目。</translation>
    </message>
    <message>
        <source>N = {n} reproduces the root; it was found by trying N = 1 to {top}.</source>
        <translation>N = {n} 能重现根；这是通过依次尝试 N = 1 到 {top} 找到的。</translation>
    </message>
    <message>
        <source>No asset count from 1 to {top} reproduces the root; the path is shown for N = {n}.</source>
        <translation>从 1 到 {top} 的资产数量都无法重现根；显示的是按 N = {n} 计算的路径。</translation>
    </message>
    <message>
        <source>HTX&apos;s own user verifier hard-codes N = 174 (205 in its first version), so it reports a failure for this file.</source>
        <translation>HTX 自己的用户验证工具把 N 固定为 174（第一个版本中为 205），因此它会对此文件报告失败。</translation>
    </message>
    <message>
        <source>The file holds negative values; only their absolute values are hashed.</source>
        <translation>文件中含有负值；只对其绝对值计算哈希。</translation>
    </message>
    <message>
        <source>Your leaf {leaf} was recomputed from your id, totals and {count} asset(s) with N = {n}.</source>
        <translation>已根据您的编号、总额和 {count} 项资产，按 N = {n} 重新算出您的叶子 {leaf}。</translation>
    </message>
    <message>
        <source>asset count</source>
        <translation>资产数量</translation>
    </message>
    <message>
        <source>The config given lists {given} assets, but the root is reproduced with N = {n}: the config is probably from another audit.</source>
        <translation>所提供的配置列出了 {given} 项资产，但根是在 N = {n} 时重现的：该配置可能来自另一次审计。</translation>
    </message>
    <message>
        <source>N = {n}</source>
        <translation>N = {n}</translation>
    </message>
    <message>
        <source>Poseidon(id {id}, |equity| {equity}, |debt| {debt}, asset commitment {commitment})</source>
        <translation>Poseidon(编号 {id}, |权益| {equity}, |负债| {debt}, 资产承诺 {commitment})</translation>
    </message>
    <message>
        <source>Give your UID (--uid) to check that AccountIdHash is yours.</source>
        <translation>请提供您的 UID（--uid），以检查 AccountIdHash 是否属于您。</translation>
    </message>
    <message>
        <source>account id</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <source>AccountIdHash is SHA-256 of the UID {uid} you gave (mod r).</source>
        <translation>AccountIdHash 是您提供的 UID {uid} 的 SHA-256（mod r）。</translation>
    </message>
    <message>
        <source>AccountIdHash is not SHA-256 of the UID {uid} you gave: this proof is not for that account.</source>
        <translation>AccountIdHash 不是您提供的 UID {uid} 的 SHA-256：此证明不属于该账户。</translation>
    </message>
    <message>
        <source>Your totals as written: equity {equity} USDT, debt {debt} USDT (not re-checked: HTX publishes no prices).</source>
        <translation>文件中写的您的总额：权益 {equity} USDT，负债 {debt} USDT（未重新核对：HTX 不公布价格）。</translation>
    </message>
    <message>
        <source>Without the audit&apos;s config.json (--assets) assets are shown by index in raw units (10^-8 of a token, 10^-2 for a few small-value tokens) and the asset count N had to be found by scanning.</source>
        <translation>由于没有提供该审计的 config.json（--assets），资产按编号以原始单位显示（代币的 10^-8，少数低价值代币为 10^-2），且资产数量 N 只能通过逐一尝试找到。</translation>
    </message>
    <message>
        <source>MEXC proof</source>
        <translation>MEXC 证明</translation>
    </message>
    <message>
        <source>Every hash keeps only the first 32 hex digits of its SHA-256.</source>
        <translation>每个哈希只保留其 SHA-256 的前 32 位十六进制数字。</translation>
    </message>
    <message>
        <source>Your leaf recomputes from your proofId, accountId and balances.</source>
        <translation>您的叶子可由您的 proofId、accountId 和余额重新算出。</translation>
    </message>
    <message>
        <source>Your leaf does not match your proofId, accountId and balances.</source>
        <translation>您的叶子与您的 proofId、accountId 和余额不相符。</translation>
    </message>
    <message>
        <source>The file says your leaf is {written}, but the first 32 hex digits of SHA-256 of the text {preimage} are {computed}: the balances or ids in the file are not the ones MEXC hashed.</source>
        <translation>文件中写的您的叶子是 {written}，但文本 {preimage} 的 SHA-256 前 32 位十六进制数字是 {computed}：文件中的余额或编号并不是 MEXC 计算哈希时使用的值。</translation>
    </message>
    <message>
        <source>empty sibling (hash &quot;&quot;)</source>
        <translation>空的兄弟节点（hash &quot;&quot;）</translation>
    </message>
    <message>
        <source>The recomputed sum at level {level} is negative for {coins}.</source>
        <translation>在第 {level} 层重新计算的 {coins} 总和为负数。</translation>
    </message>
    <message>
        <source>Empty siblings at level(s) {levels} (your leaf is level 0).</source>
        <translation>第 {levels} 层有空的兄弟节点（您的叶子在第 0 层）。</translation>
    </message>
    <message>
        <source>MEXC&apos;s own tool compares the root hash only and would accept this file although its root totals are wrong.</source>
        <translation>MEXC 自己的工具只比较根哈希，因此尽管此文件的根总额有误，它仍会接受此文件。</translation>
    </message>
    <message>
        <source>the last entry of the proof&apos;s pathList</source>
        <translation>证明的 pathList 中的最后一项</translation>
    </message>
    <message>
        <source>self.level is {level}; your leaf is level 0</source>
        <translation>self.level 是 {level}；您的叶子应在第 0 层</translation>
    </message>
    <message>
        <source>pathList is empty; it must end with the root</source>
        <translation>pathList 为空；它必须以根结尾</translation>
    </message>
    <message>
        <source>the last entry of pathList must be the root (type 3, with a hash)</source>
        <translation>pathList 的最后一项必须是根（类型 3，带有哈希）</translation>
    </message>
    <message>
        <source>the root&apos;s level is {level}; it must be 1 to {most}</source>
        <translation>根的层级是 {level}；必须在 1 到 {most} 之间</translation>
    </message>
    <message>
        <source>pathList[{k}] repeats level {level}</source>
        <translation>pathList[{k}] 重复了第 {level} 层</translation>
    </message>
    <message>
        <source>pathList[{k}].level is {level}; siblings are below the root&apos;s level {root}</source>
        <translation>pathList[{k}].level 是 {level}；兄弟节点应低于根所在的第 {root} 层</translation>
    </message>
    <message>
        <source>pathList[{k}].type is {type}; a sibling is type 1 or 2</source>
        <translation>pathList[{k}].type 是 {type}；兄弟节点的类型应为 1 或 2</translation>
    </message>
    <message>
        <source>pathList[{k}] is your leaf&apos;s sibling but on the same side</source>
        <translation>pathList[{k}] 是您的叶子的兄弟节点，却与叶子在同一侧</translation>
    </message>
    <message>
        <source>pathList[{k}] is empty (hash &quot;&quot;) but has non-zero balances</source>
        <translation>pathList[{k}] 为空（hash &quot;&quot;），但余额不为零</translation>
    </message>
    <message>
        <source>Sides, types and levels follow the format&apos;s rules.</source>
        <translation>左右位置、类型和层级都符合该格式的规则。</translation>
    </message>
    <message>
        <source>self type 1 or 2 at level 0; siblings type 1 or 2 at distinct levels; the root (type 3) last</source>
        <translation>self 为类型 1 或 2，位于第 0 层；兄弟节点为类型 1 或 2，各在不同层级；根（类型 3）在最后</translation>
    </message>
    <message>
        <source>the entries name different audits ({audits}); one proof comes from one audit</source>
        <translation>各条目属于不同的审计（{audits}）；一个证明只能来自一次审计</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation>（另有 {n} 个）</translation>
    </message>
    <message>
        <source>{place} is {text}</source>
        <translation>{place} 是 {text}</translation>
    </message>
    <message>
        <source>{place} is written {text!r}</source>
        <translation>{place} 写作 {text!r}</translation>
    </message>
    <message>
        <source>{name}: line {number} follows an empty line (line {ended_at}); the tree file has one node per line with no gaps.</source>
        <translation>{name}：第 {number} 行跟在空行（第 {ended_at} 行）之后；树文件每行一个节点，中间没有空行。</translation>
    </message>
    <message>
        <source>line {number}: the root&apos;s height {height} is above {MAX_HEIGHT}</source>
        <translation>第 {number} 行：根的层级 {height} 超过了 {MAX_HEIGHT}</translation>
    </message>
    <message>
        <source>line {number}: height {height} follows height {height2}; the file lists the levels from the root down, each one step lower</source>
        <translation>第 {number} 行：第 {height} 层跟在第 {height2} 层之后；文件应从根往下逐层列出，每次低一层</translation>
    </message>
    <message>
        <source>{name}: the tree file is empty.</source>
        <translation>{name}：树文件是空的。</translation>
    </message>
    <message>
        <source>line {number} (height {height}) {coin}</source>
        <translation>第 {number} 行（第 {height} 层）{coin}</translation>
    </message>
    <message>
        <source>line {first_line}: the first level (height {height}) must be the root alone, but it has {count} lines</source>
        <translation>第 {first_line} 行：第一层（第 {height} 层）必须只有根，但它有 {count} 行</translation>
    </message>
    <message>
        <source>the last level has height {height}; the leaves are at height 1</source>
        <translation>最后一层是第 {height} 层；叶子应在第 1 层</translation>
    </message>
    <message>
        <source>the tree has no leaves under its root; it needs at least two leaf lines</source>
        <translation>根下面没有叶子；树至少需要两行叶子</translation>
    </message>
    <message>
        <source>the level at height {height} (lines {first_line}–{first_line2})</source>
        <translation>第 {height} 层（第 {first_line}–{first_line2} 行）</translation>
    </message>
    <message>
        <source>{where} has {count} lines; every level below the root has an even count</source>
        <translation>{where}有 {count} 行；根以下的每一层都应为偶数行</translation>
    </message>
    <message>
        <source>{where} has {count} lines, so the level above it (height {height}, from line {first_line}) must have {expected}, but it has {count2}</source>
        <translation>{where}有 {count} 行，因此它上面一层（第 {height} 层，从第 {first_line} 行开始）应有 {expected} 行，但实际有 {count2} 行</translation>
    </message>
    <message>
        <source>line {first_line} must be the padding of height {height} (a copy of the next line&apos;s hash with zero balances), but it is not</source>
        <translation>第 {first_line} 行应是第 {height} 层的填充（下一行哈希的副本，余额为零），但它不是</translation>
    </message>
    <message>
        <source>your nodes</source>
        <translation>您的节点</translation>
    </message>
    <message>
        <source>{name}: this is a folder, not the tree file.</source>
        <translation>{name}：这是一个文件夹，不是树文件。</translation>
    </message>
    <message>
        <source>{name}: the tree file is {size:,} bytes; the limit is {MAX_TREE_BYTES:,} bytes.</source>
        <translation>{name}：树文件有 {size:,} 字节；上限是 {MAX_TREE_BYTES:,} 字节。</translation>
    </message>
    <message>
        <source>{name}: no such file (the full liabilities tree).</source>
        <translation>{name}：没有这个文件（完整负债树）。</translation>
    </message>
    <message>
        <source>{name}: permission denied.</source>
        <translation>{name}：没有权限。</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value}).</source>
        <translation>{name}：无法读取（{value}）。</translation>
    </message>
    <message>
        <source>{file}: not a valid OKX zk-STARK v1 proof: {place}: {problem}</source>
        <translation>{file}：不是有效的 OKX zk-STARK v1 证明：{place}：{problem}</translation>
    </message>
    <message>
        <source>the number is too long</source>
        <translation>数字太长</translation>
    </message>
    <message>
        <source>must be a whole number (a JSON integer or decimal text)</source>
        <translation>必须是整数（JSON 整数或十进制文本）</translation>
    </message>
    <message>
        <source>must be a whole number from 0 up</source>
        <translation>必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>without config the coins must be OKX&apos;s {count}-coin list of April 2023, in its order (the names are not hashed, only their positions)</source>
        <translation>没有 config 时，币种必须是 OKX 2023 年 4 月的 {count} 种币列表，并按其顺序排列（参与哈希的只有位置，不包括名称）</translation>
    </message>
    <message>
        <source>this coin of config.coins is missing</source>
        <translation>缺少 config.coins 中的这个币种</translation>
    </message>
    <message>
        <source>this key is neither a field of the format nor in config.coins</source>
        <translation>此键既不是该格式的字段，也不在 config.coins 中</translation>
    </message>
    <message>
        <source>must be a list of 2 to 40 hashes</source>
        <translation>必须是包含 2 到 40 个哈希的列表</translation>
    </message>
    <message>
        <source>no coin values</source>
        <translation>没有币种数值</translation>
    </message>
    <message>
        <source>must be a list of coin names</source>
        <translation>必须是币种名称列表</translation>
    </message>
    <message>
        <source>a coin is listed twice</source>
        <translation>有一个币种列出了两次</translation>
    </message>
    <message>
        <source>embedded config</source>
        <translation>内嵌 config</translation>
    </message>
    <message>
        <source>first release (coins in key order)</source>
        <translation>首个版本（币种按键的顺序）</translation>
    </message>
    <message>
        <source>your entry</source>
        <translation>您的条目</translation>
    </message>
    <message>
        <source>your batch&apos;s entry in the trunk</source>
        <translation>您的批次在主干中的条目</translation>
    </message>
    <message>
        <source>batch root</source>
        <translation>批次根</translation>
    </message>
    <message>
        <source>Your path reaches the batch root written in the proof.</source>
        <translation>您的路径能到达证明中写明的批次根。</translation>
    </message>
    <message>
        <source>Your path does not reach the batch root written in the proof.</source>
        <translation>您的路径无法到达证明中写明的批次根。</translation>
    </message>
    <message>
        <source>batch id</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <source>The trunk entry is your batch (its batch_id is your batch root).</source>
        <translation>主干中的条目就是您的批次（其 batch_id 就是您的批次根）。</translation>
    </message>
    <message>
        <source>The trunk entry&apos;s batch_id is not your batch&apos;s root: it is another batch.</source>
        <translation>主干条目的 batch_id 不是您批次的根：它属于另一个批次。</translation>
    </message>
    <message>
        <source>trunk_inclusion_proof.trunk_mtree_root in the proof</source>
        <translation>证明中的 trunk_inclusion_proof.trunk_mtree_root</translation>
    </message>
    <message>
        <source>OKX&apos;s validator compares your paths only with the trunk root inside this file and would print &quot;Inclusion constraint validation passed&quot;; that root is not the one OKX published.</source>
        <translation>OKX 的验证工具只把您的路径与此文件中的主干根比较，会输出“Inclusion constraint validation passed”；但该根并不是 OKX 公布的根。</translation>
    </message>
    <message>
        <source>OKX&apos;s validator does not compare each total with its coins and would print &quot;Inclusion constraint validation passed&quot; for this file.</source>
        <translation>OKX 的验证工具不会把每个总额与其各币种数值比较，因此会对此文件输出“Inclusion constraint validation passed”。</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>trunk</source>
        <translation>主干</translation>
    </message>
    <message>
        <source>batch position</source>
        <translation>批次中的位置</translation>
    </message>
    <message>
        <source>trunk position</source>
        <translation>主干中的位置</translation>
    </message>
    <message>
        <source>The entry&apos;s position in the {which} tree follows from its index.</source>
        <translation>该条目在{which}树中的位置由其编号决定。</translation>
    </message>
    <message>
        <source>The {which} entry cannot be placed: trace leaf {row} in a tree of {leaves} leaves, total {total}.</source>
        <translation>无法确定{which}条目的位置：在有 {leaves} 个叶子的树中追踪叶子 {row}，总额 {total}。</translation>
    </message>
    <message>
        <source>a leaf below {leaves} and a total from 0 to 2^256</source>
        <translation>小于 {leaves} 的叶子编号，以及 0 到 2^256 之间的总额</translation>
    </message>
    <message>
        <source>batch leaf</source>
        <translation>批次叶子</translation>
    </message>
    <message>
        <source>trunk leaf</source>
        <translation>主干叶子</translation>
    </message>
    <message>
        <source>The {which} leaf recomputes from its total, coins, id and random number.</source>
        <translation>{which}叶子可由其总额、各币种数值、编号和随机数重新算出。</translation>
    </message>
    <message>
        <source>The {which} leaf does not match its total, coins, id and random number.</source>
        <translation>{which}叶子与其总额、各币种数值、编号和随机数不相符。</translation>
    </message>
    <message>
        <source>{where}.merkle_path[0] is {written}, but Keccak-256 of {preimage} (total, Keccak of the {count} coin values, id, random number) is {computed}: the values in the file are not the ones hashed.</source>
        <translation>{where}.merkle_path[0] 是 {written}，但 {preimage}（总额、{count} 个币种数值的 Keccak、编号、随机数）的 Keccak-256 是 {computed}：文件中的数值并不是计算哈希时使用的值。</translation>
    </message>
    <message>
        <source>your batch&apos;s leaf in the trunk</source>
        <translation>您的批次在主干中的叶子</translation>
    </message>
    <message>
        <source>stored at index {index} of {leaves} (permute4 order)</source>
        <translation>存储在编号 {index} 处，共 {leaves} 个（permute4 顺序）</translation>
    </message>
    <message>
        <source>{which} level {level}</source>
        <translation>{which}树第 {level} 层</translation>
    </message>
    <message>
        <source>{where} total</source>
        <translation>{where} 总额</translation>
    </message>
    <message>
        <source>The total of {who} equals the sum of its coins.</source>
        <translation>{who}的总额等于其各币种数值之和。</translation>
    </message>
    <message>
        <source>The total of {who} is not the sum of its coins.</source>
        <translation>{who}的总额不等于其各币种数值之和。</translation>
    </message>
    <message>
        <source>{where} net</source>
        <translation>{where} 净额</translation>
    </message>
    <message>
        <source>The net total of {who} is negative, which the STARK forbids.</source>
        <translation>{who}的净总额为负数，这是 STARK 所不允许的。</translation>
    </message>
    <message>
        <source>Your batch&apos;s coin sums in the trunk could not be compared with a published batch: none of the {count} sum_values.json files in {folder} equals them (the folder may be incomplete).</source>
        <translation>无法将您的批次在主干中的各币种合计与已公布的批次比较：{folder} 中的 {count} 个 sum_values.json 文件都与之不符（该文件夹可能不完整）。</translation>
    </message>
    <message>
        <source>batch sums</source>
        <translation>批次总和</translation>
    </message>
    <message>
        <source>Your batch&apos;s coin sums in the trunk equal the published sums of batch {batch}.</source>
        <translation>您的批次在主干中的各币种合计等于批次 {batch} 公布的合计。</translation>
    </message>
    <message>
        <source>The user id is an opaque 64-hex value chosen by OKX.</source>
        <translation>用户编号是 OKX 选定的一个 64 位十六进制值，本身不含可解读的信息。</translation>
    </message>
    <message>
        <source>OKX zk-STARK v2 inclusion proof</source>
        <translation>OKX zk-STARK v2 包含证明</translation>
    </message>
    <message>
        <source>{file}: an OKX zk-STARK v2 inclusion proof holds no root of its own. Give the published sum_proof_data.json, or the root in hex, with --root (or the root box in the app).</source>
        <translation>{file}：OKX zk-STARK v2 包含证明本身不含根。请通过 --root（或应用中的根输入框）提供公布的 sum_proof_data.json，或十六进制形式的根。</translation>
    </message>
    <message>
        <source>the 5 parts of your id, then Σequity and Σdebt (mod p)</source>
        <translation>您编号的 5 个部分，之后是 Σ权益和 Σ负债（mod p）</translation>
    </message>
    <message>
        <source>batch level {level}</source>
        <translation>批次树第 {level} 层</translation>
    </message>
    <message>
        <source>recursive layer {number}</source>
        <translation>递归第 {number} 层</translation>
    </message>
    <message>
        <source>{count}-way node: your node is child {position} of {count}</source>
        <translation>{count} 叉节点：您的节点是 {count} 个子节点中的第 {position} 个</translation>
    </message>
    <message>
        <source>{e} equity values but {d} debt values</source>
        <translation>有 {e} 个权益值，但有 {d} 个负债值</translation>
    </message>
    <message>
        <source>an {kind} value is not from 0 to 2^64 - 1</source>
        <translation>{kind} 值不在 0 到 2^64 - 1 的范围内</translation>
    </message>
    <message>
        <source>the index {index} is negative</source>
        <translation>索引 {index} 是负数</translation>
    </message>
    <message>
        <source>more tree levels than OKX&apos;s trees have</source>
        <translation>树的层数比 OKX 的树还多</translation>
    </message>
    <message>
        <source>layer {k} has {width} children</source>
        <translation>第 {k} 层有 {width} 个子节点</translation>
    </message>
    <message>
        <source>in recursive layer {k} your node is child {given} but the index puts it at {wanted}</source>
        <translation>在第 {k} 个递归层中，您的节点是子节点 {given}，但按索引它应位于 {wanted}</translation>
    </message>
    <message>
        <source>the index {index} lies beyond the tree the path describes</source>
        <translation>索引 {index} 超出了路径所描述的树的范围</translation>
    </message>
    <message>
        <source>your debt sum exceeds your equity sum, which OKX&apos;s circuit forbids</source>
        <translation>您的债务总和超过了权益总和，而 OKX 的电路不允许这种情况</translation>
    </message>
    <message>
        <source>The index, layer positions and amounts follow the format&apos;s rules.</source>
        <translation>索引、层位置和金额均符合该格式的规则。</translation>
    </message>
    <message>
        <source>The proof breaks the format&apos;s rules: {problems}.</source>
        <translation>证明违反了该格式的规则：{problems}。</translation>
    </message>
    <message>
        <source>index consistent with the layer positions; amounts below 2^64; equity ≥ debt</source>
        <translation>索引与层位置一致；金额小于 2^64；权益 ≥ 债务</translation>
    </message>
    <message>
        <source>published totals</source>
        <translation>公布的总额</translation>
    </message>
    <message>
        <source>The published total debt exceeds the total equity.</source>
        <translation>公布的总债务超过了总权益。</translation>
    </message>
    <message>
        <source>equity ≥ debt</source>
        <translation>权益 ≥ 债务</translation>
    </message>
    <message>
        <source>Proven: your id, your equity sum and your debt sum are in the published tree. Not proven: how those sums split across tokens (the per-token values shown are as the file states them).</source>
        <translation>已证明：您的编号、权益总和与债务总和都在公布的树中。未证明：这些总和在各代币之间如何分配（显示的各代币数值按文件所写）。</translation>
    </message>
    <message>
        <source>The proof numbers its tokens but does not name them.</source>
        <translation>证明为代币编了号，但没有给出代币名称。</translation>
    </message>
    <message>
        <source>width-2 parents SHA-256(bytes(left) ‖ bytes(right))</source>
        <translation>宽度为 2 的父节点 SHA-256(bytes(left) ‖ bytes(right))</translation>
    </message>
    <message>
        <source>Merkle Hash = SHA-256(record)</source>
        <translation>Merkle Hash = SHA-256(记录)</translation>
    </message>
    <message>
        <source>leaf = SHA-256(Merkle Hash as text)</source>
        <translation>叶子 = SHA-256(Merkle Hash 的文本)</translation>
    </message>
    <message>
        <source>leaf = SHA-256(Merkle Hash as 32 bytes)</source>
        <translation>叶子 = SHA-256(Merkle Hash 的 32 个字节)</translation>
    </message>
    <message>
        <source>leaf = SHA-256(text of SHA-256(record)) (Merkle Hash = SHA-256(record), hashed as text)</source>
        <translation>叶子 = SHA-256(SHA-256(记录) 的文本)（Merkle Hash = SHA-256(记录)，按文本哈希）</translation>
    </message>
    <message>
        <source>, record without the audit id</source>
        <translation>，记录不含审计编号</translation>
    </message>
    <message>
        <source>a promoted step has no sibling, so it takes no hash</source>
        <translation>提升的一步没有兄弟节点，因此不需要哈希</translation>
    </message>
    <message>
        <source>a step with the sibling on the {side} needs the sibling&apos;s hash</source>
        <translation>兄弟节点在{side}侧的一步需要兄弟节点的哈希</translation>
    </message>
    <message>
        <source>Values typed by hand are accepted for {FORMATS}, not for {format_id!r}.</source>
        <translation>只有 {FORMATS} 接受手动输入的值，{format_id!r} 不接受。</translation>
    </message>
    <message>
        <source>Path step {number} ({item!r}): write the sibling&apos;s side and hash, as &apos;L:&lt;hash&gt;&apos; or &apos;R:&lt;hash&gt;&apos; (also &apos;left &lt;hash&gt;&apos;, &apos;right &lt;hash&gt;&apos;), or &apos;promoted&apos; for a level without a sibling.</source>
        <translation>路径第 {number} 步（{item!r}）：请写出兄弟节点的位置和哈希，如“L:&lt;hash&gt;”或“R:&lt;hash&gt;”（也可写“left &lt;hash&gt;”、“right &lt;hash&gt;”），没有兄弟节点的层写“promoted”。</translation>
    </message>
    <message>
        <source>Path step {number} ({item!r}): the sibling&apos;s hash must be 64 hexadecimal digits.</source>
        <translation>路径第 {number} 步（{item!r}）：兄弟节点的哈希必须是 64 位十六进制数。</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>小</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>大</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>SHA-256 of the text {text!r}</source>
        <translation>文本 {text!r} 的 SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the 32-byte SHA-256 of the text {text!r}</source>
        <translation>文本 {text!r} 的 SHA-256（32 字节）再做 SHA-256</translation>
    </message>
    <message>
        <source>{rule} ({case}-case){suffix}</source>
        <translation>{rule}（{case}写）{suffix}</translation>
    </message>
    <message>
        <source>SHA-256 of the text {digest!r}, the {case}-case SHA-256 of the text {text!r}</source>
        <translation>文本 {digest!r} 的 SHA-256，即文本 {text!r} 的{case}写 SHA-256</translation>
    </message>
    <message>
        <source> (lower-case)</source>
        <translation>（小写）</translation>
    </message>
    <message>
        <source> (upper-case)</source>
        <translation>（大写）</translation>
    </message>
    <message>
        <source>SHA-256 of the 32 bytes hex-decoded from {merkle_hash}</source>
        <translation>由 {merkle_hash} 解码出的 32 个字节的 SHA-256</translation>
    </message>
    <message>
        <source>Silver Sixpence entry</source>
        <translation>Silver Sixpence 输入</translation>
    </message>
    <message>
        <source>{name}: format: these values were entered for {format}, not for {id}.</source>
        <translation>{name}：format：这些值是为 {format} 输入的，不是为 {id}。</translation>
    </message>
    <message>
        <source>{name}: merkle_hash: KuCoin&apos;s page shows no Merkle Hash (only Binance&apos;s does); enter the Merkle leaf or your account record instead.</source>
        <translation>{name}：merkle_hash：KuCoin 的页面不显示 Merkle Hash（只有币安的页面显示）；请改为输入 Merkle 叶子或您的账户记录。</translation>
    </message>
    <message>
        <source>{name}: nothing to start from: enter your Merkle leaf, the Merkle Hash or your account record (customer id, salt, audit id, balances).</source>
        <translation>{name}：没有可以开始的数据：请输入您的 Merkle 叶子、Merkle Hash 或账户记录（客户编号、盐值、审计编号、余额）。</translation>
    </message>
    <message>
        <source>{name}: nothing to start from: enter your Merkle leaf or your account record (customer id, salt, audit id, balances).</source>
        <translation>{name}：没有可以开始的数据：请输入您的 Merkle 叶子或账户记录（客户编号、盐值、审计编号、余额）。</translation>
    </message>
    <message>
        <source>{name}: a Silver Sixpence path can only be checked against the root the auditor published (on merkle.silversixpence.io and in the audit report): nothing you copied holds it, and a path compared with nothing proves nothing. Enter the published root.</source>
        <translation>{name}：Silver Sixpence 路径只能与审计方公布的根（在 merkle.silversixpence.io 和审计报告中）进行核对：您复制的内容中都没有它，而一条不与任何东西比较的路径什么也证明不了。请输入公布的根。</translation>
    </message>
    <message>
        <source>record.balances.{symbol} is {amount}.</source>
        <translation>record.balances.{symbol} 是 {amount}。</translation>
    </message>
    <message>
        <source>Matched: {rules}.</source>
        <translation>匹配的规则：{rules}。</translation>
    </message>
    <message>
        <source>leaf as entered (not recomputed)</source>
        <translation>按输入的叶子（未重新计算）</translation>
    </message>
    <message>
        <source>no known leaf rule matched</source>
        <translation>没有匹配任何已知的叶子规则</translation>
    </message>
    <message>
        <source>Only the Merkle leaf was entered: enter your account record (customer id, salt, audit id, balances) to tie it to your balances.</source>
        <translation>只输入了 Merkle 叶子：请输入您的账户记录（客户编号、盐值、审计编号、余额），把它与您的余额联系起来。</translation>
    </message>
    <message>
        <source>The leaf comes from the Merkle Hash, which cannot itself be recomputed from your balances: enter your account record to tie it to them.</source>
        <translation>叶子来自 Merkle Hash，而 Merkle Hash 本身无法由您的余额重新算出：请输入您的账户记录，把它与余额联系起来。</translation>
    </message>
    <message>
        <source>your Merkle leaf, as entered</source>
        <translation>您输入的 Merkle 叶子</translation>
    </message>
    <message>
        <source>the Merkle Hash</source>
        <translation>Merkle 哈希（Merkle Hash）</translation>
    </message>
    <message>
        <source>your account record</source>
        <translation>您的账户记录</translation>
    </message>
    <message>
        <source>{rule} (no rule reached the root)</source>
        <translation>{rule}（没有规则能到达根）</translation>
    </message>
    <message>
        <source>Your leaf {value} was recomputed from {what} ({rule}): {hashed}.</source>
        <translation>您的叶子 {value} 由{what}重新算出（{rule}）：{hashed}。</translation>
    </message>
    <message>
        <source>merkle hash</source>
        <translation>Merkle 哈希</translation>
    </message>
    <message>
        <source>Your Merkle Hash leads to your leaf ({rule}).</source>
        <translation>您的 Merkle Hash 能得出您的叶子（{rule}）。</translation>
    </message>
    <message>
        <source>Your Merkle Hash does not lead to your Merkle leaf under either known rule.</source>
        <translation>按两种已知规则，您的 Merkle Hash 都得不出您的 Merkle 叶子。</translation>
    </message>
    <message>
        <source>The Merkle leaf is {leaf}, but {tried}.</source>
        <translation>Merkle 叶子是 {leaf}，但 {tried}。</translation>
    </message>
    <message>
        <source>{hashed} ({rule}) is {value}</source>
        <translation>{hashed}（{rule}）是 {value}</translation>
    </message>
    <message>
        <source>Merkle Hash</source>
        <translation>Merkle Hash</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Your account record leads to your {reached} ({rule}): {hashed}.</source>
        <translation>您的账户记录能得出您的{reached}（{rule}）：{hashed}。</translation>
    </message>
    <message>
        <source> and the Merkle Hash is {merkle_hash}</source>
        <translation>，Merkle Hash 是 {merkle_hash}</translation>
    </message>
    <message>
        <source>Your account record does not lead to your Merkle leaf under any known rule.</source>
        <translation>按任何已知规则，您的账户记录都得不出您的 Merkle 叶子。</translation>
    </message>
    <message>
        <source>The Merkle leaf is {leaf}{merkle}, but {tried}. Copy the record exactly as the page shows it (no separators are added between the fields).</source>
        <translation>Merkle 叶子是 {leaf}{merkle}，但 {tried}。请完全按页面显示的样子复制记录（各字段之间不加分隔符）。</translation>
    </message>
    <message>
        <source>step {k} has a sibling on the right after the promotion at step {first_promotion}</source>
        <translation>第 {k} 步在第 {first_promotion} 步的提升之后，兄弟节点却在右侧</translation>
    </message>
    <message>
        <source>the last step ({count_path}) is a promotion, but a level of one node is the root</source>
        <translation>最后一步（{count_path}）是提升，但只有一个节点的一层就是根</translation>
    </message>
    <message>
        <source>The sides of the path fit the tree&apos;s rules.</source>
        <translation>路径的左右位置符合树的规则。</translation>
    </message>
    <message>
        <source>The path cannot come from a Silver Sixpence tree: {problems}.</source>
        <translation>这条路径不可能来自 Silver Sixpence 树：{problems}。</translation>
    </message>
    <message>
        <source>no right-hand sibling after a promotion; no promotion at the top</source>
        <translation>提升之后没有右侧兄弟节点；顶层没有提升</translation>
    </message>
    <message>
        <source>no sibling at this level: the node moves up unchanged</source>
        <translation>这一层没有兄弟节点：节点原样上移</translation>
    </message>
    <message>
        <source>the bytes of left ‖ right were hashed, not their hex text</source>
        <translation>哈希的是左 ‖ 右的字节，而不是其十六进制文本</translation>
    </message>
    <message>
        <source>the sibling is a copy of this node (odd count padded by duplication)</source>
        <translation>兄弟节点是此节点的副本（奇数个节点以复制补齐）</translation>
    </message>
    <message>
        <source>step {k}</source>
        <translation>第 {k} 步</translation>
    </message>
    <message>
        <source>lone nodes promoted</source>
        <translation>单个节点提升</translation>
    </message>
    <message>
        <source>Promoted at step {map}.</source>
        <translation>在第 {map} 步提升。</translation>
    </message>
    <message>
        <source>last node duplicated</source>
        <translation>复制最后一个节点</translation>
    </message>
    <message>
        <source>The sibling copies the node at step {map}.</source>
        <translation>第 {map} 步的兄弟节点是该节点的副本。</translation>
    </message>
    <message>
        <source>published root {root}</source>
        <translation>公布的根 {root}</translation>
    </message>
    <message>
        <source>Your path leads from your leaf to the published root: {hashed} hashing steps, {count_path} promoted levels.</source>
        <translation>您的路径从您的叶子到达了公布的根：{hashed} 次哈希，{count_path} 层提升。</translation>
    </message>
    <message>
        <source>None of the leaf rules leads to the published root {root}: {rules}.</source>
        <translation>没有一条叶子规则能到达公布的根 {root}：{rules}。</translation>
    </message>
    <message>
        <source>{rule}: {hashed} is {value}, which the path takes to {root}</source>
        <translation>{rule}：{hashed} 是 {value}，路径把它带到 {root}</translation>
    </message>
    <message>
        <source>Your path of {count} steps leads from the leaf {leaf} to {root}, but the published root is {published}.</source>
        <translation>您的 {count} 步路径从叶子 {leaf} 到达 {root}，但公布的根是 {published}。</translation>
    </message>
    <message>
        <source>Your path of 1 step leads from the leaf {leaf} to {root}, but the published root is {published}.</source>
        <translation>您的 1 步路径从叶子 {leaf} 到达 {root}，但公布的根是 {published}。</translation>
    </message>
    <message>
        <source> The path has no hashing step: the leaf itself was compared with the root.</source>
        <translation> 路径没有哈希步骤：直接拿叶子本身与根比较。</translation>
    </message>
    <message>
        <source> The last hashing step (step {last}, sibling on the {side}) was SHA-256 of the 64 bytes hex-decoded from {data} ‖ {data2} (left ‖ right, the bytes, not the text), giving {nodes}. Check each sibling&apos;s hash and side against the auditor&apos;s page.</source>
        <translation> 最后一次哈希（第 {last} 步，兄弟节点在{side}侧）是对由 {data} ‖ {data2} 解码出的 64 个字节做 SHA-256（左 ‖ 右，哈希的是字节而不是文本），得到 {nodes}。请对照审计方页面检查每个兄弟节点的哈希和位置。</translation>
    </message>
    <message>
        <source>Your path does not lead to the published root.</source>
        <translation>您的路径没有到达公布的根。</translation>
    </message>
    <message>
        <source>The record is customer id, salt, audit id and balances joined with nothing between.</source>
        <translation>记录由客户编号、盐值、审计编号和余额直接连接而成，中间没有分隔符。</translation>
    </message>
    <message>
        <source>The path breaks the format&apos;s rules</source>
        <translation>路径违反了该格式的规则</translation>
    </message>
    <message>
        <source>{place} is {shown}.</source>
        <translation>{place} 是 {shown}。</translation>
    </message>
    <message>
        <source>{place} is {text}.</source>
        <translation>{place} 是 {text}。</translation>
    </message>
    <message>
        <source>{place} is written {text!r}.</source>
        <translation>{place} 写作 {text!r}。</translation>
    </message>
    <message>
        <source>Every amount has at most {places} decimal places, as the format requires.</source>
        <translation>每个金额最多 {places} 位小数，符合该格式的要求。</translation>
    </message>
    <message>
        <source>Amounts with more than {places} decimal places, which this format never writes</source>
        <translation>有金额超过 {places} 位小数，而该格式从不这样写</translation>
    </message>
    <message>
        <source>at most {places} decimal places</source>
        <translation>最多 {places} 位小数</translation>
    </message>
    <message>
        <source>Your {subject} recomputes from {inputs}.</source>
        <translation>您的{subject}可由{inputs}重新算出。</translation>
    </message>
    <message>
        <source>Your {subject} does not match {inputs}.</source>
        <translation>您的{subject}与{inputs}不符。</translation>
    </message>
    <message>
        <source>The file says your {subject} is {written}, but SHA-256 of the text {text!r} is {computed}: {culprits} in the file are not the ones {hasher} hashed.</source>
        <translation>文件说您的{subject}是 {written}，但文本 {text!r} 的 SHA-256 是 {computed}：文件中的{culprits}不是{hasher}当时哈希的那些。</translation>
    </message>
    <message>
        <source>The neighbouring leaf recomputes from its nonce and balances.</source>
        <translation>相邻叶子可由它的 nonce 和余额重新算出。</translation>
    </message>
    <message>
        <source>The neighbouring leaf in path[0] does not match its own nonce and balances.</source>
        <translation>path[0] 中的相邻叶子与它自己的 nonce 和余额不符。</translation>
    </message>
    <message>
        <source>SHA-256 of the text {text!r} is {computed}, but path[0].hash is {written}.</source>
        <translation>文本 {text!r} 的 SHA-256 是 {computed}，但 path[0].hash 是 {written}。</translation>
    </message>
    <message>
        <source>Padding siblings at level {levels}.</source>
        <translation>第 {levels} 层有填充兄弟节点。</translation>
    </message>
    <message>
        <source>Padding siblings at height {heights}.</source>
        <translation>第 {heights} 层有填充兄弟节点。</translation>
    </message>
    <message>
        <source>The recomputed root totals differ from the totals written in the file.</source>
        <translation>重新计算的根总额与文件中写的总额不同。</translation>
    </message>
    <message>
        <source>expected {root}; {note}</source>
        <translation>应为 {root}；{note}</translation>
    </message>
    <message>
        <source>expected {root}</source>
        <translation>应为 {root}</translation>
    </message>
    <message>
        <source>leaf nonce derived from your credential</source>
        <translation>由您的凭证推导出的叶子 nonce</translation>
    </message>
    <message>
        <source>the file&apos;s nonce is the leaf nonce (2023 files)</source>
        <translation>文件中的 nonce 就是叶子 nonce（2023 年的文件）</translation>
    </message>
    <message>
        <source>the file&apos;s nonce is the leaf digest (Dec 2022 files)</source>
        <translation>文件中的 nonce 就是叶子摘要（2022 年 12 月的文件）</translation>
    </message>
    <message>
        <source>{name}: a SwissBorg proof is checked against the audit&apos;s roots file (every currency&apos;s root and the audit commitment), which this check did not get. Give that file as the published root (in the app: Open root file…; on the command line: --root FILE), or on the command line give it with --tree FILE beside the commitment typed with --root.</source>
        <translation>{name}：SwissBorg 的证明需要对照该审计的根文件（包含每种币种的根和审计承诺）进行检查，但本次检查没有拿到该文件。请将该文件作为公布的根提供（在应用中：打开根文件…；在命令行中：--root FILE），或在命令行中用 --tree FILE 提供该文件，同时用 --root 输入承诺。</translation>
    </message>
    <message>
        <source>SwissBorg audit roots file</source>
        <translation>SwissBorg 审计根文件</translation>
    </message>
    <message>
        <source>SwissBorg user liabilities file</source>
        <translation>SwissBorg 用户负债文件</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Your file and the roots file are for the same audit, {audit}.</source>
        <translation>您的文件与根文件属于同一次审计：{audit}。</translation>
    </message>
    <message>
        <source>Your file is for the audit {mine}, the roots file for {theirs}.</source>
        <translation>您的文件属于审计 {mine}，而根文件属于审计 {theirs}。</translation>
    </message>
    <message>
        <source>partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>{where}: the partition {partition} is not in the audit&apos;s roots file.</source>
        <translation>{where}：分区 {partition} 不在该审计的根文件中。</translation>
    </message>
    <message>
        <source>a partition of {audit}</source>
        <translation>{audit} 的一个分区</translation>
    </message>
    <message>
        <source>Without your audit credential the leaf nonces were taken from the file: each leaf was recomputed from that nonce, your user id and the amount, but that the nonces come from your credential was not checked. Give the credential to check it.</source>
        <translation>没有您的审计凭证，叶子的随机数（nonce）取自文件：每个叶子都已由该 nonce、您的用户编号和金额重新算出，但没有检查这些 nonce 是否来自您的凭证。请提供凭证以进行这项检查。</translation>
    </message>
    <message>
        <source>Matched: {variant}.</source>
        <translation>匹配：{variant}。</translation>
    </message>
    <message>
        <source>The paths into {partition} have different lengths: {depths}.</source>
        <translation>通往 {partition} 的各条路径长度不同：{depths}。</translation>
    </message>
    <message>
        <source>partitions[{k}]: the id {id} appears twice</source>
        <translation>partitions[{k}]：编号 {id} 出现了两次</translation>
    </message>
    <message>
        <source>partitions[{k}]: the currency {c} appears twice</source>
        <translation>partitions[{k}]：币种 {c} 出现了两次</translation>
    </message>
    <message>
        <source>partitions[{k}]: the liability {v} is negative</source>
        <translation>partitions[{k}]：负债 {v} 为负数</translation>
    </message>
    <message>
        <source>audit roots</source>
        <translation>审计根哈希</translation>
    </message>
    <message>
        <source>The audit&apos;s roots file breaks the format&apos;s rules: {problems}.</source>
        <translation>该审计的根文件违反了该格式的规则：{problems}。</translation>
    </message>
    <message>
        <source>unique partitions with non-negative liabilities</source>
        <translation>分区不重复，且负债不为负数</translation>
    </message>
    <message>
        <source>audit commitment</source>
        <translation>审计承诺</translation>
    </message>
    <message>
        <source>over the roots of all {n} currency partitions</source>
        <translation>基于全部 {n} 个币种分区的根</translation>
    </message>
    <message>
        <source>the audit commitment in {file}</source>
        <translation>{file} 中的审计承诺</translation>
    </message>
    <message>
        <source>The audit commitment written in {file} is {written}, but the partitions&apos; roots give {computed} (SHA-256 of the text {preimage}).</source>
        <translation>{file} 中写的审计承诺是 {written}，但各分区的根得出的是 {computed}（文本 {preimage} 的 SHA-256）。</translation>
    </message>
    <message>
        <source>{currency} leaf {index}</source>
        <translation>{currency} 叶子 {index}</translation>
    </message>
    <message>
        <source>{label}: SwissBorg&apos;s rules forbid negative amounts, and {places} is negative.</source>
        <translation>{label}：SwissBorg 的规则不允许金额为负数，而 {places} 为负数。</translation>
    </message>
    <message>
        <source>amounts of zero or more</source>
        <translation>金额大于或等于零</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{label}: a path of {d} witnesses fits leaf indexes 0 to {top}, not {index}.</source>
        <translation>{label}：包含 {d} 个见证的路径只适用于叶子索引 0 到 {top}，不适用于 {index}。</translation>
    </message>
    <message>
        <source>{label}: the proof has no witnesses; a tree has at least two leaves.</source>
        <translation>{label}：证明中没有见证；一棵树至少有两个叶子。</translation>
    </message>
    <message>
        <source>at least one witness and a leaf index below 2^witnesses</source>
        <translation>至少一个见证，且叶子索引小于 2^(见证数)</translation>
    </message>
    <message>
        <source>{d} witnesses, leaf index {index}</source>
        <translation>{d} 个见证，叶子索引 {index}</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>{label}: the leaf nonce derived from your credential matches the file.</source>
        <translation>{label}：由您的凭证推导出的叶子 nonce 与文件一致。</translation>
    </message>
    <message>
        <source>{label}: the leaf nonce derived from your credential is {derived} (leaf {leaf}), but the file gives {nonce}. Check the credential: it is the one SwissBorg shows for this audit.</source>
        <translation>{label}：由您的凭证推导出的叶子 nonce 是 {derived}（叶子 {leaf}），但文件给出的是 {nonce}。请检查凭证：应是 SwissBorg 为这次审计显示的那个凭证。</translation>
    </message>
    <message>
        <source>{label}: {amount} {currency} reaches the {currency} root in {d} steps ({reading}).</source>
        <translation>{label}：{amount} {currency} 经过 {d} 步到达 {currency} 的根（{reading}）。</translation>
    </message>
    <message>
        <source>{reading}: top {digest} with {value}</source>
        <translation>{reading}：顶部 {digest}，值为 {value}</translation>
    </message>
    <message>
        <source>{label}: the path does not reach the {currency} partition&apos;s root.</source>
        <translation>{label}：路径没有到达 {currency} 分区的根。</translation>
    </message>
    <message>
        <source>{digest} with {value}</source>
        <translation>{digest}，值为 {value}</translation>
    </message>
    <message>
        <source>{label}: the partition {partition} has the root {digest} with the liability {value}, but the path gives {tried}. The last text hashed was {last}.</source>
        <translation>{label}：分区 {partition} 的根是 {digest}，负债为 {value}，但路径得出的是 {tried}。最后计算哈希的文本是 {last}。</translation>
    </message>
    <message>
        <source>your leaf ({reading}); your other leaves are in the checks</source>
        <translation>您的叶子（{reading}）；您的其他叶子见检查项</translation>
    </message>
    <message>
        <source>merkletreejs leaf list (64-bit leaves, odd node moved up)</source>
        <translation>merkletreejs 叶子列表（64 位叶子，落单的节点上移）</translation>
    </message>
    <message>
        <source>TNF default leaf: SHA256(hex SHA256(uid) ‖ hex SHA256(amounts joined))</source>
        <translation>TNF 默认叶子：SHA256(hex SHA256(uid) ‖ hex SHA256(amounts joined))</translation>
    </message>
    <message>
        <source>TNF concatenate leaf: SHA256(&quot;uid,TOKEN:amount,…&quot;)</source>
        <translation>TNF 拼接叶子：SHA256(&quot;uid,TOKEN:amount,…&quot;)</translation>
    </message>
    <message>
        <source>Bitso leaf: SHA256(account ‖ hex SHA256(amount) per sorted &quot;cur=amount&quot;)</source>
        <translation>Bitso 叶子：SHA256(account ‖ 对每个排序后的 &quot;cur=amount&quot; 取 hex SHA256(amount))</translation>
    </message>
    <message>
        <source>The balance {part} is not written TOKEN=amount (for example BTC=0.5).</source>
        <translation>余额 {part} 没有按 TOKEN=amount 的形式书写（例如 BTC=0.5）。</translation>
    </message>
    <message>
        <source>No balances were given (write them as BTC=0.5,ETH=1).</source>
        <translation>没有提供余额（请写成 BTC=0.5,ETH=1）。</translation>
    </message>
    <message>
        <source>{name}: the leaf list is the proof file itself; --tree is not used.</source>
        <translation>{name}：叶子列表本身就是证明文件；不使用 --tree。</translation>
    </message>
    <message>
        <source>Your record needs both the account id and its balances (--account and --account-balances).</source>
        <translation>您的记录需要同时包含账户编号和它的余额（--account 和 --account-balances）。</translation>
    </message>
    <message>
        <source>{n} leaf value(s) of the list appear more than once.</source>
        <translation>列表中有 {n} 个叶子值出现了不止一次。</translation>
    </message>
    <message>
        <source>The last node of layer(s) {layers} (layer 1 = the leaves) moves up unchanged.</source>
        <translation>第 {layers} 层（第 1 层 = 叶子）的最后一个节点原样上移。</translation>
    </message>
    <message>
        <source>No account record was given, so your own leaf was not looked for in the list: only the list was rebuilt into its root.</source>
        <translation>没有提供账户记录，因此没有在列表中查找您自己的叶子：只是把列表重建成了它的根。</translation>
    </message>
    <message>
        <source>the root rebuilt from the list (the list holds none)</source>
        <translation>由列表重建的根（列表本身不含根）</translation>
    </message>
    <message>
        <source>The list holds no root of its own: compare {root} with the root the auditor published.</source>
        <translation>该列表本身不含根：请将 {root} 与审计方公布的根进行比较。</translation>
    </message>
    <message>
        <source>No leaf of the list matches your account and balances in any known leaf mode.</source>
        <translation>在任何已知的叶子模式下，列表中都没有与您的账户和余额匹配的叶子。</translation>
    </message>
    <message>
        <source>one of the {n} leaves of the list</source>
        <translation>列表 {n} 个叶子中的一个</translation>
    </message>
    <message>
        <source>Your leaf would be {leaves} (the first 16 hex digits of SHA-256 of {preimages}, in the {modes} modes); no line of the list holds any of them.</source>
        <translation>您的叶子应为 {leaves}（即 {preimages} 的 SHA-256 前 16 位十六进制数，分别对应 {modes} 模式）；列表中没有任何一行包含其中任何一个。</translation>
    </message>
    <message>
        <source>Your leaf was found with the {mode}.</source>
        <translation>已使用 {mode} 找到您的叶子。</translation>
    </message>
    <message>
        <source>The amounts are joined with nothing between them before hashing.</source>
        <translation>各金额在计算哈希前直接连接，中间没有分隔符。</translation>
    </message>
    <message>
        <source>The account id is hashed without a salt.</source>
        <translation>账户编号在计算哈希时没有使用盐值。</translation>
    </message>
    <message>
        <source>Your leaf appears at positions {positions}.</source>
        <translation>您的叶子出现在以下位置：{positions}。</translation>
    </message>
    <message>
        <source>Your leaf {leaf} is leaf {index} of the list (line {line}).</source>
        <translation>您的叶子 {leaf} 是列表中的叶子 {index}（第 {line} 行）。</translation>
    </message>
    <message>
        <source>leaf {index} of {n}</source>
        <translation>叶子 {index}（共 {n} 个）</translation>
    </message>
    <message>
        <source>rebuilt from all {n} leaves in {layers} layers; the hashed bytes are shown as hex</source>
        <translation>由全部 {n} 个叶子分 {layers} 层重建；参与哈希的字节以十六进制显示</translation>
    </message>
    <message>
        <source>batch numbers</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <source>batch commitments</source>
        <translation>批次承诺</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>批次链</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>final totals</source>
        <translation>最终总额</translation>
    </message>
    <message>
        <source>asset totals</source>
        <translation>资产总额</translation>
    </message>
    <message>
        <source>{file}: not a readable CSV batch table ({problem}).</source>
        <translation>{file}：不是可读取的 CSV 批次表（{problem}）。</translation>
    </message>
    <message>
        <source>{file}: not a batch table (columns {columns} expected).</source>
        <translation>{file}：不是批次表（应有列 {columns}）。</translation>
    </message>
    <message>
        <source>Gate.io zk batch table (proof.csv)</source>
        <translation>Gate.io zk 批次表（proof.csv）</translation>
    </message>
    <message>
        <source>empty start</source>
        <translation>从空树开始</translation>
    </message>
    <message>
        <source>Batch 0 starts from the empty tree of AssetCounts {count}.</source>
        <translation>批次 0 从 AssetCounts 为 {count} 的空树开始。</translation>
    </message>
    <message>
        <source>Batch 0 does not start from the empty tree of any AssetCounts Gate.io has used.</source>
        <translation>批次 0 不是从 Gate.io 用过的任何 AssetCounts 的空树开始的。</translation>
    </message>
    <message>
        <source>one of {roots}</source>
        <translation>{roots} 之一</translation>
    </message>
    <message>
        <source>The Groth16 proof of each batch (proof_info) was not checked.</source>
        <translation>没有检查每个批次的 Groth16 证明（proof_info）。</translation>
    </message>
    <message>
        <source>Without cex_config.json (--assets) the final asset totals were not compared with the last batch.</source>
        <translation>没有 cex_config.json（--assets），因此没有将最终资产总额与最后一个批次进行比较。</translation>
    </message>
    <message>
        <source>{file}: the CexAssetsInfo indexes must run 0, 1, 2, ... up to at most {count}.</source>
        <translation>{file}：CexAssetsInfo 的索引必须依次为 0、1、2、...，最多到 {count}。</translation>
    </message>
    <message>
        <source>HTX zk v2 batch table (proof0.csv)</source>
        <translation>HTX zk v2 批次表（proof0.csv）</translation>
    </message>
    <message>
        <source>Batch 0 starts from the empty tree of {n} assets.</source>
        <translation>批次 0 从 {n} 种资产的空树开始。</translation>
    </message>
    <message>
        <source>Batch 0 does not start from the empty tree of the asset count in use.</source>
        <translation>批次 0 不是从当前所用资产数量的空树开始的。</translation>
    </message>
    <message>
        <source>the empty root of some N from 1 to {top}</source>
        <translation>N 为 1 到 {top} 中某个值时的空树根</translation>
    </message>
    <message>
        <source>N = {n} found by scanning 1 to {top}.</source>
        <translation>通过扫描 1 到 {top} 找到 N = {n}。</translation>
    </message>
    <message>
        <source>Without config.json (--assets) the final asset totals were not checked.</source>
        <translation>没有 config.json（--assets），因此没有检查最终资产总额。</translation>
    </message>
    <message>
        <source>N = {n} assets (found by scanning)</source>
        <translation>N = {n} 种资产（通过扫描找到）</translation>
    </message>
    <message>
        <source>N = {n} assets</source>
        <translation>N = {n} 种资产</translation>
    </message>
    <message>
        <source>Batches 0 to {last} are all present, once each.</source>
        <translation>批次 0 到 {last} 全部存在，且各只出现一次。</translation>
    </message>
    <message>
        <source>The batch numbers do not run 0, 1, 2, ...; first out of place: {number}.</source>
        <translation>批次编号没有按 0、1、2、... 的顺序排列；第一个位置不对的是：{number}。</translation>
    </message>
    <message>
        <source>0 to {last}</source>
        <translation>0 到 {last}</translation>
    </message>
    <message>
        <source>{bad} of {count} batch commitments are wrong; the first is batch {number} (line {line}).</source>
        <translation>{count} 个批次承诺中有 {bad} 个是错误的；第一个是批次 {number}（第 {line} 行）。</translation>
    </message>
    <message>
        <source>Each batch starts where the one before it ended.</source>
        <translation>每个批次都从前一个批次结束的地方开始。</translation>
    </message>
    <message>
        <source>root {root}</source>
        <translation>根 {root}</translation>
    </message>
    <message>
        <source>Batch 0 starts from the commitment of zero totals.</source>
        <translation>批次 0 从总额为零的承诺开始。</translation>
    </message>
    <message>
        <source>Batch 0 does not start from the commitment of zero totals of this asset list.</source>
        <translation>批次 0 不是从此资产列表总额为零的承诺开始的。</translation>
    </message>
    <message>
        <source>batch {number}</source>
        <translation>批次 {number}</translation>
    </message>
    <message>
        <source>the account tree&apos;s root after the last batch</source>
        <translation>最后一个批次之后账户树的根</translation>
    </message>
    <message>
        <source>the last batch&apos;s account_tree_roots</source>
        <translation>最后一个批次的 account_tree_roots</translation>
    </message>
    <message>
        <source>{where}: the value {value} is not below the BN254 field order, so it cannot be hashed.</source>
        <translation>{where}：值 {value} 不小于 BN254 域的阶，因此无法计算哈希。</translation>
    </message>
    <message>
        <source>{file}: {field} must hold exactly {depth} siblings (one per tree level), not {count}.</source>
        <translation>{file}：{field} 必须正好包含 {depth} 个兄弟节点（每层一个），而不是 {count} 个。</translation>
    </message>
    <message>
        <source>{file}: {field}[{k}] is not a 32-byte value in base64.</source>
        <translation>{file}：{field}[{k}] 不是 base64 编码的 32 字节值。</translation>
    </message>
    <message>
        <source>{file}: {field}[{k}] is not a BN254 field element (it is not below the modulus r).</source>
        <translation>{file}：{field}[{k}] 不是 BN254 域元素（它不小于模数 r）。</translation>
    </message>
    <message>
        <source>{file}: {field} is {index}; a leaf position in a depth-{depth} tree is 0 to {top}.</source>
        <translation>{file}：{field} 是 {index}；在深度为 {depth} 的树中，叶子位置应为 0 到 {top}。</translation>
    </message>
    <message>
        <source>the sibling is an empty subtree (no accounts there)</source>
        <translation>兄弟节点是空子树（那里没有账户）</translation>
    </message>
    <message>
        <source>Poseidon({left}, {right})</source>
        <translation>Poseidon({left}, {right})</translation>
    </message>
    <message>
        <source>{field} in the file</source>
        <translation>文件中的 {field}</translation>
    </message>
    <message>
        <source>{root} is the root of a tree with no accounts at all.</source>
        <translation>{root} 是一棵完全没有账户的树的根。</translation>
    </message>
    <message>
        <source>{value} is not a finite decimal</source>
        <translation>{value} 不是有限的十进制数</translation>
    </message>
    <message>
        <source>more than {TREEIFY_THRESHOLD} keys share one HashMap bin</source>
        <translation>超过 {TREEIFY_THRESHOLD} 个键落在同一个 HashMap 桶中</translation>
    </message>
    <message>
        <source>&lt;pasted text&gt;</source>
        <translation>&lt;粘贴的文本&gt;</translation>
    </message>
    <message>
        <source>{name}: this is a folder, not a file.</source>
        <translation>{name}：这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{name}: the file is {size:,} bytes; the limit for this kind of file is {max_bytes:,} bytes.</source>
        <translation>{name}：文件有 {size:,} 字节；这类文件的上限是 {max_bytes:,} 字节。</translation>
    </message>
    <message>
        <source>{name}: no such file.</source>
        <translation>{name}：没有这个文件。</translation>
    </message>
    <message>
        <source>{name}: the file is larger than the limit of {max_bytes:,} bytes.</source>
        <translation>{name}：文件超过了 {max_bytes:,} 字节的上限。</translation>
    </message>
    <message>
        <source>{name}: line {line} (byte {start}): this is not UTF-8 text, so it is not a proof file this app can read.</source>
        <translation>{name}：第 {line} 行（第 {start} 字节）：这不是 UTF-8 文本，所以不是本应用能读取的证明文件。</translation>
    </message>
    <message>
        <source>{name} is not a valid JSON number</source>
        <translation>{name} 不是有效的 JSON 数字</translation>
    </message>
    <message>
        <source>{name}: line {lineno}, column {colno}: not valid JSON ({msg}).</source>
        <translation>{name}：第 {lineno} 行第 {colno} 列：不是有效的 JSON（{msg}）。</translation>
    </message>
    <message>
        <source>{name}: the key {exc!r} appears twice in one object; a proof file must be unambiguous.</source>
        <translation>{name}：键 {exc!r} 在同一个对象中出现了两次；证明文件必须没有歧义。</translation>
    </message>
    <message>
        <source>{name}: a number starting {exc!r}… is longer than {MAX_NUMBER_CHARS} characters.</source>
        <translation>{name}：以 {exc!r} 开头的数字超过 {MAX_NUMBER_CHARS} 个字符。</translation>
    </message>
    <message>
        <source>{name}: the JSON is nested too deeply to be a proof file.</source>
        <translation>{name}：JSON 嵌套太深，不可能是证明文件。</translation>
    </message>
    <message>
        <source>{name}: not valid JSON ({exc}).</source>
        <translation>{name}：不是有效的 JSON（{exc}）。</translation>
    </message>
    <message>
        <source>{name}: the JSON is nested more than {MAX_JSON_DEPTH} levels deep.</source>
        <translation>{name}：JSON 嵌套超过 {MAX_JSON_DEPTH} 层。</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>this field is missing</source>
        <translation>缺少此字段</translation>
    </message>
    <message>
        <source>this field is not part of the format</source>
        <translation>此字段不属于该格式</translation>
    </message>
    <message>
        <source>must be text (a JSON string)</source>
        <translation>必须是文本（JSON 字符串）</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation>不是预期的形式</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>必须是 64 位十六进制数</translation>
    </message>
    <message>
        <source>Without your audit credential the leaf digests were taken from the file (this file gives the digest, not the nonce), so your user id {user} is not verified. Give the credential to recompute them from your user id and amounts.</source>
        <translation>没有您的审计凭证，叶子摘要直接取自文件（该文件给出的是摘要，而不是随机数），因此您的用户编号 {user} 未经验证。请提供凭证，以便根据您的用户编号和金额重新计算。</translation>
    </message>
    <message>
        <source>{where}: more fields than columns.</source>
        <translation>{where}：字段比列多。</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}，第 {line} 行</translation>
    </message>
    <message>
        <source>{file} item {row}</source>
        <translation>{file} 第 {row} 项</translation>
    </message>
    <message>
        <source>{where}: {column} is not a 32-byte field element in base64.</source>
        <translation>{where}：{column} 不是 base64 编码的 32 字节域元素。</translation>
    </message>
    <message>
        <source>{where}: {column} is not below the BN254 field order, so it cannot be hashed.</source>
        <translation>{where}：{column} 不小于 BN254 有限域的阶，因此无法计算哈希。</translation>
    </message>
    <message>
        <source>{where}: {column} must be a JSON list of two base64 values (before, after).</source>
        <translation>{where}：{column} 必须是包含两个 base64 值（之前、之后）的 JSON 列表。</translation>
    </message>
    <message>
        <source>{where}: {column} must be a whole number.</source>
        <translation>{where}：{column} 必须是整数。</translation>
    </message>
    <message>
        <source>CEX start</source>
        <translation>CEX 起点</translation>
    </message>
    <message>
        <source>CEX totals</source>
        <translation>CEX 总额</translation>
    </message>
    <message>
        <source>{where}: {value} is not base64 of 32 bytes.</source>
        <translation>{where}：{value} 不是 32 字节数据的 base64 编码。</translation>
    </message>
    <message>
        <source>{file}: {place} has {count} path steps; no real proof has more than {limit}.</source>
        <translation>{file}：{place} 有 {count} 个路径步骤；真实的证明不会超过 {limit} 个。</translation>
    </message>
    <message>
        <source>{file}: {place} names {count} assets; no real proof has more than {limit}.</source>
        <translation>{file}：{place} 列出了 {count} 种资产；真实的证明不会超过 {limit} 种。</translation>
    </message>
    <message>
        <source> (and {count} more problems)</source>
        <translation>（另有 {count} 个问题）</translation>
    </message>
    <message>
        <source>{file}: not a valid {what}: {problems}{more}.</source>
        <translation>{file}：不是有效的{what}：{problems}{more}。</translation>
    </message>
    <message>
        <source>The verification was cancelled before it finished; nothing was concluded.</source>
        <translation>验证在完成之前被取消；没有得出任何结论。</translation>
    </message>
    <message>
        <source>{path}: a report&apos;s name must end in .json, .csv or .html (the suffix picks the kind).</source>
        <translation>{path}：报告文件名必须以 .json、.csv 或 .html 结尾（由后缀决定报告类型）。</translation>
    </message>
    <message>
        <source>file root</source>
        <translation>文件中的根</translation>
    </message>
    <message>
        <source>The root written in the file equals the recomputed root.</source>
        <translation>文件中写的根与重新计算的根相同。</translation>
    </message>
    <message>
        <source>The root written in the file differs from the recomputed root.</source>
        <translation>文件中写的根与重新计算的根不同。</translation>
    </message>
    <message>
        <source>The root recomputed from the proof is {computed}, but {where} is {expected}.</source>
        <translation>由证明重新计算的根是 {computed}，但{where}是 {expected}。</translation>
    </message>
    <message>
        <source>The last text hashed (at {label}) was {preimage!r}.</source>
        <translation>最后哈希的文本（在{label}）是 {preimage!r}。</translation>
    </message>
    <message>
        <source>the root written in the file</source>
        <translation>文件中写的根</translation>
    </message>
    <message>
        <source>The recomputed root equals {where}.</source>
        <translation>重新计算的根与{where}相同。</translation>
    </message>
    <message>
        <source>The recomputed root differs from {where}.</source>
        <translation>重新计算的根与{where}不同。</translation>
    </message>
    <message>
        <source>The proof could not be recomputed up to a root to compare.</source>
        <translation>证明无法一直重新计算到可以比较的根。</translation>
    </message>
    <message>
        <source>typed in the app</source>
        <translation>在应用中输入</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>The published root is empty.</source>
        <translation>公布的根是空的。</translation>
    </message>
    <message>
        <source>The published root {stripped!r} is neither a hexadecimal hash (16 to 128 hex digits) nor a file that exists.</source>
        <translation>公布的根 {stripped!r} 既不是十六进制哈希（16 到 128 位十六进制数），也不是一个存在的文件。</translation>
    </message>
    <message>
        <source>the last batch of {path}</source>
        <translation>{path} 的最后一个批次</translation>
    </message>
    <message>
        <source>{path}: no root found in this file (looked for the keys {ROOT_KEYS}).</source>
        <translation>{path}：此文件中没有找到根（查找的键：{ROOT_KEYS}）。</translation>
    </message>
    <message>
        <source>the file {path}</source>
        <translation>文件 {path}</translation>
    </message>
    <message>
        <source>{path}: this file does not hold a single hexadecimal root.</source>
        <translation>{path}：此文件中不是单独一个十六进制根。</translation>
    </message>
    <message>
        <source>{path}: proof.public_inputs[{k}] is not an unsigned 64-bit integer.</source>
        <translation>{path}：proof.public_inputs[{k}] 不是无符号 64 位整数。</translation>
    </message>
    <message>
        <source>{path}: proof.public_inputs has {count} entries; OKX&apos;s sum proof has at least 6 (equity, debt and the 4 words of the root).</source>
        <translation>{path}：proof.public_inputs 有 {count} 项；OKX 的总和证明至少有 6 项（权益、债务以及根的 4 个字）。</translation>
    </message>
    <message>
        <source>the file {path} (proof.public_inputs)</source>
        <translation>文件 {path}（proof.public_inputs）</translation>
    </message>
    <message>
        <source>{file}: no such file or folder.</source>
        <translation>{file}：没有这个文件或文件夹。</translation>
    </message>
    <message>
        <source>{file}: the verifier hit an internal error ({kind}: {reason}). Nothing was concluded.</source>
        <translation>{file}：验证器遇到内部错误（{kind}：{reason}）。没有得出任何结论。</translation>
    </message>
    <message>
        <source>{file}: no batch proof table (proof.csv) found inside.</source>
        <translation>{file}：其中没有找到批次证明表（proof.csv）。</translation>
    </message>
    <message>
        <source>Snapshots can be checked for the formats {known}; not {given}.</source>
        <translation>只能检查以下格式的快照：{known}；不能检查 {given}。</translation>
    </message>
    <message>
        <source>{file}: this batch table fits several exchanges; choose one with --format.</source>
        <translation>{file}：这个批次表适用于多个交易所；请用 --format 选择一个。</translation>
    </message>
    <message>
        <source>The Groth16 proofs of the {count} batches were not checked.</source>
        <translation>没有检查 {count} 个批次的 Groth16 证明。</translation>
    </message>
    <message>
        <source>the last batch&apos;s account-tree root</source>
        <translation>最后一个批次的账户树根</translation>
    </message>
    <message>
        <source>Give the root shown on the exchange&apos;s page with --root to compare it.</source>
        <translation>请用 --root 提供交易所页面上显示的根，以便进行比较。</translation>
    </message>
    <message>
        <source>{root} is the root of an empty account tree.</source>
        <translation>{root} 是空账户树的根。</translation>
    </message>
    <message>
        <source>All {count} batch commitments equal Poseidon of their roots and CEX commitments. The Groth16 proofs behind them were not checked.</source>
        <translation>全部 {count} 个批次承诺都等于其根和 CEX 承诺的 Poseidon 哈希。没有检查其背后的 Groth16 证明。</translation>
    </message>
    <message>
        <source>Batch {number} does not start where batch {previous} ended ({column}).</source>
        <translation>批次 {number} 没有从批次 {previous} 结束的地方开始（{column}）。</translation>
    </message>
    <message>
        <source>Without the snapshot&apos;s config.json the final totals were not checked.</source>
        <translation>没有快照的 config.json，因此没有检查最终总额。</translation>
    </message>
    <message>
        <source>N = {n} assets, found from batch 0&apos;s empty-tree root.</source>
        <translation>N = {n} 种资产，由批次 0 的空树根得出。</translation>
    </message>
    <message>
        <source>Binance v2&apos;s CEX commitment packs prices and collateral tiers of that month&apos;s full configuration, which is not published with the table; start and final totals were not checked.</source>
        <translation>Binance v2 的 CEX 承诺包含了当月完整配置中的价格和抵押品档位，而该配置没有随表格一起公布；因此没有检查起始总额和最终总额。</translation>
    </message>
    <message>
        <source>Without the snapshot&apos;s configuration the start totals and the final totals were not checked.</source>
        <translation>没有快照的配置，因此没有检查起始总额和最终总额。</translation>
    </message>
    <message>
        <source>No asset in the configuration has more total debt than total equity.</source>
        <translation>配置中没有任何资产的总债务多于总权益。</translation>
    </message>
    <message>
        <source>These assets have more total debt than total equity: {symbols}.</source>
        <translation>以下资产的总债务多于总权益：{symbols}。</translation>
    </message>
    <message>
        <source>Batch 0 starts from the empty account tree and from zero totals.</source>
        <translation>批次 0 从空账户树和零总额开始。</translation>
    </message>
    <message>
        <source>Batch 0 starts from the empty account tree (its starting totals could not be checked).</source>
        <translation>批次 0 从空账户树开始（无法检查其起始总额）。</translation>
    </message>
    <message>
        <source>Batch 0 does not start from the empty account tree.</source>
        <translation>批次 0 不是从空账户树开始的。</translation>
    </message>
    <message>
        <source>The last batch&apos;s CEX commitment equals the commitment of the totals in {file}.</source>
        <translation>最后一个批次的 CEX 承诺等于 {file} 中总额的承诺。</translation>
    </message>
    <message>
        <source>The last batch&apos;s CEX commitment differs from the commitment of the totals in {file}: the published totals are not the sum the batches proved.</source>
        <translation>最后一个批次的 CEX 承诺与 {file} 中总额的承诺不同：公布的总额不是各批次所证明的总和。</translation>
    </message>
    <message>
        <source>{file}: CexAssetsInfo entry {entry} needs a whole-number {key}.</source>
        <translation>{file}：CexAssetsInfo 第 {entry} 项需要整数形式的 {key}。</translation>
    </message>
    <message>
        <source>{file}: CexAssetsInfo has a missing, repeated or out-of-range Index {index} (slots: {slots}).</source>
        <translation>{file}：CexAssetsInfo 中的 Index {index} 缺失、重复或超出范围（槽位：{slots}）。</translation>
    </message>
    <message>
        <source>{where}: the column {column} is missing.</source>
        <translation>{where}：缺少列 {column}。</translation>
    </message>
    <message>
        <source>{where}: proof_info is not base64.</source>
        <translation>{where}：proof_info 不是 base64。</translation>
    </message>
    <message>
        <source>{where}: a row with one root must give min_account_index and max_account_index.</source>
        <translation>{where}：只有一个根的行必须提供 min_account_index 和 max_account_index。</translation>
    </message>
    <message>
        <source>{file}: larger than the {limit} MB accepted for a batch table.</source>
        <translation>{file}：超过了批次表可接受的 {limit} MB 上限。</translation>
    </message>
    <message>
        <source>{file}: the batch table holds no batches.</source>
        <translation>{file}：批次表中没有任何批次。</translation>
    </message>
    <message>
        <source>{file}: too many rows.</source>
        <translation>{file}：行数太多。</translation>
    </message>
    <message>
        <source>{file}: the batch table is not UTF-8 text.</source>
        <translation>{file}：批次表不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>{file}: a JSON batch table must be a list of rows.</source>
        <translation>{file}：JSON 批次表必须是由行组成的列表。</translation>
    </message>
    <message>
        <source>{file}: not a snapshot configuration (no CexAssetsInfo list).</source>
        <translation>{file}：不是快照配置（没有 CexAssetsInfo 列表）。</translation>
    </message>
    <message>
        <source>{file}: refused to unpack: {why}.</source>
        <translation>{file}：拒绝解压：{why}。</translation>
    </message>
    <message>
        <source>more than {count} entries</source>
        <translation>超过 {count} 个条目</translation>
    </message>
    <message>
        <source>the entry {name} points outside the archive</source>
        <translation>条目 {name} 指向压缩包之外</translation>
    </message>
    <message>
        <source>the entry {name} is a link</source>
        <translation>条目 {name} 是一个链接</translation>
    </message>
    <message>
        <source>the entry {name} is not a plain file</source>
        <translation>条目 {name} 不是普通文件</translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} MB</source>
        <translation>解压后超过 {limit} MB</translation>
    </message>
    <message>
        <source>{file}: not a readable archive ({reason}).</source>
        <translation>{file}：不是可读取的压缩包（{reason}）。</translation>
    </message>
    <message>
        <source>{folder}: several files named {name}; give the one to check.</source>
        <translation>{folder}：有多个名为 {name} 的文件；请指定要检查的那一个。</translation>
    </message>
    <message>
        <source>{name}: the verifier hit an internal error ({kind}: {exc}). Nothing was concluded about this file. Please report this with the file&apos;s format.</source>
        <translation>{name}：验证器遇到内部错误（{kind}：{exc}）。对此文件没有得出任何结论。请报告此问题，并说明文件的格式。</translation>
    </message>
    <message>
        <source>Unknown or unsupported format id {format_id!r}. Supported: {known}.</source>
        <translation>未知或不支持的格式编号 {format_id!r}。支持的有：{known}。</translation>
    </message>
    <message>
        <source>{name}: this file fits several formats ({names}); choose one with --format.</source>
        <translation>{name}：此文件符合多种格式（{names}）；请用 --format 选择一种。</translation>
    </message>
    <message>
        <source>{name}: this does not look like any supported proof format{shape}. Run &apos;reserve-verify formats&apos; to see the supported formats.</source>
        <translation>{name}：这看起来不像任何支持的证明格式{shape}。运行“reserve-verify formats”查看支持的格式。</translation>
    </message>
    <message>
        <source> (a JSON object with the keys {keys})</source>
        <translation>（一个 JSON 对象，键为 {keys}）</translation>
    </message>
    <message>
        <source> (an empty JSON object)</source>
        <translation>（一个空的 JSON 对象）</translation>
    </message>
    <message>
        <source> (a JSON list)</source>
        <translation>（一个 JSON 列表）</translation>
    </message>
    <message>
        <source> (it is not JSON)</source>
        <translation>（不是 JSON）</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>OKX</source>
        <translation>OKX</translation>
    </message>
    <message>
        <source>OKX Merkle tree v1 (path file)</source>
        <translation>OKX 默克尔树 v1（路径文件）</translation>
    </message>
    <message>
        <source>Nov 2022 – Mar 2023</source>
        <translation>2022 年 11 月 – 2023 年 3 月</translation>
    </message>
    <message>
        <source>the Merkle path file copied from OKX&apos;s Audits page (merkle_proof_file.json)</source>
        <translation>从 OKX 审计页面复制的默克尔路径文件（merkle_proof_file.json）</translation>
    </message>
    <message>
        <source>OKX Merkle tree v2 (user info and full tree)</source>
        <translation>OKX 默克尔树 v2（用户信息和完整树）</translation>
    </message>
    <message>
        <source>Mar – Apr 2023</source>
        <translation>2023 年 3 月 – 4 月</translation>
    </message>
    <message>
        <source>the user info file from OKX&apos;s Audits page (user_info_file.json) and the full liabilities tree (--tree full-liabilities-merkle-tree.txt)</source>
        <translation>OKX 审计页面上的用户信息文件（user_info_file.json）和完整负债树（--tree full-liabilities-merkle-tree.txt）</translation>
    </message>
    <message>
        <source>OKX zk-STARK v1 (inclusion proof)</source>
        <translation>OKX zk-STARK v1（包含证明）</translation>
    </message>
    <message>
        <source>Apr 2023 – Aug 2024</source>
        <translation>2023 年 4 月 – 2024 年 8 月</translation>
    </message>
    <message>
        <source>the inclusion proof copied from OKX&apos;s Audits page (…inclusion_proof.json) and the published sum_proof_data/trunk/sum_proof.json (--root)</source>
        <translation>从 OKX 审计页面复制的包含证明（…inclusion_proof.json），以及公布的 sum_proof_data/trunk/sum_proof.json（--root）</translation>
    </message>
    <message>
        <source>OKX zk-STARK v2 (plonky2 inclusion proof)</source>
        <translation>OKX zk-STARK v2（plonky2 包含证明）</translation>
    </message>
    <message>
        <source>Sep 2024 →</source>
        <translation>2024 年 9 月起</translation>
    </message>
    <message>
        <source>the inclusion proof copied from OKX&apos;s Audits page (…inclusion_proof.json) and the published sum_proof_data.json or its root in hex (--root)</source>
        <translation>从 OKX 审计页面复制的包含证明（…inclusion_proof.json），以及公布的 sum_proof_data.json 或其十六进制根（--root）</translation>
    </message>
    <message>
        <source>HTX (Huobi)</source>
        <translation>HTX（火币）</translation>
    </message>
    <message>
        <source>HTX Merkle sum tree v1 (proof path file)</source>
        <translation>HTX 默克尔求和树 v1（证明路径文件）</translation>
    </message>
    <message>
        <source>Dec 2022 →</source>
        <translation>2022 年 12 月起</translation>
    </message>
    <message>
        <source>the proof file downloaded from HTX&apos;s asset audit page (merkle_sum_proof.json, {&quot;data&quot;:[…]})</source>
        <translation>从 HTX 资产审计页面下载的证明文件（merkle_sum_proof.json，{&quot;data&quot;:[…]}）</translation>
    </message>
    <message>
        <source>Poloniex</source>
        <translation>Poloniex</translation>
    </message>
    <message>
        <source>Poloniex Merkle sum tree v1 (merkleProof file)</source>
        <translation>Poloniex 默克尔求和树 v1（merkleProof 文件）</translation>
    </message>
    <message>
        <source>Aug 2024 →</source>
        <translation>2024 年 8 月起</translation>
    </message>
    <message>
        <source>the merkleProof-YYYYMMDD.json file from Poloniex&apos;s proof-of-reserves page (choose with --format)</source>
        <translation>Poloniex 储备金证明页面上的 merkleProof-YYYYMMDD.json 文件（用 --format 选择）</translation>
    </message>
    <message>
        <source>Gate.io</source>
        <translation>Gate.io</translation>
    </message>
    <message>
        <source>Gate.io Merkle tree v1 (published leaf list)</source>
        <translation>Gate.io 默克尔树 v1（公布的叶子列表）</translation>
    </message>
    <message>
        <source>2020 – 2022</source>
        <translation>2020 – 2022 年</translation>
    </message>
    <message>
        <source>the published leaf list (&lt;name&gt;_merkletree.txt) and the root the auditor published (--root)</source>
        <translation>公布的叶子列表（&lt;name&gt;_merkletree.txt）和审计方公布的根（--root）</translation>
    </message>
    <message>
        <source>Bitget</source>
        <translation>Bitget</translation>
    </message>
    <message>
        <source>Bitget Merkle sum tree (merkel_tree_bg.json)</source>
        <translation>Bitget 默克尔求和树（merkel_tree_bg.json）</translation>
    </message>
    <message>
        <source>Dec 2022 → (scheme A to Aug 2025, scheme B from Nov 2025)</source>
        <translation>2022 年 12 月起（方案 A 至 2025 年 8 月，方案 B 自 2025 年 11 月）</translation>
    </message>
    <message>
        <source>the path file downloaded from Bitget&apos;s Proof of Reserves page (merkel_tree_bg.json)</source>
        <translation>从 Bitget 储备金证明页面下载的路径文件（merkel_tree_bg.json）</translation>
    </message>
    <message>
        <source>KuCoin</source>
        <translation>KuCoin</translation>
    </message>
    <message>
        <source>KuCoin Merkle sum tree (path + self)</source>
        <translation>KuCoin 默克尔求和树（path + self）</translation>
    </message>
    <message>
        <source>the proof text copied from KuCoin&apos;s proof-of-reserves page ({&quot;path&quot;:[…],&quot;self&quot;:{…}}, surrounding text allowed)</source>
        <translation>从 KuCoin 储备金证明页面复制的证明文本（{&quot;path&quot;:[…],&quot;self&quot;:{…}}，可带周围的文字）</translation>
    </message>
    <message>
        <source>Binance</source>
        <translation>币安</translation>
    </message>
    <message>
        <source>Binance Merkle audit by Silver Sixpence (values entered by hand)</source>
        <translation>Silver Sixpence 对币安的默克尔审计（手动输入的值）</translation>
    </message>
    <message>
        <source>Nov – Dec 2022</source>
        <translation>2022 年 11 月 – 12 月</translation>
    </message>
    <message>
        <source>values copied by hand: the Merkle Leaf and/or Merkle Hash or your account record from Binance&apos;s Verification page, the path from merkle.silversixpence.io, and the published root</source>
        <translation>手动复制的值：币安验证页面上的 Merkle Leaf 和/或 Merkle Hash 或您的账户记录、merkle.silversixpence.io 上的路径，以及公布的根</translation>
    </message>
    <message>
        <source>KuCoin Merkle audit by Silver Sixpence (values entered by hand)</source>
        <translation>Silver Sixpence 对 KuCoin 的默克尔审计（手动输入的值）</translation>
    </message>
    <message>
        <source>values copied by hand: the Merkle leaf or your account record from KuCoin&apos;s audit page, the path from merkle.silversixpence.io, and the published root</source>
        <translation>手动复制的值：KuCoin 审计页面上的 Merkle 叶子或您的账户记录、merkle.silversixpence.io 上的路径，以及公布的根</translation>
    </message>
    <message>
        <source>Silver Sixpence / Mazars</source>
        <translation>Silver Sixpence / Mazars</translation>
    </message>
    <message>
        <source>Silver Sixpence Merkle audit, e.g. Crypto.com (values entered by hand)</source>
        <translation>Silver Sixpence Merkle 审计，例如 Crypto.com（手动输入数值）</translation>
    </message>
    <message>
        <source>Nov – Dec 2022 (Mazars era)</source>
        <translation>2022 年 11 月 – 12 月（Mazars 时期）</translation>
    </message>
    <message>
        <source>values copied by hand: the Merkle leaf (and/or Merkle Hash) or your account record from the exchange&apos;s audit page, the path from the auditor&apos;s page, and the published root</source>
        <translation>手动复制的数值：交易所审计页面上的 Merkle 叶子（和/或 Merkle 哈希）或您的账户记录、审计方页面上的路径，以及公布的根</translation>
    </message>
    <message>
        <source>BitMEX / River</source>
        <translation>BitMEX / River</translation>
    </message>
    <message>
        <source>Published liabilities tree (sum tree, split leaves)</source>
        <translation>公布的负债树（求和树，拆分叶子）</translation>
    </message>
    <message>
        <source>BitMEX Nov 2022 →; River 2024 →</source>
        <translation>BitMEX 2022 年 11 月起；River 2024 年起</translation>
    </message>
    <message>
        <source>the published liabilities tree file; to find your leaves, your BitMEX nonce (--nonce, or --account-id with --account-nonce) or your River account id, key and e-mail (--account-id, --account-key, --email)</source>
        <translation>公布的负债树文件；要找到您的叶子，还需要您的 BitMEX nonce（--nonce，或 --account-id 加 --account-nonce），或您的 River 账户编号、密钥和电子邮箱（--account-id、--account-key、--email）</translation>
    </message>
    <message>
        <source>SwissBorg</source>
        <translation>SwissBorg</translation>
    </message>
    <message>
        <source>SwissBorg proof of liabilities (per-currency sum trees)</source>
        <translation>SwissBorg 负债证明（按币种的求和树）</translation>
    </message>
    <message>
        <source>your liabilities file from the SwissBorg app and the audit&apos;s roots file (as --root); your audit credential (--credential) to tie the leaves to you</source>
        <translation>SwissBorg 应用中的负债文件，以及该审计的根文件（作为 --root）；您的审计凭证（--credential）用于把叶子与您对应起来</translation>
    </message>
    <message>
        <source>Bybit</source>
        <translation>Bybit</translation>
    </message>
    <message>
        <source>Bybit Merkle sum tree (self + path file)</source>
        <translation>Bybit Merkle 求和树（self + path 文件）</translation>
    </message>
    <message>
        <source>Dec 2022 → (asset lists of 4 assets in 2022 up to 50 in 2026)</source>
        <translation>2022 年 12 月起（资产列表从 2022 年的 4 种资产增加到 2026 年的最多 50 种）</translation>
    </message>
    <message>
        <source>the Merkle path file downloaded from Bybit&apos;s Proof of Reserves page</source>
        <translation>从 Bybit 储备金证明页面下载的 Merkle 路径文件</translation>
    </message>
    <message>
        <source>MEXC</source>
        <translation>MEXC</translation>
    </message>
    <message>
        <source>MEXC Merkle sum tree (merkle_proof.json)</source>
        <translation>MEXC Merkle 求和树（merkle_proof.json）</translation>
    </message>
    <message>
        <source>Jan 2025 → (earlier snapshots unconfirmed)</source>
        <translation>2025 年 1 月起（更早的快照未经确认）</translation>
    </message>
    <message>
        <source>the Merkle proof file downloaded from MEXC&apos;s Proof of Reserves page (merkle_proof.json)</source>
        <translation>从 MEXC 储备金证明页面下载的 Merkle 证明文件（merkle_proof.json）</translation>
    </message>
    <message>
        <source>CoinEx</source>
        <translation>CoinEx</translation>
    </message>
    <message>
        <source>CoinEx Merkle sum tree (merkle_proof_file.json)</source>
        <translation>CoinEx Merkle 求和树（merkle_proof_file.json）</translation>
    </message>
    <message>
        <source>the Merkle proof file downloaded from CoinEx&apos;s Proof of Reserves page (merkle_proof_file.json)</source>
        <translation>从 CoinEx 储备金证明页面下载的 Merkle 证明文件（merkle_proof_file.json）</translation>
    </message>
    <message>
        <source>The Network Firm / Armanino</source>
        <translation>The Network Firm / Armanino</translation>
    </message>
    <message>
        <source>The Network Firm Merkle leaf list</source>
        <translation>The Network Firm Merkle 叶子列表</translation>
    </message>
    <message>
        <source>2021 → (Bitso Dec 2022; Kraken 2022, unconfirmed)</source>
        <translation>2021 年起（Bitso：2022 年 12 月；Kraken：2022 年，未经确认）</translation>
    </message>
    <message>
        <source>the published leaf list (output_merkle_tree.txt or Bitso&apos;s .tsv), the auditor&apos;s root (--root) and, to find your own leaf, your account id and balances (--account, --account-balances)</source>
        <translation>公布的叶子列表（output_merkle_tree.txt 或 Bitso 的 .tsv）、审计方的根（--root），以及用于查找您自己叶子的账户编号和余额（--account、--account-balances）</translation>
    </message>
    <message>
        <source>Gate.io zk-SNARK proof of reserves (user_config.json)</source>
        <translation>Gate.io zk-SNARK 储备金证明（user_config.json）</translation>
    </message>
    <message>
        <source>Oct 2023 →</source>
        <translation>2023 年 10 月起</translation>
    </message>
    <message>
        <source>user_config.json from Gate.io&apos;s Audits page; optionally the snapshot&apos;s cex_config.json (--assets) for names, prices and the totals check. The bundle&apos;s proof.csv is checked on its own.</source>
        <translation>Gate.io 审计页面上的 user_config.json；可选提供该快照的 cex_config.json（--assets），用于显示名称、价格和检查总额。文件包中的 proof.csv 会单独检查。</translation>
    </message>
    <message>
        <source>HTX zk proof of reserves v2 (user_config.json)</source>
        <translation>HTX zk 储备金证明 v2（user_config.json）</translation>
    </message>
    <message>
        <source>Sep 2023 →</source>
        <translation>2023 年 9 月起</translation>
    </message>
    <message>
        <source>the v2 user_config.json; optionally the audit&apos;s config.json (--assets) for the asset count, names and units. The batch table proof0.csv is checked on its own.</source>
        <translation>v2 的 user_config.json；可选提供该审计的 config.json（--assets），用于获取资产数量、名称和单位。批次表 proof0.csv 会单独检查。</translation>
    </message>
    <message>
        <source>Poloniex zk proof of reserves v2 (user_config.json)</source>
        <translation>Poloniex zk 储备金证明 v2（user_config.json）</translation>
    </message>
    <message>
        <source>— (code published, no Poloniex v2 data seen)</source>
        <translation>—（代码已公布，但未见过 Poloniex v2 数据）</translation>
    </message>
    <message>
        <source>the v2 user_config.json (choose with --format: the file looks exactly like HTX&apos;s)</source>
        <translation>v2 的 user_config.json（请用 --format 选择：该文件看起来与 HTX 的完全相同）</translation>
    </message>
    <message>
        <source>Binance zk-SNARK proof of reserves v1 (user file)</source>
        <translation>Binance zk-SNARK 储备金证明 v1（用户文件）</translation>
    </message>
    <message>
        <source>Feb 2023 – Sep 2024</source>
        <translation>2023 年 2 月 – 2024 年 9 月</translation>
    </message>
    <message>
        <source>the Merkle tree file from Binance&apos;s Verification page; optionally the month&apos;s cex_assets_info.csv or config.json (--assets) for names, prices and a totals check</source>
        <translation>Binance 验证页面上的 Merkle 树文件；可选提供当月的 cex_assets_info.csv 或 config.json（--assets），用于显示名称、价格和检查总额</translation>
    </message>
    <message>
        <source>Binance zk-SNARK proof of reserves v2, with collateral (user file)</source>
        <translation>Binance zk-SNARK 储备金证明 v2，含抵押品（用户文件）</translation>
    </message>
    <message>
        <source>Oct 2024 – now</source>
        <translation>2024 年 10 月起</translation>
    </message>
    <message>
        <source>the Merkle tree file from Binance&apos;s Verification page; optionally the month&apos;s cex_assets_info.csv (--assets) for names, prices and the totals and collateral check</source>
        <translation>Binance 验证页面上的 Merkle 树文件；可选提供当月的 cex_assets_info.csv（--assets），用于显示名称、价格，以及检查总额和抵押品</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>Reserve Verifier receipt</source>
        <translation>储备金验证器 验证凭证</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>文件 SHA-256</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Computed root</source>
        <translation>计算出的根哈希</translation>
    </message>
    <message>
        <source>Expected root</source>
        <translation>预期的根哈希</translation>
    </message>
    <message>
        <source>published root</source>
        <translation>公布的根哈希</translation>
    </message>
    <message>
        <source>root written in the proof file</source>
        <translation>证明文件里写的根哈希</translation>
    </message>
    <message>
        <source>Expected root came from</source>
        <translation>预期根哈希来源</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Root total</source>
        <translation>根总计</translation>
    </message>
    <message>
        <source>First step that did not match</source>
        <translation>第一个不匹配的步骤</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>生成时间（UTC）</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>This receipt is not signed. It records what this app recomputed, offline, from the file named above.</source>
        <translation>本凭证没有签名。它记录的是本应用根据上面列出的文件，离线重新计算的结果。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Crm::Analysis</name>
    <message>
        <source>An as-of date is needed.</source>
        <translation>需要指定截止日期。</translation>
    </message>
    <message>
        <source>The attribution window cannot be negative.</source>
        <translation>归因窗口不能为负数。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>The transition period must be at least one day.</source>
        <translation>迁移周期至少为一天。</translation>
    </message>
    <message>
        <source>Fixed RFM thresholds must be four ascending numbers.</source>
        <translation>固定 RFM 阈值必须是四个递增的数字。</translation>
    </message>
    <message>
        <source>Segment rule &apos;%1&apos; needs a name and score ranges within 1-5.</source>
        <translation>客群规则“%1”需要名称以及 1–5 之间的评分范围。</translation>
    </message>
    <message>
        <source>Line %1 of the segment rules must read name,r_low,r_high,f_low,f_high[,m_low,m_high] with scores 1-5.</source>
        <translation>客群规则第 %1 行的格式必须为 name,r_low,r_high,f_low,f_high[,m_low,m_high]，评分为 1–5。</translation>
    </message>
    <message>
        <source>The segment rule table is empty.</source>
        <translation>客群规则表为空。</translation>
    </message>
    <message>
        <source>The spend window must be at least one month.</source>
        <translation>消费统计窗口至少为一个月。</translation>
    </message>
    <message>
        <source>Tier thresholds must be ascending: Silver, Gold, Diamond.</source>
        <translation>等级门槛必须递增：银卡、金卡、钻石。</translation>
    </message>
    <message>
        <source>Points balances have no history, so tier migration needs the spend rule.</source>
        <translation>积分余额没有历史记录，因此等级迁移需要使用消费金额规则。</translation>
    </message>
    <message>
        <source>Regular</source>
        <comment>membership tier</comment>
        <translation>普通</translation>
    </message>
    <message>
        <source>Silver</source>
        <comment>membership tier</comment>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>membership tier</comment>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Diamond</source>
        <comment>membership tier</comment>
        <translation>钻石</translation>
    </message>
    <message>
        <source>The workspace has no orders yet; import orders first.</source>
        <translation>工作区中还没有订单，请先导入订单。</translation>
    </message>
    <message>
        <source>The refresh compares tiers with an earlier date only; run the tiers analysis on its own for a later one.</source>
        <translation>刷新只能与更早的日期比较会员等级；如需与更晚的日期比较，请单独运行会员等级分析。</translation>
    </message>
    <message>
        <source>The workspace has no customers or orders before %1; import orders first.</source>
        <translation>工作区在 %1 之前没有客户或订单；请先导入订单。</translation>
    </message>
    <message>
        <source>The points period must start before the as-of date.</source>
        <translation>积分统计期必须在截止日期之前开始。</translation>
    </message>
    <message>
        <source>The workspace&apos;s RFM segment rules cannot be read (%1); the default rules are used.</source>
        <translation>无法读取工作区的 RFM 客群规则（%1），已改用默认规则。</translation>
    </message>
</context>
<context>
    <name>Crm::Cli</name>
    <message>
        <source>Campaign response, uplift against control, revenue, ROAS, ROI and p-value</source>
        <translation>营销活动的响应、相对对照组的提升、收入、ROAS、ROI 和 p 值</translation>
    </message>
    <message>
        <source>Campaigns: attribution window, days after the contact day (the contact day counts as day 0) (30).</source>
        <translation>营销活动：归因窗口，即触达日之后的天数（触达当天记为第 0 天）（30）。</translation>
    </message>
    <message>
        <source>Campaigns: share of revenue that is profit, for ROI (1.0).</source>
        <translation>营销活动：收入中利润所占比例，用于计算 ROI（1.0）。</translation>
    </message>
    <message>
        <source>Campaigns: add control revenue, orders, dormant contacts, reactivated, repeat buyers and an open-window flag.</source>
        <translation>营销活动：附加对照组收入、订单数、沉睡触达数、唤醒数、复购客户数以及窗口未结束标记。</translation>
    </message>
    <message>
        <source>--k must be a whole number from 1 to 50</source>
        <translation>--k 必须是 1 到 50 之间的整数</translation>
    </message>
    <message>
        <source>k-means clusters on log recency, frequency and monetary value</source>
        <translation>基于对数化的最近消费、消费频次和消费金额的 k-means 聚类</translation>
    </message>
    <message>
        <source>Clusters: number of clusters (default: 2-8 by silhouette).</source>
        <translation>聚类：簇的数量（默认按轮廓系数在 2–8 之间选择）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Clusters / lifecycle: one summary row per group instead.</source>
        <translation>聚类 / 生命周期：改为每组输出一行汇总。</translation>
    </message>
    <message>
        <source>--calibration-end must be a date written YYYY-MM-DD</source>
        <translation>--calibration-end 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>--time-unit must be day, week or month</source>
        <translation>--time-unit 必须是 day、week 或 month</translation>
    </message>
    <message>
        <source>--horizon-months must be a whole number of months from 1 to 1200</source>
        <translation>--horizon-months 必须是 1 到 1200 之间的整数月数</translation>
    </message>
    <message>
        <source>--discount-rate must be a monthly rate from 0 to below 1, e.g. 0.01</source>
        <translation>--discount-rate 必须是大于等于 0 且小于 1 的月贴现率，例如 0.01</translation>
    </message>
    <message>
        <source>--model must be bgnbd or paretonbd</source>
        <translation>--model 必须是 bgnbd 或 paretonbd</translation>
    </message>
    <message>
        <source>Customer lifetime value: BG/NBD (or Pareto/NBD) and Gamma-Gamma per customer</source>
        <translation>客户终身价值：按客户计算的 BG/NBD（或 Pareto/NBD）与 Gamma-Gamma 模型</translation>
    </message>
    <message>
        <source>CLV: fit on purchases up to and including this day (default: the as-of date).</source>
        <translation>CLV：使用截至并包含该日的购买记录拟合模型（默认：截止日期）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>CLV: model time unit, day, week or month (day).</source>
        <translation>CLV：模型时间单位，day、week 或 month（day）。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>CLV: horizon in months (12).</source>
        <translation>CLV：预测期（月）（12）。</translation>
    </message>
    <message>
        <source>CLV: monthly discount rate (0.01).</source>
        <translation>CLV：月贴现率（0.01）。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>CLV: purchase model, bgnbd or paretonbd (bgnbd).</source>
        <translation>CLV：购买模型，bgnbd 或 paretonbd（bgnbd）。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>CLV: print the fitted model parameters as one JSON object instead.</source>
        <translation>CLV：改为以一个 JSON 对象输出拟合的模型参数。</translation>
    </message>
    <message>
        <source>--period must be month, week or quarter</source>
        <translation>--period 必须是 month、week 或 quarter</translation>
    </message>
    <message>
        <source>Acquisition cohorts by period: size, active customers, retention, revenue</source>
        <translation>按期间划分的获客同期群：规模、活跃客户、留存、收入</translation>
    </message>
    <message>
        <source>Cohorts: month (default), week (from Monday) or quarter.</source>
        <translation>同期群：month（默认）、week（从周一开始）或 quarter。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Cohorts: add cumulative revenue per customer.</source>
        <translation>同期群：附加每位客户的累计收入。</translation>
    </message>
    <message>
        <source>Churn funnel: acquired, repeat, not churned, active</source>
        <translation>流失漏斗：已获客、复购、未流失、活跃</translation>
    </message>
    <message>
        <source>Funnel: print the lifecycle transition matrix (rows: stage at D - N days, columns: stage at D) instead of the steps.</source>
        <translation>漏斗：改为输出生命周期迁移矩阵（行：D − N 天时的阶段，列：D 时的阶段），而不是漏斗各步骤。</translation>
    </message>
    <message>
        <source>Funnel: N of the transition matrix (90).</source>
        <translation>漏斗：迁移矩阵的 N（90）。</translation>
    </message>
    <message>
        <source>--summary and --dormant-only exclude each other</source>
        <translation>--summary 与 --dormant-only 不能同时使用</translation>
    </message>
    <message>
        <source>Lifecycle stage per customer (prospect, new, active, dormant, churned)</source>
        <translation>每位客户的生命周期阶段（潜在、新客、活跃、沉睡、流失）</translation>
    </message>
    <message>
        <source>Lifecycle: customers per stage.</source>
        <translation>生命周期：各阶段的客户数。</translation>
    </message>
    <message>
        <source>Lifecycle: the dormant customers, ranked by their spend in the 12 months before they went quiet.</source>
        <translation>生命周期：沉睡客户，按其沉睡前 12 个月的消费额排序。</translation>
    </message>
    <message>
        <source>--%1 must be four ascending numbers separated by commas</source>
        <translation>--%1 必须是以逗号分隔的四个递增数字</translation>
    </message>
    <message>
        <source>Recency, frequency, monetary scores and segment per customer</source>
        <translation>每位客户的最近消费、消费频次、消费金额评分及所属客群</translation>
    </message>
    <message>
        <source>RFM: quintile (default), rfm-package (R package rfm), pandas (the common pandas recipe) or fixed.</source>
        <translation>RFM：quintile（默认）、rfm-package（R 语言 rfm 包）、pandas（常见的 pandas 做法）或 fixed。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>RFM fixed scoring: four ascending day counts, e.g. 30,60,90,180.</source>
        <translation>RFM 固定评分：四个递增的天数，例如 30,60,90,180。</translation>
    </message>
    <message>
        <source>D1,D2,D3,D4</source>
        <translation>D1,D2,D3,D4</translation>
    </message>
    <message>
        <source>RFM fixed scoring: four ascending order counts, e.g. 2,3,5,10.</source>
        <translation>RFM 固定评分：四个递增的订单数，例如 2,3,5,10。</translation>
    </message>
    <message>
        <source>N1,N2,N3,N4</source>
        <translation>N1,N2,N3,N4</translation>
    </message>
    <message>
        <source>RFM fixed scoring: four ascending amounts in currency units.</source>
        <translation>RFM 固定评分：四个递增的金额（货币单位）。</translation>
    </message>
    <message>
        <source>A1,A2,A3,A4</source>
        <translation>A1,A2,A3,A4</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>RULES</translation>
    </message>
    <message>
        <source>One row per group instead of per customer (rfm: segments; lifecycle: customers per stage).</source>
        <translation>每组输出一行而不是每位客户一行（rfm：客群；lifecycle：各阶段客户数）。</translation>
    </message>
    <message>
        <source>Membership tiers (Regular, Silver, Gold, Diamond) and their migration</source>
        <translation>会员等级（普通、银卡、金卡、钻石）及其迁移</translation>
    </message>
    <message>
        <source>Tiers: by net spend in the window before D (spend, default) or by today&apos;s points balance (points).</source>
        <translation>等级：按 D 之前窗口内的净消费额（spend，默认）或按当前积分余额（points）。</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>Tiers: minimum for Silver,Gold,Diamond (default 1000,5000,20000).</source>
        <translation>等级：银卡、金卡、钻石的门槛（默认 1000,5000,20000）。</translation>
    </message>
    <message>
        <source>S,G,D</source>
        <translation>S,G,D</translation>
    </message>
    <message>
        <source>Tiers: months of spend before D that count (default 12).</source>
        <translation>等级：计入 D 之前多少个月的消费（默认 12）。</translation>
    </message>
    <message>
        <source>Tiers: print the migration matrix from the tiers at this date to D.</source>
        <translation>等级：输出从该日期的等级到 D 时等级的迁移矩阵。</translation>
    </message>
    <message>
        <source>Tiers: one row per customer.</source>
        <translation>等级：每位客户一行。</translation>
    </message>
    <message>
        <source>name one analysis: %1</source>
        <translation>请指定一项分析：%1</translation>
    </message>
    <message>
        <source>unknown analysis &apos;%1&apos;; choose one of %2</source>
        <translation>未知的分析“%1”；请从 %2 中选择</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 不适用于 %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>必须提供 --db FILE</translation>
    </message>
    <message>
        <source>--format must be csv, json or table</source>
        <translation>--format 必须是 csv、json 或 table</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD</source>
        <translation>--as-of 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Run an analysis on a workspace and print or save its table</source>
        <translation>对工作区运行一项分析，并输出或保存结果表</translation>
    </message>
    <message>
        <source>The analysis, one of:%1</source>
        <translation>分析名称，可选：%1</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>As-of date D (default: the day after the last order).</source>
        <translation>截止日期 D（默认：最后一笔订单的次日）。</translation>
    </message>
    <message>
        <source>Output format: csv, json or table (default csv).</source>
        <translation>输出格式：csv、json 或 table（默认 csv）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]

CRM Workbench on the command line: analyse customer, order and campaign data kept in a workspace file (.crmdb).

Commands:
</source>
        <translation>用法：%1 &lt;命令&gt; [选项]

客户分析工作台命令行：分析保存在工作区文件（.crmdb）中的客户、订单和营销活动数据。

命令：
</translation>
    </message>
    <message>
        <source>
General options:
  -h, --help     Show this help, or a command&apos;s help after the command
  -v, --version  Show the version

Run &apos;%1 help &lt;command&gt;&apos; or &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.
Exit status: 0 success, 1 bad usage, 2 bad input (nothing written), 3 internal error.
</source>
        <translation>
通用选项：
  -h, --help     显示本帮助；写在命令之后则显示该命令的帮助
  -v, --version  显示版本

运行“%1 help &lt;命令&gt;”或“%1 &lt;命令&gt; --help”查看命令的选项。
退出状态：0 成功，1 用法错误，2 输入有误（未写入任何内容），3 内部错误。
</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>用法：%1 [选项]</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 5000000</source>
        <translation>--customers 必须是 1 到 5000000 之间的整数</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed 必须是非负整数</translation>
    </message>
    <message>
        <source>Created demo workspace %1: %2 customers, %3 orders, %4 returns, %5 campaigns, %6 contacts.</source>
        <translation>已创建演示工作区 %1：%2 位客户、%3 笔订单、%4 笔退货、%5 个营销活动、%6 次触达。</translation>
    </message>
    <message>
        <source>Create a workspace filled with realistic demo customers, orders and campaigns</source>
        <translation>创建一个包含逼真演示客户、订单和营销活动的工作区</translation>
    </message>
    <message>
        <source>Workspace file to create (must be new or empty).</source>
        <translation>要创建的工作区文件（必须是新文件或空文件）。</translation>
    </message>
    <message>
        <source>Number of customers (default 5000).</source>
        <translation>客户数量（默认 5000）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>name a list: segment NAME, dormant or campaign ID</source>
        <translation>请指定名单：segment 名称、dormant 或 campaign 编号</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE.csv|FILE.xlsx are required</source>
        <translation>必须提供 --db FILE 和 --out FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>--out must name a .csv or .xlsx file</source>
        <translation>--out 必须是 .csv 或 .xlsx 文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n customer(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 位客户写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a customer list (RFM segment, dormant customers, campaign targets) to CSV or XLSX</source>
        <translation>将客户名单（RFM 客群、沉睡客户、营销活动目标）导出为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>segment NAME (an RFM segment such as Champions), dormant, or campaign ID (the campaign&apos;s treatment group).</source>
        <translation>segment 名称（RFM 客群，例如 Champions）、dormant，或 campaign 编号（该活动的实验组）。</translation>
    </message>
    <message>
        <source>File to write: .csv (UTF-8 with BOM) or .xlsx.</source>
        <translation>要写入的文件：.csv（带 BOM 的 UTF-8）或 .xlsx。</translation>
    </message>
    <message>
        <source>Write full phone numbers and e-mail addresses (masked by default).</source>
        <translation>写出完整的手机号和电子邮箱（默认打码）。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3 as %4 (import %5): %6 orders, %7 order lines; %8 rows rejected.</source>
        <translation>已从 %3 导入 %2 行中的 %1 行，类型为 %4（导入批次 %5）：%6 笔订单，%7 条订单明细；%8 行被拒绝。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>rejected: row %1, %2: %3</source>
        <translation>已拒绝：第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>give exactly one FILE to import</source>
        <translation>请只指定一个要导入的文件</translation>
    </message>
    <message>
        <source>--kind must be orders, customers, campaigns or contacts</source>
        <translation>--kind 必须是 orders、customers、campaigns 或 contacts</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &apos;%1&apos;</source>
        <translation>--map 的格式是 FIELD=COLUMN，而不是“%1”</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Import an orders, customers, campaigns or contacts file (xlsx, xls, CSV) into a workspace</source>
        <translation>将订单、客户、营销活动或触达文件（xlsx、xls、CSV）导入工作区</translation>
    </message>
    <message>
        <source>Workspace file (created when missing).</source>
        <translation>工作区文件（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>What the file holds; detected from the columns when omitted.</source>
        <translation>文件内容的类型；省略时根据列自动识别。</translation>
    </message>
    <message>
        <source>orders|customers|campaigns|contacts</source>
        <translation>orders|customers|campaigns|contacts</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Date format (Qt notation, e.g. dd.MM.yyyy) or auto.</source>
        <translation>日期格式（Qt 写法，例如 dd.MM.yyyy）或 auto。</translation>
    </message>
    <message>
        <source>auto|FMT</source>
        <translation>auto|FMT</translation>
    </message>
    <message>
        <source>Print a JSON summary.</source>
        <translation>输出 JSON 格式的摘要。</translation>
    </message>
    <message>
        <source>--delimiter must be one character, \t or auto</source>
        <translation>--delimiter 必须是单个字符、\t 或 auto</translation>
    </message>
    <message>
        <source>--decimal must be &apos;.&apos;, &apos;,&apos; or auto</source>
        <translation>--decimal 必须是 &apos;.&apos;、&apos;,&apos; 或 auto</translation>
    </message>
    <message>
        <source>Sheet to read: name or 1-based number (spreadsheets).</source>
        <translation>要读取的工作表：名称或从 1 开始的序号（电子表格）。</translation>
    </message>
    <message>
        <source>NAME|N</source>
        <translation>NAME|N</translation>
    </message>
    <message>
        <source>Text encoding: auto (default) or a name such as UTF-8, GB18030, Big5, Shift_JIS, UTF-16LE, windows-1252.</source>
        <translation>文本编码：auto（默认）或编码名称，例如 UTF-8、GB18030、Big5、Shift_JIS、UTF-16LE、windows-1252。</translation>
    </message>
    <message>
        <source>auto|NAME</source>
        <translation>auto|NAME</translation>
    </message>
    <message>
        <source>Field delimiter of text files: auto (default), a character, or \t.</source>
        <translation>文本文件的字段分隔符：auto（默认）、单个字符或 \t。</translation>
    </message>
    <message>
        <source>auto|C</source>
        <translation>auto|C</translation>
    </message>
    <message>
        <source>Decimal separator of numbers: auto (default), &apos;.&apos; or &apos;,&apos;.</source>
        <translation>数字的小数点：auto（默认）、&apos;.&apos; 或 &apos;,&apos;。</translation>
    </message>
    <message>
        <source>auto|.|,</source>
        <translation>auto|.|,</translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation>文件：    %1</translation>
    </message>
    <message>
        <source>Type:      %1</source>
        <translation>类型：    %1</translation>
    </message>
    <message>
        <source>Encoding:  %1</source>
        <translation>编码：    %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>分隔符：  %1</translation>
    </message>
    <message>
        <source>Sheet:     %1%2%3%4</source>
        <translation>工作表：  %1%2%3%4</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation>（隐藏）</translation>
    </message>
    <message>
        <source> (chart)</source>
        <translation>（图表）</translation>
    </message>
    <message>
        <source> [read]</source>
        <translation> [读取]</translation>
    </message>
    <message>
        <source>Header row: %1</source>
        <translation>表头行：  %1</translation>
    </message>
    <message>
        <source>Kind:      %1</source>
        <translation>内容：    %1</translation>
    </message>
    <message>
        <source>(not recognised)</source>
        <translation>（未识别）</translation>
    </message>
    <message>
        <source>Rows:      %1</source>
        <translation>行数：    %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Warning:   %1</source>
        <translation>警告：    %1</translation>
    </message>
    <message>
        <source>Rows as read:</source>
        <translation>读取到的行：</translation>
    </message>
    <message>
        <source>give exactly one FILE to inspect</source>
        <translation>请只指定一个要查看的文件</translation>
    </message>
    <message>
        <source>--rows takes a number or &apos;all&apos;</source>
        <translation>--rows 的值应为数字或 all</translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation>--format 必须是 table、json 或 csv</translation>
    </message>
    <message>
        <source>Show how a file would be read (type, encoding, columns, rows) without importing it</source>
        <translation>显示文件将如何被读取（类型、编码、列、行），但不导入</translation>
    </message>
    <message>
        <source>Rows to show (default 20) or all.</source>
        <translation>要显示的行数（默认 20）或 all。</translation>
    </message>
    <message>
        <source>N|all</source>
        <translation>N|all</translation>
    </message>
    <message>
        <source>Output: table (default), json or csv (rows only).</source>
        <translation>输出：table（默认）、json 或 csv（仅数据行）。</translation>
    </message>
    <message>
        <source>table|json|csv</source>
        <translation>table|json|csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: expected customer_id,p_alive with 0 &lt;= p_alive &lt;= 1</source>
        <translation>%1，第 %2 行：应为 customer_id,p_alive，且 0 &lt;= p_alive &lt;= 1</translation>
    </message>
    <message>
        <source>Lifecycle: new = first purchase within N days before D (90).</source>
        <translation>生命周期：新客 = 首次购买在 D 之前 N 天内（90）。</translation>
    </message>
    <message>
        <source>Lifecycle: purchase days needed for a personal cycle; fewer use the population median (3).</source>
        <translation>生命周期：计算个人购买周期所需的购买天数；不足时使用整体中位数（3）。</translation>
    </message>
    <message>
        <source>Lifecycle: cycle when nobody has enough purchase days (90).</source>
        <translation>生命周期：所有客户购买天数都不足时使用的周期（90）。</translation>
    </message>
    <message>
        <source>Lifecycle: dormant when recency &gt; max(DAYS, F x cycle) (60).</source>
        <translation>生命周期：当距上次购买天数 &gt; max(DAYS, F × 周期) 时为沉睡（60）。</translation>
    </message>
    <message>
        <source>Lifecycle: the factor F of the dormant rule (2).</source>
        <translation>生命周期：沉睡规则中的系数 F（2）。</translation>
    </message>
    <message>
        <source>Lifecycle: churned when recency &gt; max(DAYS, F x cycle) (365).</source>
        <translation>生命周期：当距上次购买天数 &gt; max(DAYS, F × 周期) 时为流失（365）。</translation>
    </message>
    <message>
        <source>Lifecycle: the factor F of the churned rule (4).</source>
        <translation>生命周期：流失规则中的系数 F（4）。</translation>
    </message>
    <message>
        <source>Lifecycle: classify by P(alive) from a CSV file customer_id,p_alive instead of the cycle rule.</source>
        <translation>生命周期：改用 CSV 文件（customer_id,p_alive）中的存活概率分类，而不是周期规则。</translation>
    </message>
    <message>
        <source>Lifecycle: with --p-alive, dormant below P (0.5).</source>
        <translation>生命周期：使用 --p-alive 时，低于 P 为沉睡（0.5）。</translation>
    </message>
    <message>
        <source>Lifecycle: with --p-alive, churned below P (0.1).</source>
        <translation>生命周期：使用 --p-alive 时，低于 P 为流失（0.1）。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>--%1 must be a number of at least %2</source>
        <translation>--%1 必须是不小于 %2 的数字</translation>
    </message>
    <message>
        <source>--out must name a .pdf file</source>
        <translation>--out 必须是 .pdf 文件</translation>
    </message>
    <message>
        <source>--lang must be one of %1</source>
        <translation>--lang 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter</source>
        <translation>--page-size 必须是 a4 或 letter</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 ms).</source>
        <translation>已写入 %1（%2 毫秒）。</translation>
    </message>
    <message>
        <source>Write the campaign review of a workspace as a PDF</source>
        <translation>将工作区的营销活动复盘报告输出为 PDF</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Report language: en, zh_CN or zh_TW (default: system).</source>
        <translation>报告语言：en、zh_CN 或 zh_TW（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>a4 or letter (default: Letter in the US and Canada, A4 elsewhere).</source>
        <translation>a4 或 letter（默认：美国和加拿大用 Letter，其他地区用 A4）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>--scoring fixed needs --recency-thresholds, --frequency-thresholds and --monetary-thresholds</source>
        <translation>--scoring fixed 需要同时提供 --recency-thresholds、--frequency-thresholds 和 --monetary-thresholds</translation>
    </message>
    <message>
        <source>--scoring must be quintile, rfm-package, pandas or fixed</source>
        <translation>--scoring 必须是 quintile、rfm-package、pandas 或 fixed</translation>
    </message>
    <message>
        <source>--%1 applies to --scoring fixed only</source>
        <translation>--%1 只适用于 --scoring fixed</translation>
    </message>
    <message>
        <source>Cannot read segment rules %1: %2</source>
        <translation>无法读取客群规则 %1：%2</translation>
    </message>
    <message>
        <source>--tier-rule must be spend or points</source>
        <translation>--tier-rule 必须是 spend 或 points</translation>
    </message>
    <message>
        <source>--tier-thresholds must be three ascending numbers (Silver,Gold,Diamond)</source>
        <translation>--tier-thresholds 必须是三个递增的数字（银卡,金卡,钻石）</translation>
    </message>
    <message>
        <source>--tier-window-months must be a whole number from 1 to 1200</source>
        <translation>--tier-window-months 必须是 1 到 1200 之间的整数</translation>
    </message>
    <message>
        <source>--compare-to must be a date written YYYY-MM-DD</source>
        <translation>--compare-to 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Use COLUMN (header text or 1-based number) for FIELD; repeatable. Remembered in the workspace for files with the same columns.</source>
        <translation>将 COLUMN（表头文字或从 1 开始的列号）用作 FIELD；可重复指定。工作区会为列相同的文件记住这一对应关系。</translation>
    </message>
    <message>
        <source>rfm, tiers, lifecycle, cohorts and funnel from one scan, with timings</source>
        <translation>一次扫描得出 RFM、会员等级、生命周期、同期群和流失漏斗，并显示耗时</translation>
    </message>
    <message>
        <source>Refresh: connections scanning at once and analyses running at once (default: one per core).</source>
        <translation>刷新：同时扫描的连接数和同时运行的分析数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>--points-from must be a date written YYYY-MM-DD</source>
        <translation>--points-from 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>The workspace records no points: no order before %1 has points earned or redeemed, and no customer has a points balance.</source>
        <translation>工作区没有记录积分：%1 之前没有任何订单获得或兑换积分，也没有客户有积分余额。</translation>
    </message>
    <message>
        <source>Loyalty points: earned, redeemed, outstanding and redemption rate by tier</source>
        <translation>会员积分：按会员等级统计获得、兑换、未兑换余额和兑换率</translation>
    </message>
    <message>
        <source>Points: count earned and redeemed points from this day on (the outstanding balance always counts every order before D).</source>
        <translation>积分：从该日起统计获得和兑换的积分（未兑换余额始终计入 D 之前的全部订单）。</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE.pdf (or --figures DIR) are required</source>
        <translation>必须提供 --db FILE 和 --out FILE.pdf（或 --figures DIR）</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Also write every chart of the review as an SVG file into DIR (for slides).</source>
        <translation>同时将报告中的每张图表以 SVG 文件写入 DIR（用于幻灯片）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>RFM: default (R x F grid), rfm-package, or a CSV FILE of segment,r_low,r_high,f_low,f_high[,m_low,m_high]; first match wins. Without it: the rules stored in the workspace.</source>
        <translation>RFM：default（R x F 网格）、rfm-package，或 CSV 文件 segment,r_low,r_high,f_low,f_high[,m_low,m_high]；按第一条符合的规则归类。不指定时：使用工作区中保存的规则。</translation>
    </message>
</context>
<context>
    <name>Crm::Clusters</name>
    <message>
        <source>An as-of date is needed.</source>
        <translation>需要指定截止日期。</translation>
    </message>
    <message>
        <source>Clustering into %1 groups needs at least %2 customers with a purchase; found %3.</source>
        <translation>分为 %1 组至少需要 %2 位有购买记录的客户；实际为 %3 位。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
</context>
<context>
    <name>Crm::Clv</name>
    <message>
        <source>The BG/NBD model needs at least two customers and at least one repeat purchase; found %1 customers, %2 with a repeat purchase.</source>
        <translation>BG/NBD 模型至少需要两位客户和至少一次复购；实际为 %1 位客户，其中 %2 位有复购。</translation>
    </message>
    <message>
        <source>The BG/NBD likelihood could not be evaluated for this data.</source>
        <translation>无法基于这些数据计算 BG/NBD 似然函数。</translation>
    </message>
    <message>
        <source>The lifetime value model needs at least %1 customers with an order; the data has %2.</source>
        <translation>终身价值模型至少需要 %1 位有订单的客户；数据中只有 %2 位。</translation>
    </message>
    <message>
        <source>The lifetime value model needs at least %1 days of order history before %2; the data has %3.</source>
        <translation>终身价值模型需要 %2 之前至少 %1 天的订单历史；数据只有 %3 天。</translation>
    </message>
    <message>
        <source>The lifetime value model needs orders within the %1 days before %2; the last order is %3 days older.</source>
        <translation>终身价值模型需要 %2 之前 %1 天内的订单；最后一笔订单比这还早 %3 天。</translation>
    </message>
    <message>
        <source>The lifetime value model needs at least %1 customers who bought on three or more days; the data has %2.</source>
        <translation>终身价值模型至少需要 %1 位在三天或更多天有购买的客户；数据中只有 %2 位。</translation>
    </message>
    <message>
        <source>The horizon must be at least one month and the monthly discount rate between 0 and 1.</source>
        <translation>预测期至少为一个月，月贴现率必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>A calibration end date is needed.</source>
        <translation>需要指定校准截止日期。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>The spend model has no finite mean for this data (q = %1 &lt;= 1); order values are too dispersed for a lifetime value.</source>
        <translation>对这些数据，消费模型没有有限均值（q = %1 &lt;= 1）；订单金额过于分散，无法计算终身价值。</translation>
    </message>
    <message>
        <source>Frequency and spend must have one value per customer.</source>
        <translation>每位客户必须各有一个频次值和消费值。</translation>
    </message>
    <message>
        <source>The spend model needs at least two customers with a repeat purchase; found %1.</source>
        <translation>消费模型至少需要两位有复购的客户；实际为 %1 位。</translation>
    </message>
    <message>
        <source>The spend model&apos;s likelihood could not be evaluated.</source>
        <translation>无法计算消费模型的似然函数。</translation>
    </message>
    <message>
        <source>The Pareto/NBD model needs at least two customers and at least one repeat purchase; found %1 customers, %2 with a repeat purchase.</source>
        <translation>Pareto/NBD 模型至少需要两位客户和至少一次复购；实际为 %1 位客户，其中 %2 位有复购。</translation>
    </message>
    <message>
        <source>The Pareto/NBD likelihood could not be evaluated for this data.</source>
        <translation>无法基于这些数据计算 Pareto/NBD 似然函数。</translation>
    </message>
    <message>
        <source>Frequency, recency and age must have one value per customer.</source>
        <translation>每位客户必须各有一个频次、最近购买时间和客龄值。</translation>
    </message>
    <message>
        <source>Customer %1 has an impossible purchase summary (frequency %2, recency %3, age %4).</source>
        <translation>客户 %1 的购买汇总不合理（频次 %2，最近购买 %3，客龄 %4）。</translation>
    </message>
</context>
<context>
    <name>Crm::Demo</name>
    <message>
        <source>The workspace already holds data; demo data goes into a new, empty workspace.</source>
        <translation>工作区中已有数据；演示数据只能写入新的空工作区。</translation>
    </message>
    <message>
        <source>Creating the demo workspace was cancelled.</source>
        <translation>已取消创建演示工作区。</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and 5,000,000.</source>
        <translation>演示客户数量必须在 1 到 5,000,000 之间。</translation>
    </message>
</context>
<context>
    <name>Crm::Error</name>
    <message>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>列 %1</translation>
    </message>
</context>
<context>
    <name>Crm::Import</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields where the file mostly has %3.</source>
        <translation>第 %1 行有 %2 个字段，而文件中大多数行有 %3 个。</translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>读取已停止：%1</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field.</source>
        <translation>文件在引号字段内部结束。</translation>
    </message>
    <message>
        <source>%1 rows in all have an unusual number of fields.</source>
        <translation>共有 %1 行的字段数量异常。</translation>
    </message>
    <message>
        <source>%1 characters could not be decoded as %2.</source>
        <translation>有 %1 个字符无法按 %2 解码。</translation>
    </message>
    <message>
        <source>Unknown or unsupported encoding &quot;%1&quot; (try UTF-8, UTF-16LE, GB18030, Big5, Shift_JIS or windows-1252).</source>
        <translation>未知或不支持的编码“%1”（可尝试 UTF-8、UTF-16LE、GB18030、Big5、Shift_JIS 或 windows-1252）。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This is not a text table (it looks like binary data). Save it as CSV or .xlsx and import again.</source>
        <translation>这不是文本表格（看起来是二进制数据）。请另存为 CSV 或 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>The encoding %1 is a guess; if the text looks wrong, choose the encoding.</source>
        <translation>编码 %1 是推测结果；如果文字显示不正确，请手动选择编码。</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>web page with a table (HTML, %1)</source>
        <translation>含表格的网页（HTML，%1）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>this is a web page (HTML) without a table; open it in Excel, save it as .xlsx and import again</source>
        <translation>这是一个不含表格的网页（HTML）；请在 Excel 中打开，另存为 .xlsx 后再导入</translation>
    </message>
    <message>
        <source>this web page (HTML) is larger than 64 MB; open it in Excel, save it as .xlsx and import again</source>
        <translation>这个网页（HTML）超过 64 MB；请在 Excel 中打开，另存为 .xlsx 后再导入</translation>
    </message>
    <message>
        <source>customer %1 is already in the workspace or twice in the file</source>
        <translation>客户 %1 已在工作区中，或在文件中出现了两次</translation>
    </message>
    <message>
        <source>campaign %1 is already in the workspace or twice in the file</source>
        <translation>营销活动 %1 已在工作区中，或在文件中出现了两次</translation>
    </message>
    <message>
        <source>customer %1 is listed twice for this campaign</source>
        <translation>客户 %1 在该营销活动中出现了两次</translation>
    </message>
    <message>
        <source>order %1 is already in the workspace or twice in the file</source>
        <translation>订单 %1 已在工作区中，或在文件中出现了两次</translation>
    </message>
    <message>
        <source>quantity is empty.</source>
        <translation>数量为空。</translation>
    </message>
    <message>
        <source>unit price is empty.</source>
        <translation>单价为空。</translation>
    </message>
    <message>
        <source>order %1 belongs to customer %2 (row %3), not %4.</source>
        <translation>订单 %1 属于客户 %2（第 %3 行），而不是 %4。</translation>
    </message>
    <message>
        <source>order %1 is already in the workspace (%2 lines).</source>
        <translation>订单 %1 已在工作区中（%2 条明细）。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source> First problem: row %1, %2 %3</source>
        <translation> 第一个问题：第 %1 行，%2 %3</translation>
    </message>
    <message>
        <source>No row could be imported.</source>
        <translation>没有任何行可以导入。</translation>
    </message>
    <message>
        <source>%1 of %2 rows could not be read, so nothing was imported. First problem: row %3, %4 %5</source>
        <translation>%2 行中有 %1 行无法读取，因此未导入任何数据。第一个问题：第 %3 行，%4 %5</translation>
    </message>
    <message>
        <source>This file was already imported (import %1, %2); nothing was imported again. Undo that import first to load the file anew.</source>
        <translation>该文件已导入过（导入批次 %1，%2）；本次未重复导入。如需重新载入，请先撤销那次导入。</translation>
    </message>
    <message>
        <source>There is no import %1 in this workspace.</source>
        <translation>此工作区中没有导入批次 %1。</translation>
    </message>
    <message>
        <source>Could not tell whether the file holds orders, customers, campaigns or contacts from its columns (%1). Use --kind and --map FIELD=COLUMN.</source>
        <translation>无法根据列（%1）判断文件内容是订单、客户、营销活动还是触达记录。请使用 --kind 和 --map FIELD=COLUMN。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation>“%1”不是 %2 的字段。</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the file.</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <source>No column found for %1 (%2 file; columns: %3). Use --map FIELD=COLUMN.</source>
        <translation>找不到对应 %1 的列（%2 文件；列：%3）。请使用 --map FIELD=COLUMN。</translation>
    </message>
    <message>
        <source>Column %1: no date decides between day/month and month/day order; read as %2.</source>
        <translation>列 %1：没有日期能区分“日/月”与“月/日”顺序；按 %2 读取。</translation>
    </message>
    <message>
        <source>Column %1 mixes D/M/Y and M/D/Y dates; read as the majority, %2.</source>
        <translation>列 %1 混用了 日/月/年 与 月/日/年 格式；按多数格式 %2 读取。</translation>
    </message>
    <message>
        <source>Order numbers starting with &quot;C&quot; are read as cancellations.</source>
        <translation>以“C”开头的订单号按取消订单处理。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>there is no sheet &quot;%1&quot;; the workbook has: %2</source>
        <translation>没有名为“%1”的工作表；工作簿中有：%2</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet; save it as .xlsx in LibreOffice and import again</source>
        <translation>这是 OpenDocument 电子表格；请在 LibreOffice 中另存为 .xlsx 后再导入</translation>
    </message>
    <message>
        <source>this workbook is password-protected; remove the password in Excel and import again</source>
        <translation>该工作簿受密码保护；请在 Excel 中取消密码后再导入</translation>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb); save it as .xlsx in Excel and import again</source>
        <translation>这是 Excel 二进制工作簿（.xlsb）；请在 Excel 中另存为 .xlsx 后再导入</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip container cannot be opened; open it in Excel, save it again and import the new file</source>
        <translation>工作簿已损坏：无法打开其 zip 容器；请在 Excel 中打开并重新保存，然后导入新文件</translation>
    </message>
    <message>
        <source>this is a zip archive but not an Excel workbook; import the .xlsx, .xls or .csv file itself</source>
        <translation>这是一个 zip 压缩包而不是 Excel 工作簿；请直接导入其中的 .xlsx、.xls 或 .csv 文件</translation>
    </message>
    <message>
        <source>this is an Office document but not an Excel workbook (no workbook stream inside)</source>
        <translation>这是 Office 文档但不是 Excel 工作簿（其中没有工作簿数据流）</translation>
    </message>
    <message>
        <source>this is an Excel 2003 XML spreadsheet; open it in Excel, save it as .xlsx and import again</source>
        <translation>这是 Excel 2003 XML 电子表格；请在 Excel 中打开，另存为 .xlsx 后再导入</translation>
    </message>
    <message>
        <source>open it in Excel or LibreOffice, save it as .xlsx and import that file</source>
        <translation>请在 Excel 或 LibreOffice 中打开，另存为 .xlsx 后导入该文件</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook (BIFF%1)</source>
        <translation>Excel 97-2003 工作簿（BIFF%1）</translation>
    </message>
    <message>
        <source>this is a chart sheet; it holds no cells</source>
        <translation>这是图表工作表，不含单元格</translation>
    </message>
    <message>
        <source>this .xls sheet cannot be read; %1</source>
        <translation>无法读取该 .xls 工作表；%1</translation>
    </message>
    <message>
        <source>this .xls file is damaged; %1</source>
        <translation>该 .xls 文件已损坏；%1</translation>
    </message>
    <message>
        <source>this .xls file is larger than 128 MB, more than the legacy format is read for; %1</source>
        <translation>该 .xls 文件超过 128 MB，超出旧格式的读取上限；%1</translation>
    </message>
    <message>
        <source>this is an Excel 5.0/95 workbook, an old .xls variant this program does not read; %1</source>
        <translation>这是 Excel 5.0/95 工作簿，本程序不支持这种旧版 .xls 格式；%1</translation>
    </message>
    <message>
        <source>this .xls file cannot be read (FreeXL status %1): it is an older or unusual .xls variant this program does not read, password-protected, or damaged; %2</source>
        <translation>无法读取该 .xls 文件（FreeXL 状态 %1）：它可能是本程序不支持的旧版或特殊 .xls 格式、受密码保护或已损坏；%2</translation>
    </message>
    <message>
        <source>Sheet%1</source>
        <translation>Sheet%1</translation>
    </message>
    <message>
        <source>the workbook is damaged: it has no workbook part (xl/workbook.xml)</source>
        <translation>工作簿已损坏：缺少工作簿部件（xl/workbook.xml）</translation>
    </message>
    <message>
        <source>refused: the shared strings table holds more text than the safety limit (256 million characters)</source>
        <translation>已拒绝：共享字符串表中的文字超过安全上限（2.56 亿个字符）</translation>
    </message>
    <message>
        <source>Excel workbook (Strict Open XML)</source>
        <translation>Excel 工作簿（Strict Open XML）</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>unexpected content in a cell value</source>
        <translation>单元格值中有意外的内容</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cell refers to shared string %1, but the shared strings table holds %2</source>
        <translation>工作簿已损坏：单元格引用了共享字符串 %1，但共享字符串表只有 %2 项</translation>
    </message>
    <message numerus="yes">
        <source>%n formula cell(s) have no saved result (first: %1) and read as empty; open the file in Excel and save it to store the results</source>
        <translation>
            <numerusform>%n 个公式单元格没有保存计算结果（第一个：%1），按空值读取；请在 Excel 中打开并保存文件以存储计算结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged cell range(s): each value is read in its top-left cell only, the other cells of the range are empty</source>
        <translation>
            <numerusform>%n 个合并单元格区域：每个区域的值只读入左上角单元格，其余单元格为空</numerusform>
        </translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet&apos;s part is missing</source>
        <translation>工作簿已损坏：缺少该工作表的部件</translation>
    </message>
    <message>
        <source>the workbook is damaged: row number %1 is outside Excel&apos;s limits</source>
        <translation>工作簿已损坏：行号 %1 超出 Excel 的范围</translation>
    </message>
    <message>
        <source>the workbook is damaged: cell %1 is beyond column XFD, Excel&apos;s limit</source>
        <translation>工作簿已损坏：单元格 %1 超出 Excel 的最大列 XFD</translation>
    </message>
    <message>
        <source>refused: part %1 inflates to more than the safety limit (1 GiB, or more than 1000 times its compressed size); this looks like a zip bomb</source>
        <translation>已拒绝：部件 %1 解压后超过安全上限（1 GiB，或超过压缩大小的 1000 倍）；这看起来是 zip 炸弹</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 fails its checksum (CRC)</source>
        <translation>工作簿已损坏：部件 %1 校验和（CRC）不符</translation>
    </message>
    <message>
        <source>refused: part %1 contains a DTD or entity declarations, which workbooks never need and which can be used to attack the reader</source>
        <translation>已拒绝：部件 %1 包含 DTD 或实体声明；工作簿从不需要它们，而它们可能被用来攻击读取程序</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 is not well-formed XML (line %2: %3)</source>
        <translation>工作簿已损坏：部件 %1 不是格式正确的 XML（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip container cannot be opened (zip error %1); open it in Excel, save it again and import the new file</source>
        <translation>工作簿已损坏：无法打开其 zip 容器（zip 错误 %1）；请在 Excel 中打开并重新保存，然后导入新文件</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip container is empty</source>
        <translation>工作簿已损坏：zip 容器为空</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 is missing</source>
        <translation>工作簿已损坏：缺少部件 %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 cannot be read (%2)</source>
        <translation>工作簿已损坏：无法读取部件 %1（%2）</translation>
    </message>
    <message>
        <source>A cell holds more than %L1 characters, more than any spreadsheet program keeps in one cell. The file is damaged or has a quote that is never closed.</source>
        <translation>有一个单元格超过 %L1 个字符，超出任何电子表格程序的单元格容量。文件已损坏，或有未闭合的引号。</translation>
    </message>
    <message>
        <source>A row holds more than %L1 characters. The file is damaged or has a quote that is never closed.</source>
        <translation>有一行超过 %L1 个字符。文件已损坏，或有未闭合的引号。</translation>
    </message>
    <message>
        <source>its directory entry %1 declares a name of %2 bytes, more than the %3 a name can hold</source>
        <translation>其目录项 %1 声明的名称长度为 %2 字节，超过名称最多可容纳的 %3 字节</translation>
    </message>
    <message>
        <source>this .xls file is damaged: %1; %2</source>
        <translation>该 .xls 文件已损坏：%1；%2</translation>
    </message>
    <message>
        <source>mapping from saved profile for this layout (saved %1)</source>
        <translation>使用为此表格结构保存的列对应关系（保存于 %1）</translation>
    </message>
    <message>
        <source>No header row names the fields; columns were mapped from their values: %1. Check them, or use --map FIELD=COLUMN.</source>
        <translation>没有表头行说明字段；已根据列中的值确定对应关系：%1。请核对，或使用 --map FIELD=COLUMN。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的%1</translation>
    </message>
    <message>
        <source>unique codes</source>
        <translation>不重复的编号</translation>
    </message>
    <message>
        <source>repeated codes</source>
        <translation>有重复的编号</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>No header row names the fields, and the values alone do not tell them apart safely (found: %1). Use --kind and --map FIELD=COLUMN with column numbers from 1.</source>
        <translation>没有表头行说明字段，仅凭值也无法可靠区分各列（发现：%1）。请使用 --kind 和 --map FIELD=COLUMN，列号从 1 开始。</translation>
    </message>
    <message>
        <source>nothing recognisable</source>
        <translation>无可识别内容</translation>
    </message>
    <message>
        <source>an element inside a text run</source>
        <translation>文本段中含有元素</translation>
    </message>
    <message>
        <source>the part ends inside a text</source>
        <translation>部件在文本中间结束</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8 or holds a character XML does not allow</source>
        <translation>文本不是有效的 UTF-8，或含有 XML 不允许的字符</translation>
    </message>
    <message>
        <source>the workbook is damaged: shared string %1 holds more than %L2 characters, more than any spreadsheet program keeps in one cell</source>
        <translation>工作簿已损坏：共享字符串 %1 超过 %L2 个字符，超出任何电子表格程序的单元格容量</translation>
    </message>
    <message>
        <source>the workbook is damaged: a cell holds more than %L1 characters, more than any spreadsheet program keeps in one cell</source>
        <translation>工作簿已损坏：有一个单元格超过 %L1 个字符，超出任何电子表格程序的单元格容量</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cell holds text that is not valid UTF-8 or a character XML does not allow</source>
        <translation>工作簿已损坏：该单元格中的文本不是有效的 UTF-8，或含有 XML 不允许的字符</translation>
    </message>
    <message>
        <source>the text encoding %1 is not supported</source>
        <translation>不支持文本编码 %1</translation>
    </message>
    <message>
        <source>invalid character reference &amp;%1;</source>
        <translation>无效的字符引用 &amp;%1;</translation>
    </message>
    <message>
        <source>undefined entity &amp;%1;</source>
        <translation>未定义的实体 &amp;%1;</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外有文本</translation>
    </message>
    <message>
        <source>an &apos;&amp;&apos; that starts no entity</source>
        <translation>“&amp;”后面不是实体</translation>
    </message>
    <message>
        <source>the part ends inside an entity</source>
        <translation>部件在实体中间结束</translation>
    </message>
    <message>
        <source>the part ends inside a comment, CDATA section or processing instruction</source>
        <translation>部件在注释、CDATA 段或处理指令中间结束</translation>
    </message>
    <message>
        <source>the part ends inside element &lt;%1&gt;</source>
        <translation>部件在元素 &lt;%1&gt; 中间结束</translation>
    </message>
    <message>
        <source>the part holds no XML element</source>
        <translation>部件不包含任何 XML 元素</translation>
    </message>
    <message>
        <source>the part ends inside a tag</source>
        <translation>部件在标签中间结束</translation>
    </message>
    <message>
        <source>CDATA section outside the root element</source>
        <translation>CDATA 段位于根元素之外</translation>
    </message>
    <message>
        <source>malformed markup declaration</source>
        <translation>标记声明格式错误</translation>
    </message>
    <message>
        <source>a tag is longer than %L1 bytes</source>
        <translation>标签超过 %L1 字节</translation>
    </message>
    <message>
        <source>malformed tag</source>
        <translation>标签格式错误</translation>
    </message>
    <message>
        <source>malformed attribute in tag &lt;%1&gt;</source>
        <translation>标签 &lt;%1&gt; 中的属性格式错误</translation>
    </message>
    <message>
        <source>attribute %1 has no value</source>
        <translation>属性 %1 没有值</translation>
    </message>
    <message>
        <source>the value of attribute %1 is not quoted</source>
        <translation>属性 %1 的值没有加引号</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in the value of attribute %1</source>
        <translation>属性 %1 的值中含有“&lt;”</translation>
    </message>
    <message>
        <source>attribute %1 appears twice in one tag</source>
        <translation>属性 %1 在同一标签中出现两次</translation>
    </message>
    <message>
        <source>content after the end of the root element</source>
        <translation>根元素结束后还有内容</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>end tag &lt;/%1&gt; without a start tag</source>
        <translation>结束标签 &lt;/%1&gt; 没有对应的开始标签</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; is closed by &lt;/%2&gt;</source>
        <translation>元素 &lt;%1&gt; 被 &lt;/%2&gt; 结束</translation>
    </message>
    <message>
        <source>its workbook stream does not begin as an Excel 95 or 97-2003 workbook does</source>
        <translation>其工作簿流的开头不是 Excel 95 或 97-2003 工作簿应有的格式</translation>
    </message>
    <message>
        <source>its workbook stream holds no records</source>
        <translation>其工作簿流中没有任何记录</translation>
    </message>
    <message>
        <source>it holds no workbook stream</source>
        <translation>其中没有工作簿流</translation>
    </message>
    <message>
        <source>the directory of its container cannot be read</source>
        <translation>无法读取其容器的目录</translation>
    </message>
    <message>
        <source>its workbook stream breaks off after %1 of its %2 bytes</source>
        <translation>其工作簿流在 %2 字节中的第 %1 字节处中断</translation>
    </message>
    <message>
        <source>a working copy of it could not be written to %1 (%2)</source>
        <translation>无法将其工作副本写入 %1（%2）</translation>
    </message>
    <message>
        <source>its %1 record at byte %2 declares more text than the record holds</source>
        <translation>其第 %2 字节处的 %1 记录声明的文本超出了该记录的容量</translation>
    </message>
    <message>
        <source>it defines more than %1 cell formats (XF records)</source>
        <translation>其定义的单元格格式（XF 记录）超过 %1 个</translation>
    </message>
    <message>
        <source>its DIMENSION record at byte %1 is short or repeats one of the same sheet</source>
        <translation>其第 %1 字节处的 DIMENSION 记录过短，或与同一工作表的另一条重复</translation>
    </message>
    <message>
        <source>its cell record at byte %1 is too short to hold its row and column</source>
        <translation>其第 %1 字节处的单元格记录过短，容纳不下行号和列号</translation>
    </message>
    <message>
        <source>its sheets declare more than %1 cells</source>
        <translation>其工作表声明的单元格超过 %1 个</translation>
    </message>
    <message>
        <source>its date cells hold serial numbers too large (or too many) for this program&apos;s .xls reader to convert in reasonable time</source>
        <translation>其日期单元格中的序列号过大（或数量过多），本程序的 .xls 读取器无法在合理时间内完成转换</translation>
    </message>
    <message>
        <source>a shared string at byte %1 runs on over more than one CONTINUE record, which this program&apos;s .xls reader cannot read safely</source>
        <translation>第 %1 字节处的一个共享字符串跨越了不止一条 CONTINUE 记录，本程序的 .xls 读取器无法安全读取</translation>
    </message>
    <message>
        <source>its LABEL record at byte %1 declares more text than the record holds</source>
        <translation>其第 %1 字节处的 LABEL 记录声明的文本超出了该记录的容量</translation>
    </message>
    <message>
        <source>its DIMENSION record at byte %1 is short, too large or repeated</source>
        <translation>其第 %1 字节处的 DIMENSION 记录过短、过大或重复</translation>
    </message>
    <message>
        <source>this .xls file cannot be read: %1</source>
        <translation>无法读取该 .xls 文件：%1</translation>
    </message>
</context>
<context>
    <name>Crm::Report</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>Cannot read points: %1</source>
        <translation>无法读取积分：%1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>摘要</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous %n days</source>
        <translation>
            <numerusform>之前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>购买客户数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active customers (new or active) at the end</source>
        <translation>期末活跃客户（新客或活跃）</translation>
    </message>
    <message>
        <source>Dormant customers at the end</source>
        <translation>期末沉睡客户</translation>
    </message>
    <message>
        <source>Net revenue in the last %1 days was %2 (%3 against the previous %1 days), from %4 orders by %5 customers.</source>
        <translation>最近 %1 天的净销售额为 %2（较之前 %1 天 %3），来自 %5 位客户的 %4 笔订单。</translation>
    </message>
    <message>
        <source>The RFM segment that grew most is %1: %2 customers, %3 more than on %4.</source>
        <translation>增长最多的 RFM 客群是%1：%2 位客户，比 %4 时多 %3 位。</translation>
    </message>
    <message>
        <source>Campaign %1 paid: ROI %2 on a cost of %3, with a response uplift of %4 over its control group (p %5).</source>
        <translation>营销活动 %1 取得回报：成本 %3，ROI 为 %2，响应率比对照组提升 %4（p %5）。</translation>
    </message>
    <message>
        <source>No campaign earned back its cost with a significant uplift over a control group.</source>
        <translation>没有营销活动在相对对照组显著提升的情况下收回成本。</translation>
    </message>
    <message>
        <source>Campaigns without a control group: %1. Their revenue is attributed, not proven incremental.</source>
        <translation>没有对照组的营销活动：%1。其收入只是归因收入，未经证明是增量收入。</translation>
    </message>
    <message>
        <source>%1 high-value customers (Gold or Diamond on %2) fell asleep in the last %3 days; in the year before going quiet they spent %4.</source>
        <translation>最近 %3 天有 %1 位高价值客户（%2 时为金卡或钻石）进入沉睡；他们在沉睡前一年共消费 %4。</translation>
    </message>
    <message>
        <source>No Gold or Diamond customer fell asleep in the last %1 days.</source>
        <translation>最近 %1 天没有金卡或钻石客户进入沉睡。</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 客群</translation>
    </message>
    <message>
        <source>Customers by RFM segment</source>
        <translation>各 RFM 客群的客户数</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Avg. order</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Revenue is the net spend of the segment&apos;s customers up to %1; &quot;Before&quot; is the segment&apos;s size on %2.</source>
        <translation>销售额为该客群客户截至 %1 的净消费；“之前”为该客群在 %2 时的规模。</translation>
    </message>
    <message>
        <source>Membership tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tier distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Spend, 12 months</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <source>Customers by tier</source>
        <translation>各等级的客户数</translation>
    </message>
    <message>
        <source>Moved up a tier</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Moved down a tier</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Churn funnel and lifecycle</source>
        <translation>流失漏斗与生命周期</translation>
    </message>
    <message>
        <source>Churn funnel at %1</source>
        <translation>%1 的流失漏斗</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>漏斗步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>% of previous</source>
        <translation>占上一步 %</translation>
    </message>
    <message>
        <source>% of first</source>
        <translation>占第一步 %</translation>
    </message>
    <message>
        <source>Lifecycle stage on %1 (rows) and on %2 (columns)</source>
        <translation>%1（行）与 %2（列）时的生命周期阶段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <source>Share of each monthly cohort buying again, by months since the first purchase</source>
        <translation>各月同期群按首购后月数计的再次购买比例</translation>
    </message>
    <message>
        <source>M%1</source>
        <comment>months since first purchase</comment>
        <translation>M%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Rows: month of the first purchase (customers in the cohort). M0 is the first month itself, so it is always 100%.</source>
        <translation>行：首次购买的月份（同期群客户数）。M0 即首购当月，因此总是 100%。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>营销活动效果</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>触达数</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Control resp.</source>
        <translation>对照组响应率</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Incr. revenue</source>
        <translation>增量收入</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Response rate: contacted vs. control group</source>
        <translation>响应率：触达组与对照组</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>触达组</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>No control group: attributed only</source>
        <translation>无对照组：仅为归因</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>Window still open</source>
        <translation>归因窗口未结束</translation>
    </message>
    <message>
        <source>A contact responds when the customer orders within %1 days of the contact. Uplift = response rate − control response rate; significance by a two-sided two-proportion z-test at %2. ROI = (incremental revenue × margin − cost) ÷ cost, margin %3.</source>
        <translation>客户在触达后 %1 天内下单即视为响应。提升 = 响应率 − 对照组响应率；显著性采用双侧两比例 z 检验，显著性水平 %2。ROI =（增量收入 × 利润率 − 成本）÷ 成本，利润率 %3。</translation>
    </message>
    <message>
        <source>The workspace holds no campaigns.</source>
        <translation>工作区中没有营销活动。</translation>
    </message>
    <message>
        <source>Revenue and reactivation</source>
        <translation>收入与唤醒</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>响应人数</translation>
    </message>
    <message>
        <source>Revenue in window</source>
        <translation>窗口内收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Dormant contacts</source>
        <translation>沉睡触达数</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>唤醒率</translation>
    </message>
    <message>
        <source>Dormant customers to reactivate</source>
        <translation>待唤醒的沉睡客户</translation>
    </message>
    <message>
        <source>%1 customers are dormant at %2; in the year before going quiet they spent %3 together. These are the %4 who spent the most; names are shortened and phone numbers masked.</source>
        <translation>截至 %2 共有 %1 位沉睡客户；他们在沉睡前一年合计消费 %3。以下是消费最多的 %4 位；姓名已缩写，手机号已打码。</translation>
    </message>
    <message>
        <source>Top dormant customers by value at risk</source>
        <translation>风险价值最高的沉睡客户</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>沉睡天数</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>积分负债</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>%1 members hold %2 points that have not been redeemed yet (the balance today, as the customers table records it).</source>
        <translation>%1 位会员持有 %2 积分尚未兑换（客户表记录的当前余额）。</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <source>Definitions and parameters</source>
        <translation>定义与参数</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Definition and parameters</source>
        <translation>定义与参数</translation>
    </message>
    <message>
        <source>As-of date D</source>
        <translation>截止日期 D</translation>
    </message>
    <message>
        <source>%1. Only activity before D counts; by default D is the day after the last order.</source>
        <translation>%1。只统计 D 之前的活动；默认 D 为最后一笔订单的次日。</translation>
    </message>
    <message>
        <source>Review period</source>
        <translation>复盘期间</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days), compared with %4 to %5.</source>
        <translation>%1 至 %2（%3 天），对比 %4 至 %5。</translation>
    </message>
    <message>
        <source>Revenue, orders</source>
        <translation>销售额、订单</translation>
    </message>
    <message>
        <source>Net revenue = purchases plus returns booked in the period (returns are negative). Orders count purchase orders only; average order value = purchases ÷ orders.</source>
        <translation>净销售额 = 期间内的购买金额加上退货金额（退货为负数）。订单数只计购买订单；客单价 = 购买金额 ÷ 订单数。</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Recency = days from the last purchase day to D; frequency = purchase orders; monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share a score); segments from the R × F grid (Champions, Loyal, Potential Loyalists, New, Promising, Need Attention, About to Sleep, At Risk, Can&apos;t Lose Them, Hibernating).</source>
        <translation>最近消费 = 从最近一次购买日到 D 的天数；消费频次 = 购买订单数；消费金额 = 净消费总额。按五分位数评 1–5 分（第 7 类分位点，相同数值得分相同）；客群依 R × F 网格划分（重要价值客户、忠诚客户、潜力客户、新客户、有望客户、需关注客户、即将沉睡、流失风险客户、不能失去的客户、休眠客户）。</translation>
    </message>
    <message>
        <source>Net spend in the %1 months before D: Silver ≥ %2, Gold ≥ %3, Diamond ≥ %4, else Regular. Migration compares with the tiers on %5.</source>
        <translation>D 之前 %1 个月的净消费：银卡 ≥ %2，金卡 ≥ %3，钻石 ≥ %4，否则为普通。迁移与 %5 时的等级比较。</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Prospect = no order; new = first order within %1 days before D; otherwise the cycle is the median gap between purchase days (customers with fewer than %2 purchase days use the median of all others, here %3 days). Dormant when recency &gt; max(%4, %5 × cycle); churned when recency &gt; max(%6, %7 × cycle); else active.</source>
        <translation>潜在客户 = 没有订单；新客 = 首单在 D 之前 %1 天内；其余客户的周期为购买日之间间隔的中位数（购买天数少于 %2 天的客户使用其他客户的中位数，此处为 %3 天）。距上次购买天数 &gt; max(%4, %5 × 周期) 为沉睡；&gt; max(%6, %7 × 周期) 为流失；否则为活跃。</translation>
    </message>
    <message>
        <source>Churn funnel</source>
        <translation>流失漏斗</translation>
    </message>
    <message>
        <source>Acquired (≥ 1 order) → repeat (≥ %1 orders) → not churned → active (new or active) at D. Transitions compare each customer&apos;s stage %2 days before D with the stage at D.</source>
        <translation>已获客（≥ 1 笔订单）→ 复购（≥ %1 笔订单）→ 未流失 → D 时活跃（新客或活跃）。迁移比较每位客户在 D 之前 %2 天与 D 时的阶段。</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Cohort = calendar month of the first purchase; retention(c, k) = customers of c with an order in month c + k ÷ cohort size. The %1 latest cohorts are shown.</source>
        <translation>同期群 = 首次购买的自然月；留存(c, k) = c 同期群中在第 c + k 月有订单的客户数 ÷ 同期群规模。显示最近 %1 个同期群。</translation>
    </message>
    <message>
        <source>A contact responds when the customer orders within %1 days after the contact (the contact day counts). Incremental revenue = (revenue per contact − revenue per control) × contacts; ROAS = revenue ÷ cost; ROI = (incremental revenue × %2 − cost) ÷ cost; p-value from a pooled two-sided two-proportion z-test, significant below %3. Without a control group revenue is attributed only. Reactivation rate = responders among contacts who were dormant on their contact day.</source>
        <translation>客户在触达后 %1 天内下单即视为响应（含触达当天）。增量收入 =（每位触达客户收入 − 每位对照客户收入）× 触达数；ROAS = 收入 ÷ 成本；ROI =（增量收入 × %2 − 成本）÷ 成本；p 值来自合并方差的双侧两比例 z 检验，低于 %3 为显著。没有对照组时收入仅为归因收入。唤醒率 = 触达时处于沉睡的客户中的响应比例。</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Outstanding points = the sum of positive balances in the customers table; earned and redeemed points are summed over the orders of each period.</source>
        <translation>未兑换积分 = 客户表中正余额之和；获得积分与兑换积分按各期间的订单汇总。</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Names are shortened (王** / J. Smith) and phone numbers masked (138****1234) in this report.</source>
        <translation>本报告中姓名已缩写（王** / J. Smith），手机号已打码（138****1234）。</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>未包含：%1</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential Loyalists</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有望客户</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>需关注客户</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <source>Can&apos;t Lose Them</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>lifecycle stage</comment>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>New</source>
        <comment>lifecycle stage</comment>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>lifecycle stage</comment>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <comment>lifecycle stage</comment>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Churned</source>
        <comment>lifecycle stage</comment>
        <translation>流失</translation>
    </message>
    <message>
        <source>Acquired (≥ 1 order)</source>
        <translation>已获客（≥ 1 笔订单）</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>复购客户</translation>
    </message>
    <message>
        <source>Not churned</source>
        <translation>未流失</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>The report parameters are out of range.</source>
        <translation>报告参数超出范围。</translation>
    </message>
    <message>
        <source>Campaign review</source>
        <translation>营销活动复盘</translation>
    </message>
    <message>
        <source>Points liability: the workspace records no points.</source>
        <translation>积分负债：工作区中没有积分记录。</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>Export to .csv or .xlsx, not %1.</source>
        <translation>请导出为 .csv 或 .xlsx，而不是 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the customer list: %1</source>
        <translation>无法读取客户名单：%1</translation>
    </message>
    <message>
        <source>There is no segment &quot;%1&quot; at %2; segments with customers: %3.</source>
        <translation>%2 时没有“%1”客群；有客户的客群：%3。</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;.</source>
        <translation>没有营销活动“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1 (%2, zip error %3).</source>
        <translation>无法写入工作簿 %1（%2，zip 错误 %3）。</translation>
    </message>
    <message>
        <source>Spend before quiet</source>
        <translation>沉睡前消费</translation>
    </message>
    <message>
        <source>Value at risk = (1 − P(alive)) × CLV over %1 months from the CLV model; spend before quiet = net spend in the %2 days up to the last purchase.</source>
        <translation>风险价值 =（1 − 存活概率）× CLV 模型给出的未来 %1 个月 CLV；沉睡前消费 = 最近一次购买前 %2 天内的净消费。</translation>
    </message>
    <message>
        <source>The CLV model could not be fitted (%1), so customers are ranked by their net spend in the %2 days up to the last purchase.</source>
        <translation>CLV 模型无法拟合（%1），因此按客户最近一次购买前 %2 天内的净消费排序。</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>The BG/NBD and Gamma-Gamma models, fitted on %1 customers, expect them to be worth %2 over the next %3 months (discounted); %4 of that is at risk from customers who may have left.</source>
        <translation>基于 %1 位客户拟合的 BG/NBD 与 Gamma-Gamma 模型预计，他们在未来 %3 个月的价值为 %2（已贴现）；其中 %4 因客户可能已流失而面临风险。</translation>
    </message>
    <message>
        <source>Model estimate</source>
        <translation>模型估计</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>已评分客户</translation>
    </message>
    <message numerus="yes">
        <source>Expected value, next %n months</source>
        <translation>
            <numerusform>未来 %n 个月的预期价值</numerusform>
        </translation>
    </message>
    <message>
        <source>Average per customer</source>
        <translation>每位客户平均</translation>
    </message>
    <message>
        <source>Expected purchases, next 90 days</source>
        <translation>未来 90 天的预期购买次数</translation>
    </message>
    <message>
        <source>Customers with P(alive) below 50%</source>
        <translation>存活概率低于 50% 的客户</translation>
    </message>
    <message>
        <source>Dormant at D by the lifecycle rule, ranked by the CLV model&apos;s value at risk (by net spend in the %1 days up to the last purchase when the model cannot be fitted). &quot;High-value&quot; customers in the summary were Gold or Diamond and new or active at the start of the period.</source>
        <translation>按生命周期规则在 D 时处于沉睡，并按 CLV 模型的风险价值排序（模型无法拟合时按最近一次购买前 %1 天内的净消费排序）。摘要中的“高价值”客户指期初为金卡或钻石且为新客或活跃的客户。</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>BG/NBD for purchase counts and P(alive), Gamma-Gamma for spend, fitted by maximum likelihood on purchase days up to D - 1 (one purchase per customer-day; time unit: day). CLV over %1 months with a monthly discount rate of %2; value at risk = (1 − P(alive)) × CLV. Fitted: %3.</source>
        <translation>购买次数与存活概率使用 BG/NBD，消费金额使用 Gamma-Gamma，以截至 D − 1 的购买日做最大似然拟合（每位客户每天最多计一次购买；时间单位：天）。CLV 预测期 %1 个月，月贴现率 %2；风险价值 =（1 − 存活概率）× CLV。拟合结果：%3。</translation>
    </message>
    <message>
        <source>CLV summary: the model could not be fitted (%1).</source>
        <translation>CLV 摘要：模型无法拟合（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Spend, %n month(s)</source>
        <translation>
            <numerusform>近 %n 个月消费</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: R %2, F %3, M %4</source>
        <translation>%1：R %2，F %3，M %4</translation>
    </message>
    <message>
        <source>Recency = days from the last purchase day to D; frequency = purchase orders; monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share a score); segments from the workspace&apos;s own rule table, the first matching rule naming the segment (%1); customers no rule catches: %2.</source>
        <translation>最近消费 = 从最近一次购买日到 D 的天数；消费频次 = 购买订单数；消费金额 = 净消费总额。按五分位数评 1–5 分（第 7 类分位点，相同数值得分相同）；客群依工作区自定义的规则表划分，客户归入第一条符合的规则（%1）；不符合任何规则的客户：%2。</translation>
    </message>
</context>
<context>
    <name>Crm::Store</name>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动。</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation>数据库错误（%1）：%2</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>将工作区升级到第 %1 版结构失败：%2</translation>
    </message>
    <message>
        <source>%1 is not a CRM Workbench workspace: %2</source>
        <translation>%1 不是客户分析工作台的工作区：%2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>it is not a database file.</source>
        <translation>它不是数据库文件。</translation>
    </message>
    <message>
        <source>it is a database that belongs to another program.</source>
        <translation>它是属于其他程序的数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CRM Workbench (workspace format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>%1 由更新版本的客户分析工作台写入（工作区格式 %2；本版本最高只能读取 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot restrict access to %1: %2</source>
        <translation>无法限制 %1 的访问权限：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请换一个文件名。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Tier spend thresholds must rise: 0 &lt; Silver &lt; Gold &lt; Diamond.</source>
        <translation>会员等级消费门槛必须递增：0 &lt; 银卡 &lt; 金卡 &lt; 钻石。</translation>
    </message>
    <message>
        <source>Tier points thresholds must rise: 0 &lt; Silver &lt; Gold &lt; Diamond.</source>
        <translation>会员等级积分门槛必须递增：0 &lt; 银卡 &lt; 金卡 &lt; 钻石。</translation>
    </message>
    <message>
        <source>The tier spend window must be between 1 and 120 months.</source>
        <translation>等级消费统计窗口须在 1 到 120 个月之间。</translation>
    </message>
    <message>
        <source>&quot;New&quot; must cover between 1 and 3,650 days.</source>
        <translation>“新客”的天数须在 1 到 3,650 天之间。</translation>
    </message>
    <message>
        <source>A personal cycle needs between 2 and 100 purchase days.</source>
        <translation>个人购买周期需要 2 到 100 个购买日。</translation>
    </message>
    <message>
        <source>The default purchase cycle must be at least 1 day.</source>
        <translation>默认购买周期至少为 1 天。</translation>
    </message>
    <message>
        <source>Dormant needs at least 1 day and a positive number of cycles.</source>
        <translation>沉睡判定至少需要 1 天，且周期倍数须为正数。</translation>
    </message>
    <message>
        <source>The churned floor must be more days than the dormant floor.</source>
        <translation>流失的最少天数必须大于沉睡的最少天数。</translation>
    </message>
    <message>
        <source>Churned must take more cycles than dormant.</source>
        <translation>流失的周期倍数必须大于沉睡的周期倍数。</translation>
    </message>
    <message>
        <source>The attribution window must be between 0 and 365 days.</source>
        <translation>归因窗口须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <source>The margin must be more than 0% and at most 100%.</source>
        <translation>毛利率须大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <source>The currency symbol can have at most 8 characters.</source>
        <translation>货币符号最多 8 个字符。</translation>
    </message>
    <message>
        <source>The currency code must be three capital letters (ISO 4217, e.g. CNY).</source>
        <translation>货币代码须为三个大写字母（ISO 4217，例如 CNY）。</translation>
    </message>
    <message>
        <source>Choose the fixed as-of date.</source>
        <translation>请选择固定的截止日期。</translation>
    </message>
    <message>
        <source>Name the segment of customers no rule catches (one line).</source>
        <translation>请为不符合任何规则的客户指定客群名称（单行）。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CampaignsPage</name>
    <message>
        <source>Significant (p &lt; 0.05)</source>
        <translation>显著（p &lt; 0.05）</translation>
    </message>
    <message>
        <source>Not significant</source>
        <comment>statistical significance</comment>
        <translation>不显著</translation>
    </message>
    <message>
        <source>No control group: attributed revenue only, not incremental</source>
        <translation>无对照组：仅为归因收入，并非增量收入</translation>
    </message>
    <message>
        <source>Attribution window still open</source>
        <translation>归因窗口尚未结束</translation>
    </message>
    <message>
        <source>Revenue against cost per campaign</source>
        <translation>各营销活动的收入与成本</translation>
    </message>
    <message>
        <source>Campaign metrics</source>
        <translation>营销活动指标</translation>
    </message>
    <message>
        <source>Evaluating campaigns…</source>
        <translation>正在评估营销活动…</translation>
    </message>
    <message numerus="yes">
        <source>A contact responds when the customer buys within %Ln day(s) after the contact. Incremental revenue compares the contacted customers with the control group; significance is a two-proportion z-test of the response rates.</source>
        <translation>
            <numerusform>客户在触达后 %Ln 天内购买即视为响应。增量收入比较触达客户与对照组；显著性采用响应率的两比例 z 检验。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::Charts</name>
    <message>
        <source>Copy Chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the chart: %1</source>
        <translation>无法写入图表：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>将图表保存为 SVG…</translation>
    </message>
    <message>
        <source>SVG vector images (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ClvPage</name>
    <message>
        <source>BG/NBD fitted on %1 customers in weeks: log-likelihood %2, %3 after %4 iterations.</source>
        <translation>BG/NBD 以周为单位在 %1 位客户上拟合：对数似然 %2，%4 次迭代后%3。</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>未收敛</translation>
    </message>
    <message>
        <source>&lt; 30 days</source>
        <translation>&lt; 30 天</translation>
    </message>
    <message>
        <source>30–89 days</source>
        <translation>30–89 天</translation>
    </message>
    <message>
        <source>90–179 days</source>
        <translation>90–179 天</translation>
    </message>
    <message>
        <source>180–364 days</source>
        <translation>180–364 天</translation>
    </message>
    <message>
        <source>≥ 365 days</source>
        <translation>≥ 365 天</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>P(alive) by repeat purchase days (rows) and time since the last purchase</source>
        <translation>按复购天数（行）与距上次购买时间划分的存活概率</translation>
    </message>
    <message>
        <source>Customers by 12-month CLV</source>
        <translation>按 12 个月 CLV 划分的客户数</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型参数</translation>
    </message>
    <message>
        <source>Most valuable customers</source>
        <translation>最有价值的客户</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most valuable customers&lt;/b&gt;</source>
        <translation>&lt;b&gt;最有价值的客户&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fitting the lifetime value model…</source>
        <translation>正在拟合终身价值模型…</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Repeat purchase days</source>
        <translation>复购天数</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>CLV, 12 months</source>
        <translation>12 个月 CLV</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Expected purchases, 90 days</source>
        <translation>预计 90 天内购买次数</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <source>Next order due</source>
        <translation>预计下次下单</translation>
    </message>
    <message>
        <source>Total expected value of %1 customers over 12 months: %2.</source>
        <translation>%1 位客户未来 12 个月的预期总价值：%2。</translation>
    </message>
    <message>
        <source>Lifetime Value</source>
        <translation>终身价值</translation>
    </message>
    <message>
        <source>Customers fitted</source>
        <translation>拟合客户数</translation>
    </message>
    <message>
        <source>Distinct (x, tₓ, T) rows</source>
        <translation>不同 (x, tₓ, T) 组合数</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>是否收敛</translation>
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
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化方法</translation>
    </message>
    <message>
        <source>Spend model log-likelihood</source>
        <translation>消费金额模型对数似然</translation>
    </message>
    <message>
        <source>Repeat purchases, actual</source>
        <translation>复购次数（实际）</translation>
    </message>
    <message>
        <source>Repeat purchases, predicted</source>
        <translation>复购次数（预测）</translation>
    </message>
    <message>
        <source>Predicted vs actual</source>
        <translation>预测与实际之差</translation>
    </message>
    <message>
        <source>χ², repeat purchase histogram</source>
        <translation>χ²（复购次数分布）</translation>
    </message>
    <message>
        <source>Cumulative repeat purchases: actual and predicted</source>
        <translation>累计复购次数：实际与预测</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>复购次数</translation>
    </message>
    <message>
        <source>Customers by repeat purchase days: actual and predicted</source>
        <translation>按复购天数分布的客户数：实际与预测</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>CLV distribution</source>
        <translation>CLV 分布</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Lifetime value charts</source>
        <translation>终身价值图表</translation>
    </message>
    <message>
        <source>Fit diagnostics</source>
        <translation>拟合诊断</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model parameters and fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;模型参数与拟合&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CohortsPage</name>
    <message>
        <source>W%1</source>
        <comment>week k of a cohort</comment>
        <translation>W%1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter k of a cohort</comment>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>M%1</source>
        <comment>month k of a cohort</comment>
        <translation>M%1</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>每位客户的累计收入</translation>
    </message>
    <message>
        <source>Cohort values</source>
        <translation>同期群数值</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Cohort period</source>
        <translation>同期群周期</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Cohorts by:</source>
        <translation>同期群划分(&amp;C)：</translation>
    </message>
    <message>
        <source>Cohort (first purchase) × periods since</source>
        <translation>同期群（首次购买）× 此后期数</translation>
    </message>
    <message>
        <source>Retention curves of recent cohorts</source>
        <translation>近期同期群的留存曲线</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Building cohorts…</source>
        <translation>正在构建同期群…</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CustomerDetail</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No purchase before the as-of date: the model has nothing to go on.</source>
        <translation>截止日期前没有购买记录，模型无从估计。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CustomerTableModel</name>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>等级</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>净消费</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CustomersPage</name>
    <message>
        <source>Search by ID, name or phone</source>
        <translation>按编号、姓名或手机号搜索</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message numerus="yes">
        <source>Arranged %Ln customer(s) in %1 ms</source>
        <translation>
            <numerusform>已在 %1 毫秒内排列 %Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Select a customer to see their orders.</source>
        <translation>选择一位客户以查看其订单。</translation>
    </message>
    <message>
        <source>Orders of the selected customer</source>
        <translation>所选客户的订单</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders and returns&lt;/b&gt;</source>
        <translation>&lt;b&gt;订单与退货&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%2 位客户中的 %1 位</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;评分&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tier history of the selected customer</source>
        <translation>所选客户的会员等级历史</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tier history&lt;/b&gt;</source>
        <translation>&lt;b&gt;会员等级历史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing scores…</source>
        <translation>正在计算评分…</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 客群</translation>
    </message>
    <message>
        <source>R / F / M scores</source>
        <translation>R / F / M 评分</translation>
    </message>
    <message>
        <source>Quintiles of all customers, 5 = best</source>
        <translation>在全部客户中的五分位，5 为最好</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Probability that the customer still buys (BG/NBD)</source>
        <translation>客户仍会继续购买的概率（BG/NBD）</translation>
    </message>
    <message>
        <source>Expected purchases, 90 days</source>
        <translation>预计 90 天内购买次数</translation>
    </message>
    <message>
        <source>CLV, 12 months</source>
        <translation>12 个月 CLV</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Discounted expected value of the next 12 months (BG/NBD × Gamma-Gamma)</source>
        <translation>未来 12 个月的折现预期价值（BG/NBD × Gamma-Gamma）</translation>
    </message>
    <message>
        <source>Next order due</source>
        <translation>预计下次下单</translation>
    </message>
    <message>
        <source>One purchase day only: the model cannot tell yet whether this customer is gone, so P(alive) stays at 100% and the lifecycle stage is the better guide.</source>
        <translation>只有一个购买日：模型还无法判断该客户是否已流失，因此存活概率保持为 100%，请以生命周期阶段为准。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Net spend in the window</source>
        <translation>窗口内净消费</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>会员等级</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::FilterBar</name>
    <message>
        <source>Any</source>
        <comment>no date limit</comment>
        <translation>不限</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Orders from</source>
        <translation>订单起始</translation>
    </message>
    <message>
        <source>Orders until</source>
        <translation>订单截止</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>等级</translation>
    </message>
    <message>
        <source>Analyses look at the data before this day (default: the day after the last order)</source>
        <translation>分析只看这一天之前的数据（默认：最后一笔订单的次日）</translation>
    </message>
    <message>
        <source>Only orders on or after this day (order lists and revenue charts)</source>
        <translation>只看这一天及之后的订单（订单列表和收入图表）</translation>
    </message>
    <message>
        <source>Only orders up to this day (order lists and revenue charts)</source>
        <translation>只看截至这一天的订单（订单列表和收入图表）</translation>
    </message>
    <message>
        <source>Only orders of this channel (order lists and revenue charts)</source>
        <translation>只看该渠道的订单（订单列表和收入图表）</translation>
    </message>
    <message>
        <source>Only customers of this city (every page)</source>
        <translation>只看该城市的客户（所有页面）</translation>
    </message>
    <message>
        <source>Only customers of this tier, as imported (every page)</source>
        <translation>只看导入时为该等级的客户（所有页面）</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every order and customer again</source>
        <translation>重新显示所有订单和客户</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截止(&amp;A)：</translation>
    </message>
    <message>
        <source>Orders &amp;from:</source>
        <translation>订单起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>date range end</comment>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <comment>membership tier</comment>
        <translation>等级(&amp;I)：</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ImportWizard</name>
    <message>
        <source>%1 appears twice in the file</source>
        <translation>%1 在文件中出现了两次</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign contacts</source>
        <translation>营销触达</translation>
    </message>
    <message>
        <source>TRUE</source>
        <translation>是</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>否</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row content</source>
        <translation>行内容</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written to the workspace.</source>
        <translation>导入已取消，未向工作区写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written to the workspace.</source>
        <translation>未向工作区写入任何内容。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1 rows imported from %2.</source>
        <translation>已从 %2 导入 %1 行。</translation>
    </message>
    <message>
        <source>%1 rows rejected (listed below and on the Imports page)</source>
        <translation>%1 行被拒绝（见下方列表及“导入”页面）</translation>
    </message>
    <message>
        <source>%1 blank or summary lines skipped</source>
        <translation>跳过了 %1 行空行或汇总行</translation>
    </message>
    <message>
        <source>%1 orders with %2 product lines</source>
        <translation>%1 笔订单，共 %2 条商品明细</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx, .xls) and text files (.csv, .txt) exported by shop systems, POS or CRM. You can also drop a file onto this window.</source>
        <translation>从店铺系统、POS 或 CRM 导出的 Excel 工作簿（.xlsx、.xls）和文本文件（.csv、.txt）。也可以把文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Spreadsheets and text files (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格和文本文件 (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sheet and format</source>
        <translation>工作表与格式</translation>
    </message>
    <message>
        <source>Sheet to import:</source>
        <translation>要导入的工作表：</translation>
    </message>
    <message>
        <source>Sheets of the workbook</source>
        <translation>工作簿中的工作表</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>逗号  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>分号  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>竖线  |</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <source>Header found in row %1.</source>
        <translation>在第 %1 行找到表头。</translation>
    </message>
    <message>
        <source>No header row found; columns are numbered.</source>
        <translation>未找到表头行；列按序号编号。</translation>
    </message>
    <message>
        <source>%1 (chart sheet, no data)</source>
        <translation>%1（图表工作表，无数据）</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <source>auto: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they were read. The highlighted row holds the column titles; grey rows above it are skipped.</source>
        <translation>按读取结果显示的前几行。高亮行为列标题；其上方的灰色行会被跳过。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sheet or file: %1 — the first %2 data rows.</source>
        <translation>工作表或文件：%1 — 前 %2 行数据。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Which column holds which information. Fields marked * are required.</source>
        <translation>指定每种信息所在的列。标 * 的字段为必填。</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <source>How the first rows will be stored:</source>
        <translation>前几行将如何保存：</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Every column is used.</source>
        <translation>所有列都已使用。</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>请为以下字段选择列：%1</translation>
    </message>
    <message>
        <source>Rows are product lines; they are folded into orders (amount = quantity × unit price when there is no amount column).</source>
        <translation>每行是一条商品明细，将按订单合并（没有金额列时，金额 = 数量 × 单价）。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row of the file is checked with this mapping. Nothing is written yet.</source>
        <translation>按此列对应关系检查文件的每一行。尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forth to run it again.</source>
        <translation>检查已取消。返回上一步再前进即可重新运行。</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported.</source>
        <translation>%2 行中有 %1 行可以导入。</translation>
    </message>
    <message>
        <source>%1 rows would be rejected</source>
        <translation>将有 %1 行被拒绝</translation>
    </message>
    <message>
        <source>Most rows cannot be read with this mapping; the import would be refused. Go back and check the columns.</source>
        <translation>按此列对应关系，大多数行无法读取，导入将被拒绝。请返回检查列的对应关系。</translation>
    </message>
    <message>
        <source>Duplicates of rows already in the workspace are found during the import.</source>
        <translation>与工作区中已有数据重复的行会在导入时发现。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Importing %1 into the workspace…</source>
        <translation>正在将 %1 导入工作区…</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>营销活动编号</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Contacted at</source>
        <translation>触达时间</translation>
    </message>
    <message>
        <source>Group (treatment/control)</source>
        <translation>分组（实验组/对照组）</translation>
    </message>
    <message>
        <source>Filled in from the mapping you confirmed for a file with the same columns.</source>
        <translation>已按您为相同列的文件确认过的列对应关系填写。</translation>
    </message>
    <message>
        <source>No header row names the fields; the columns were chosen from their values. Check them before importing.</source>
        <translation>没有表头行说明字段；已根据列中的值选择对应列。导入前请核对。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ImportsPage</name>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Undo Import…</source>
        <translation>撤销导入…</translation>
    </message>
    <message>
        <source>Remove this import and every row it brought into the workspace</source>
        <translation>删除此次导入以及它带入工作区的所有行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import history&lt;/b&gt;</source>
        <translation>&lt;b&gt;导入历史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows of the selected import&lt;/b&gt;</source>
        <translation>&lt;b&gt;所选导入中被拒绝的行&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Loading the import history…</source>
        <translation>正在加载导入历史…</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Remove import %1 (%2) and every customer, order and contact it brought? This cannot be undone.</source>
        <translation>要删除导入批次 %1（%2）以及它带入的所有客户、订单和触达记录吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>正在撤销导入批次 %1…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import %1 undone.</source>
        <translation>已撤销导入批次 %1。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::KpiCard</name>
    <message>
        <source>no earlier period</source>
        <translation>无上一期</translation>
    </message>
    <message>
        <source>%1 pts vs. previous period</source>
        <comment>change of a rate</comment>
        <translation>较上期 %1 个百分点</translation>
    </message>
    <message>
        <source>%1% vs. previous period</source>
        <comment>relative change</comment>
        <translation>较上期 %1%</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::Labels</name>
    <message>
        <source>Bought once or more</source>
        <comment>funnel step</comment>
        <translation>购买过一次及以上</translation>
    </message>
    <message>
        <source>Bought again</source>
        <comment>funnel step</comment>
        <translation>再次购买</translation>
    </message>
    <message>
        <source>Not churned</source>
        <comment>funnel step</comment>
        <translation>未流失</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>funnel step</comment>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>lifecycle stage</comment>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>New</source>
        <comment>lifecycle stage</comment>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>lifecycle stage</comment>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <comment>lifecycle stage</comment>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Churned</source>
        <comment>lifecycle stage</comment>
        <translation>流失</translation>
    </message>
    <message>
        <source>Regular</source>
        <comment>membership tier</comment>
        <translation>普通</translation>
    </message>
    <message>
        <source>Silver</source>
        <comment>membership tier</comment>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>membership tier</comment>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Diamond</source>
        <comment>membership tier</comment>
        <translation>钻石</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no tier</comment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>funnel step</comment>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage</comment>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>等级</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>% of previous step</source>
        <translation>占上一步 %</translation>
    </message>
    <message>
        <source>% of first step</source>
        <translation>占第一步 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>距上次购买（天）</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Value before going quiet</source>
        <translation>沉睡前消费</translation>
    </message>
    <message>
        <source>Usual cycle (days)</source>
        <translation>常规周期（天）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>触达数</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>响应人数</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Control response rate</source>
        <translation>对照组响应率</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Attributed revenue</source>
        <translation>归因收入</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>增量收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>显著性</translation>
    </message>
    <message>
        <source>Reactivation rate</source>
        <translation>唤醒率</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>kind of data imported</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>导入行数</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>拒绝行数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Raw values</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Stage 90 days earlier</source>
        <translation>90 天前的阶段</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>gender</comment>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>gender</comment>
        <translation>男</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::LifecyclePage</name>
    <message>
        <source>Export for Campaign…</source>
        <translation>导出用于营销活动…</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage</source>
        <translation>各生命周期阶段的客户数</translation>
    </message>
    <message>
        <source>Churn funnel</source>
        <translation>流失漏斗</translation>
    </message>
    <message>
        <source>Stage 90 days ago (rows) → stage now (columns)</source>
        <translation>90 天前的阶段（行）→ 当前阶段（列）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dormant customers, most valuable first&lt;/b&gt;</source>
        <translation>&lt;b&gt;沉睡客户（价值高者在前）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the dormant customers as a CSV list for a reactivation campaign</source>
        <translation>将沉睡客户保存为 CSV 名单，用于唤醒活动</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Export Dormant Customers</source>
        <translation>导出沉睡客户</translation>
    </message>
    <message>
        <source>dormant-customers.csv</source>
        <translation>沉睡客户.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln customer(s) to %1</source>
        <translation>
            <numerusform>已将 %Ln 位客户保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Classifying customers…</source>
        <translation>正在划分客户…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Lifecycle &amp; Churn</source>
        <translation>生命周期与流失</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::MainWindow</name>
    <message>
        <source>CRM workspaces (*.%1)</source>
        <translation>客户分析工作区 (*.%1)</translation>
    </message>
    <message>
        <source>CRM Workbench</source>
        <translation>客户分析工作台</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the workspace and every page (F5)</source>
        <translation>重新加载工作区和所有页面（F5）</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CRM Workbench</source>
        <translation>关于客户分析工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About CRM Workbench</source>
        <translation>关于客户分析工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Workbench %1&lt;/h3&gt;&lt;p&gt;Customer segmentation, retention, campaign ROI and lifetime value for marketing teams. Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户分析工作台 %1&lt;/h3&gt;&lt;p&gt;为营销团队提供客户分层、留存、营销活动投入产出比和客户终身价值分析。您的数据只保存在这台电脑上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to CRM Workbench&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;欢迎使用客户分析工作台&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Bring your customer, order and campaign spreadsheets into a workspace and see who your customers are, who is falling asleep and which campaigns paid off. New here? Open the demo workspace: a realistic shop with three years of data.</source>
        <translation>把客户、订单和营销活动表格导入工作区，看清您的客户是谁、谁正在沉睡、哪些活动带来了回报。第一次使用？打开演示工作区：一家拥有三年数据的逼真店铺。</translation>
    </message>
    <message>
        <source>Open Demo Workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>Tip: drop a workspace file anywhere on this window to open it.</source>
        <translation>提示：将工作区文件拖放到此窗口的任意位置即可打开。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的工作区&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Creating workspace…</source>
        <translation>正在创建工作区…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>正在创建演示工作区…</translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>%1 — CRM Workbench</source>
        <translation>%1 — 客户分析工作台</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring customers, orders or campaigns from Excel or CSV into this workspace</source>
        <translation>将 Excel 或 CSV 中的客户、订单或营销活动导入此工作区</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop %1 on it.</source>
        <translation>请先打开或新建工作区，然后将 %1 拖放到窗口上。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CRM Workbench.</source>
        <translation>新语言将在下次启动客户分析工作台时生效。</translation>
    </message>
    <message>
        <source>campaign-review.pdf</source>
        <translation>营销活动复盘.pdf</translation>
    </message>
    <message>
        <source>Export Campaign Review</source>
        <translation>导出营销活动复盘</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export the Review</source>
        <translation>无法导出复盘报告</translation>
    </message>
    <message>
        <source>Saved the campaign review to %1</source>
        <translation>已将营销活动复盘保存到 %1</translation>
    </message>
    <message>
        <source>Writing the campaign review…</source>
        <translation>正在写入营销活动复盘…</translation>
    </message>
    <message>
        <source>Cannot Print the Review</source>
        <translation>无法打印复盘报告</translation>
    </message>
    <message>
        <source>Print Campaign Review</source>
        <translation>打印营销活动复盘</translation>
    </message>
    <message>
        <source>Preparing the campaign review…</source>
        <translation>正在准备营销活动复盘…</translation>
    </message>
    <message>
        <source>&amp;Export Campaign Review as PDF…</source>
        <translation>将营销活动复盘导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print Campaign Review…</source>
        <translation>打印营销活动复盘(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Tier thresholds, lifecycle rule, attribution window, margin, currency, language</source>
        <translation>会员等级门槛、生命周期规则、归因窗口、毛利率、货币、语言</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>查找客户(&amp;F)…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Cannot Save the Settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>Settings saved; the pages are recalculated.</source>
        <translation>设置已保存，各页面正在重新计算。</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>正在保存设置…</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::OverviewPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders and returns</source>
        <translation>订单与退货</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign contacts</source>
        <translation>营销触达</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Customers with at least one purchase before the as-of date</source>
        <translation>截止日期前至少购买过一次的客户</translation>
    </message>
    <message>
        <source>New or active customers at the as-of date</source>
        <translation>截止日期时的新客或活跃客户</translation>
    </message>
    <message>
        <source>Share of the period&apos;s buyers who bought at least twice in it</source>
        <translation>本期购买客户中购买至少两次的比例</translation>
    </message>
    <message>
        <source>Churn funnel</source>
        <translation>流失漏斗</translation>
    </message>
    <message>
        <source>Net revenue by month</source>
        <translation>每月净销售额</translation>
    </message>
    <message>
        <source>Workspace contents</source>
        <translation>工作区内容</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Loading the overview…</source>
        <translation>正在加载概览…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Customers by tier (12-month spend)</source>
        <translation>各等级客户数（近 12 个月消费）</translation>
    </message>
    <message>
        <source>Customers by tier (points balance)</source>
        <translation>各等级客户数（积分余额）</translation>
    </message>
    <message numerus="yes">
        <source>Customers by tier (%n-month spend)</source>
        <translation>
            <numerusform>各等级客户数（近 %n 个月消费）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ReportPainter</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Confidential: contains customer information. Names are shortened and phone numbers masked.</source>
        <translation>机密：含客户信息。姓名已缩写，手机号已打码。</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot paint the report.</source>
        <translation>无法绘制报告。</translation>
    </message>
    <message>
        <source>Cannot write the figure: %1</source>
        <translation>无法写入图表：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SegmentRulesDialog</name>
    <message>
        <source>Segment Rules</source>
        <translation>客群规则</translation>
    </message>
    <message>
        <source>Each customer joins the segment of the first rule whose score ranges contain the customer&apos;s recency, frequency and monetary scores (1-5, 5 = best). Rules with the same name form one segment.</source>
        <translation>每位客户归入第一条评分范围包含其最近消费、消费频次和消费金额评分（1-5，5 为最佳）的规则所对应的客群。同名的规则合为一个客群。</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>客群规则</translation>
    </message>
    <message>
        <source>Segment of customers no rule catches</source>
        <translation>不符合任何规则的客户所属客群</translation>
    </message>
    <message>
        <source>Customers no rule catches:</source>
        <translation>不符合任何规则的客户：</translation>
    </message>
    <message>
        <source>Problems with the segment rules</source>
        <translation>客群规则的问题</translation>
    </message>
    <message>
        <source>Warnings about the segment rules</source>
        <translation>客群规则的提醒</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a rule below the selected one</source>
        <translation>在所选规则下方添加一条规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>删除所选规则</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Match the selected rule earlier</source>
        <translation>让所选规则更早匹配</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Match the selected rule later</source>
        <translation>让所选规则更晚匹配</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>The common R × F grid: Champions, Loyal, … Hibernating</source>
        <translation>常用的 R × F 网格：重要价值客户、忠诚客户……休眠客户</translation>
    </message>
    <message>
        <source>R Package Rules</source>
        <translation>R 包 rfm 规则</translation>
    </message>
    <message>
        <source>The rule table of the R package rfm, with monetary ranges; other customers are &quot;Others&quot;</source>
        <translation>R 包 rfm 的规则表，含消费金额范围；其余客户归入“其他”</translation>
    </message>
    <message>
        <source>Name the segment of customers no rule catches.</source>
        <translation>请为不符合任何规则的客户指定客群名称。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SegmentRulesModel</name>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>R from</source>
        <translation>R 自</translation>
    </message>
    <message>
        <source>R to</source>
        <translation>R 至</translation>
    </message>
    <message>
        <source>F from</source>
        <translation>F 自</translation>
    </message>
    <message>
        <source>F to</source>
        <translation>F 至</translation>
    </message>
    <message>
        <source>M from</source>
        <translation>M 自</translation>
    </message>
    <message>
        <source>M to</source>
        <translation>M 至</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>The segment a customer matching this rule belongs to; rules with the same name form one segment</source>
        <translation>符合此规则的客户所属的客群；同名的规则合为一个客群</translation>
    </message>
    <message>
        <source>Recency score, 1 (longest ago) to 5 (most recent), both ends included</source>
        <translation>最近消费评分，1（最久以前）到 5（最近），含两端</translation>
    </message>
    <message>
        <source>Frequency score, 1 (fewest orders) to 5 (most), both ends included</source>
        <translation>消费频次评分，1（订单最少）到 5（最多），含两端</translation>
    </message>
    <message>
        <source>Monetary score, 1 (lowest net spend) to 5 (highest), both ends included</source>
        <translation>消费金额评分，1（净消费最低）到 5（最高），含两端</translation>
    </message>
    <message>
        <source>Customers of the current as-of date and filters this rule would catch</source>
        <translation>按当前截止日期和筛选条件，此规则会覆盖的客户数</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>新规则 %1</translation>
    </message>
    <message>
        <source>Add at least one rule.</source>
        <translation>请至少添加一条规则。</translation>
    </message>
    <message>
        <source>Rule %1 (%2) never catches anybody: the rules above it cover all its scores.</source>
        <translation>规则 %1（%2）不会覆盖任何客户：其上方的规则已涵盖它的全部评分。</translation>
    </message>
    <message>
        <source>Rule %1 needs a name.</source>
        <translation>规则 %1 需要名称。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3 scores run from 1 to 5.</source>
        <translation>规则 %1（%2）：%3 评分的范围是 1 到 5。</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3 from %4 is above %3 to %5.</source>
        <translation>规则 %1（%2）：%3 自 %4 大于 %3 至 %5。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SegmentsPage</name>
    <message>
        <source>Export List…</source>
        <translation>导出名单…</translation>
    </message>
    <message>
        <source>Customers per cell</source>
        <translation>每格客户数</translation>
    </message>
    <message>
        <source>Mean net value per cell</source>
        <translation>每格平均净消费</translation>
    </message>
    <message>
        <source>Grid values</source>
        <translation>网格数值</translation>
    </message>
    <message>
        <source>Recency score (rows, 5 = recent) × frequency score (columns)</source>
        <translation>最近消费评分（行，5 = 最近）× 消费频次评分（列）</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Save the customers of the selected segment as CSV</source>
        <translation>将所选客群的客户保存为 CSV</translation>
    </message>
    <message>
        <source>Export Segment</source>
        <translation>导出客群</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved segment %1 to %2</source>
        <translation>已将客群 %1 保存到 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segments&lt;/b&gt;</source>
        <translation>&lt;b&gt;客群&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>正在为客户评分…</translation>
    </message>
    <message>
        <source>R \ F</source>
        <translation>R \ F</translation>
    </message>
    <message>
        <source>The segments are not computed yet.</source>
        <translation>客群尚未计算。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Edit Rules…</source>
        <translation>编辑规则…</translation>
    </message>
    <message>
        <source>Change which R, F and M scores make up each segment</source>
        <translation>调整各客群对应的 R、F、M 评分</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>会员等级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>生命周期(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>营销活动(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>设置中的问题</translation>
    </message>
    <message>
        <source>Put back the values of the methodology</source>
        <translation>恢复方法说明中的默认值</translation>
    </message>
    <message>
        <source>Net spend in a window before the as-of date</source>
        <translation>截止日期前一段时间内的净消费</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Tier &amp;by:</source>
        <translation>等级依据(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Silver from (spend):</source>
        <translation>银卡起点（消费）(&amp;S)：</translation>
    </message>
    <message>
        <source>G&amp;old from (spend):</source>
        <translation>金卡起点（消费）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Diamond from (spend):</source>
        <translation>钻石起点（消费）(&amp;D)：</translation>
    </message>
    <message>
        <source>Silver from (points):</source>
        <translation>银卡起点（积分）：</translation>
    </message>
    <message>
        <source>Gold from (points):</source>
        <translation>金卡起点（积分）：</translation>
    </message>
    <message>
        <source>Diamond from (points):</source>
        <translation>钻石起点（积分）：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Spend &amp;window:</source>
        <translation>消费统计窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>Net spend counts over this many months before the as-of date</source>
        <translation>统计截止日期前这么多个月的净消费</translation>
    </message>
    <message>
        <source>Customers below Silver are Regular. Each threshold must be higher than the one before.</source>
        <translation>低于银卡门槛的客户为普通会员。每一级门槛都必须高于前一级。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;New: first purchase within</source>
        <translation>新客：首次购买在以下天数内(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Dormant after at least</source>
        <translation>沉睡：至少超过(&amp;D)</translation>
    </message>
    <message>
        <source> × cycle</source>
        <translation> × 周期</translation>
    </message>
    <message>
        <source>… or &amp;more than</source>
        <translation>…且超过(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hurned after at least</source>
        <translation>流失：至少超过(&amp;H)</translation>
    </message>
    <message>
        <source>… or m&amp;ore than</source>
        <translation>…且超过(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Personal cycle needs</source>
        <translation>个人周期所需购买日(&amp;P)</translation>
    </message>
    <message>
        <source>Customers with fewer purchase days use the median cycle of everybody else</source>
        <translation>购买日较少的客户使用其他所有客户的周期中位数</translation>
    </message>
    <message>
        <source>De&amp;fault cycle:</source>
        <translation>默认周期(&amp;F)：</translation>
    </message>
    <message>
        <source>Used when nobody has enough purchase days for a cycle</source>
        <translation>没有任何客户有足够购买日计算周期时使用</translation>
    </message>
    <message>
        <source>The cycle is the median gap between a customer&apos;s purchase days. A customer is dormant when the days since the last purchase exceed both the floor and the multiple of the cycle; churned likewise.</source>
        <translation>周期是客户相邻购买日间隔的中位数。距上次购买的天数同时超过最少天数和周期倍数时，客户为沉睡；流失同理。</translation>
    </message>
    <message>
        <source>&amp;Attribution window:</source>
        <translation>归因窗口(&amp;A)：</translation>
    </message>
    <message>
        <source>A purchase on the contact day or within this many days after it counts as a response</source>
        <translation>在触达当天或之后这么多天内的购买计为响应</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>毛利率(&amp;M)：</translation>
    </message>
    <message>
        <source>The share of revenue that is profit, for ROI</source>
        <translation>收入中属于利润的比例，用于计算投入产出比</translation>
    </message>
    <message>
        <source>ROI = (incremental revenue × margin − cost) ÷ cost.</source>
        <translation>投入产出比 = (增量收入 × 毛利率 − 成本) ÷ 成本。</translation>
    </message>
    <message>
        <source>The day after the last o&amp;rder</source>
        <translation>最后一笔订单的次日(&amp;R)</translation>
    </message>
    <message>
        <source>A &amp;fixed date:</source>
        <translation>固定日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Fixed as-of date</source>
        <translation>固定截止日期</translation>
    </message>
    <message>
        <source>As-of date when opening:</source>
        <translation>打开时的截止日期：</translation>
    </message>
    <message>
        <source>e.g. ¥, $, €</source>
        <translation>例如 ¥、$、€</translation>
    </message>
    <message>
        <source>Currency &amp;symbol:</source>
        <translation>货币符号(&amp;S)：</translation>
    </message>
    <message>
        <source>Shown with every amount; leave empty for plain numbers</source>
        <translation>显示在每个金额前；留空则只显示数字</translation>
    </message>
    <message>
        <source>e.g. CNY</source>
        <translation>例如 CNY</translation>
    </message>
    <message>
        <source>Currency c&amp;ode:</source>
        <translation>货币代码(&amp;O)：</translation>
    </message>
    <message>
        <source>ISO 4217; shown when there is no symbol</source>
        <translation>ISO 4217；没有货币符号时显示</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>语言(&amp;U)：</translation>
    </message>
    <message>
        <source>Used from the next start; the same for every workspace</source>
        <translation>下次启动时生效；对所有工作区相同</translation>
    </message>
    <message>
        <source>Everything but the language is stored in this workspace.</source>
        <translation>除语言外，所有设置都保存在此工作区中。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::TableExport</name>
    <message>
        <source>Exporting the table…</source>
        <translation>正在导出表格…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The table changed while it was being exported; nothing was written.</source>
        <translation>导出过程中表格发生了变化，未写入任何内容。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>没有可导出的表格。</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Save the rows shown, as sorted and filtered, as CSV or Excel</source>
        <translation>按当前的排序和筛选，将显示的行保存为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <source>Stop the running task (Esc)</source>
        <translation>停止正在运行的任务（Esc）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1（另有 %2 项）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CRM analytics workbench</source>
        <translation>客户分析工作台</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN or zh_TW.</source>
        <translation>界面语言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Workspace (.crmdb) to open, or spreadsheet to import.</source>
        <translation>要打开的工作区（.crmdb）或要导入的表格。</translation>
    </message>
</context>
</TS>

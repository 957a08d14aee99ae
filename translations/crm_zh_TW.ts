<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Crm::Analysis</name>
    <message>
        <source>An as-of date is needed.</source>
        <translation>需要指定截止日期。</translation>
    </message>
    <message>
        <source>The attribution window cannot be negative.</source>
        <translation>歸因期間不能為負數。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>The transition period must be at least one day.</source>
        <translation>遷移週期至少為一天。</translation>
    </message>
    <message>
        <source>Fixed RFM thresholds must be four ascending numbers.</source>
        <translation>固定 RFM 閾值必須是四個遞增的數字。</translation>
    </message>
    <message>
        <source>Segment rule &apos;%1&apos; needs a name and score ranges within 1-5.</source>
        <translation>客群規則「%1」需要名稱以及 1–5 之間的評分範圍。</translation>
    </message>
    <message>
        <source>Line %1 of the segment rules must read name,r_low,r_high,f_low,f_high[,m_low,m_high] with scores 1-5.</source>
        <translation>客群規則第 %1 列的格式必須為 name,r_low,r_high,f_low,f_high[,m_low,m_high]，評分為 1–5。</translation>
    </message>
    <message>
        <source>The segment rule table is empty.</source>
        <translation>客群規則表為空。</translation>
    </message>
    <message>
        <source>The spend window must be at least one month.</source>
        <translation>消費統計視窗至少為一個月。</translation>
    </message>
    <message>
        <source>Tier thresholds must be ascending: Silver, Gold, Diamond.</source>
        <translation>等級門檻必須遞增：銀卡、金卡、鑽石。</translation>
    </message>
    <message>
        <source>Points balances have no history, so tier migration needs the spend rule.</source>
        <translation>積點餘額沒有歷史記錄，因此等級遷移需要使用消費金額規則。</translation>
    </message>
    <message>
        <source>Regular</source>
        <comment>membership tier</comment>
        <translation>普通</translation>
    </message>
    <message>
        <source>Silver</source>
        <comment>membership tier</comment>
        <translation>銀卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>membership tier</comment>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Diamond</source>
        <comment>membership tier</comment>
        <translation>鑽石</translation>
    </message>
    <message>
        <source>The workspace has no orders yet; import orders first.</source>
        <translation>工作區中還沒有訂單，請先匯入訂單。</translation>
    </message>
    <message>
        <source>The refresh compares tiers with an earlier date only; run the tiers analysis on its own for a later one.</source>
        <translation>重新整理只能與更早的日期比較會員等級；如需與更晚的日期比較，請單獨執行會員等級分析。</translation>
    </message>
    <message>
        <source>The workspace has no customers or orders before %1; import orders first.</source>
        <translation>工作區在 %1 之前沒有客戶或訂單；請先匯入訂單。</translation>
    </message>
    <message>
        <source>The points period must start before the as-of date.</source>
        <translation>積點統計期間必須在截止日期之前開始。</translation>
    </message>
    <message>
        <source>The workspace&apos;s RFM segment rules cannot be read (%1); the default rules are used.</source>
        <translation>無法讀取工作區的 RFM 客群規則（%1），已改用預設規則。</translation>
    </message>
</context>
<context>
    <name>Crm::Cli</name>
    <message>
        <source>Campaign response, uplift against control, revenue, ROAS, ROI and p-value</source>
        <translation>行銷活動的回應、相對對照組的提升、收入、ROAS、ROI 和 p 值</translation>
    </message>
    <message>
        <source>Campaigns: attribution window, days after the contact day (the contact day counts as day 0) (30).</source>
        <translation>行銷活動：歸因期間，即觸達日之後的天數（觸達當天記為第 0 天）（30）。</translation>
    </message>
    <message>
        <source>Campaigns: share of revenue that is profit, for ROI (1.0).</source>
        <translation>行銷活動：收入中利潤所佔比例，用於計算 ROI（1.0）。</translation>
    </message>
    <message>
        <source>Campaigns: add control revenue, orders, dormant contacts, reactivated, repeat buyers and an open-window flag.</source>
        <translation>行銷活動：附加對照組收入、訂單數、沉睡觸達數、喚醒數、復購客戶數以及視窗未結束標記。</translation>
    </message>
    <message>
        <source>--k must be a whole number from 1 to 50</source>
        <translation>--k 必須是 1 到 50 之間的整數</translation>
    </message>
    <message>
        <source>k-means clusters on log recency, frequency and monetary value</source>
        <translation>基於對數化的最近消費、消費頻次和消費金額的 k-means 分群</translation>
    </message>
    <message>
        <source>Clusters: number of clusters (default: 2-8 by silhouette).</source>
        <translation>分群：群的數量（預設按輪廓係數在 2–8 之間選擇）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Clusters / lifecycle: one summary row per group instead.</source>
        <translation>分群 / 生命週期：改為每組輸出一列彙總。</translation>
    </message>
    <message>
        <source>--calibration-end must be a date written YYYY-MM-DD</source>
        <translation>--calibration-end 必須是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>--time-unit must be day, week or month</source>
        <translation>--time-unit 必須是 day、week 或 month</translation>
    </message>
    <message>
        <source>--horizon-months must be a whole number of months from 1 to 1200</source>
        <translation>--horizon-months 必須是 1 到 1200 之間的整數月數</translation>
    </message>
    <message>
        <source>--discount-rate must be a monthly rate from 0 to below 1, e.g. 0.01</source>
        <translation>--discount-rate 必須是大於等於 0 且小於 1 的月折現率，例如 0.01</translation>
    </message>
    <message>
        <source>--model must be bgnbd or paretonbd</source>
        <translation>--model 必須是 bgnbd 或 paretonbd</translation>
    </message>
    <message>
        <source>Customer lifetime value: BG/NBD (or Pareto/NBD) and Gamma-Gamma per customer</source>
        <translation>客戶終身價值：按客戶計算的 BG/NBD（或 Pareto/NBD）與 Gamma-Gamma 模型</translation>
    </message>
    <message>
        <source>CLV: fit on purchases up to and including this day (default: the as-of date).</source>
        <translation>CLV：使用截至幷包含該日的購買記錄擬合模型（預設：截止日期）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>CLV: model time unit, day, week or month (day).</source>
        <translation>CLV：模型時間單位，day、week 或 month（day）。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>CLV: horizon in months (12).</source>
        <translation>CLV：預測期（月）（12）。</translation>
    </message>
    <message>
        <source>CLV: monthly discount rate (0.01).</source>
        <translation>CLV：月折現率（0.01）。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>CLV: purchase model, bgnbd or paretonbd (bgnbd).</source>
        <translation>CLV：購買模型，bgnbd 或 paretonbd（bgnbd）。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>CLV: print the fitted model parameters as one JSON object instead.</source>
        <translation>CLV：改為以一個 JSON 物件輸出擬合的模型參數。</translation>
    </message>
    <message>
        <source>--period must be month, week or quarter</source>
        <translation>--period 必須是 month、week 或 quarter</translation>
    </message>
    <message>
        <source>Acquisition cohorts by period: size, active customers, retention, revenue</source>
        <translation>按期間劃分的獲客同期群：規模、活躍客戶、留存、收入</translation>
    </message>
    <message>
        <source>Cohorts: month (default), week (from Monday) or quarter.</source>
        <translation>同期群：month（預設）、week（從週一開始）或 quarter。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Cohorts: add cumulative revenue per customer.</source>
        <translation>同期群：附加每位客戶的累計收入。</translation>
    </message>
    <message>
        <source>Churn funnel: acquired, repeat, not churned, active</source>
        <translation>流失漏斗：已獲客、復購、未流失、活躍</translation>
    </message>
    <message>
        <source>Funnel: print the lifecycle transition matrix (rows: stage at D - N days, columns: stage at D) instead of the steps.</source>
        <translation>漏斗：改為輸出生命週期遷移矩陣（列：D − N 天時的階段，欄：D 時的階段），而不是漏斗各步驟。</translation>
    </message>
    <message>
        <source>Funnel: N of the transition matrix (90).</source>
        <translation>漏斗：遷移矩陣的 N（90）。</translation>
    </message>
    <message>
        <source>--summary and --dormant-only exclude each other</source>
        <translation>--summary 與 --dormant-only 不能同時使用</translation>
    </message>
    <message>
        <source>Lifecycle stage per customer (prospect, new, active, dormant, churned)</source>
        <translation>每位客戶的生命週期階段（潛在、新客、活躍、沉睡、流失）</translation>
    </message>
    <message>
        <source>Lifecycle: customers per stage.</source>
        <translation>生命週期：各階段的客戶數。</translation>
    </message>
    <message>
        <source>Lifecycle: the dormant customers, ranked by their spend in the 12 months before they went quiet.</source>
        <translation>生命週期：沉睡客戶，按其沉睡前 12 個月的消費額排序。</translation>
    </message>
    <message>
        <source>--%1 must be four ascending numbers separated by commas</source>
        <translation>--%1 必須是以逗號分隔的四個遞增數字</translation>
    </message>
    <message>
        <source>Recency, frequency, monetary scores and segment per customer</source>
        <translation>每位客戶的最近消費、消費頻次、消費金額評分及所屬客群</translation>
    </message>
    <message>
        <source>RFM: quintile (default), rfm-package (R package rfm), pandas (the common pandas recipe) or fixed.</source>
        <translation>RFM：quintile（預設）、rfm-package（R 語言 rfm 包）、pandas（常見的 pandas 做法）或 fixed。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>RFM fixed scoring: four ascending day counts, e.g. 30,60,90,180.</source>
        <translation>RFM 固定評分：四個遞增的天數，例如 30,60,90,180。</translation>
    </message>
    <message>
        <source>D1,D2,D3,D4</source>
        <translation>D1,D2,D3,D4</translation>
    </message>
    <message>
        <source>RFM fixed scoring: four ascending order counts, e.g. 2,3,5,10.</source>
        <translation>RFM 固定評分：四個遞增的訂單數，例如 2,3,5,10。</translation>
    </message>
    <message>
        <source>N1,N2,N3,N4</source>
        <translation>N1,N2,N3,N4</translation>
    </message>
    <message>
        <source>RFM fixed scoring: four ascending amounts in currency units.</source>
        <translation>RFM 固定評分：四個遞增的金額（貨幣單位）。</translation>
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
        <translation>每組輸出一列而不是每位客戶一列（rfm：客群；lifecycle：各階段客戶數）。</translation>
    </message>
    <message>
        <source>Membership tiers (Regular, Silver, Gold, Diamond) and their migration</source>
        <translation>會員等級（普通、銀卡、金卡、鑽石）及其遷移</translation>
    </message>
    <message>
        <source>Tiers: by net spend in the window before D (spend, default) or by today&apos;s points balance (points).</source>
        <translation>等級：按 D 之前視窗內的淨消費額（spend，預設）或按當前積點餘額（points）。</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>Tiers: minimum for Silver,Gold,Diamond (default 1000,5000,20000).</source>
        <translation>等級：銀卡、金卡、鑽石的門檻（預設 1000,5000,20000）。</translation>
    </message>
    <message>
        <source>S,G,D</source>
        <translation>S,G,D</translation>
    </message>
    <message>
        <source>Tiers: months of spend before D that count (default 12).</source>
        <translation>等級：計入 D 之前多少個月的消費（預設 12）。</translation>
    </message>
    <message>
        <source>Tiers: print the migration matrix from the tiers at this date to D.</source>
        <translation>等級：輸出從該日期的等級到 D 時等級的遷移矩陣。</translation>
    </message>
    <message>
        <source>Tiers: one row per customer.</source>
        <translation>等級：每位客戶一列。</translation>
    </message>
    <message>
        <source>name one analysis: %1</source>
        <translation>請指定一項分析：%1</translation>
    </message>
    <message>
        <source>unknown analysis &apos;%1&apos;; choose one of %2</source>
        <translation>未知的分析「%1」；請從 %2 中選擇</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 不適用於 %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>必須提供 --db FILE</translation>
    </message>
    <message>
        <source>--format must be csv, json or table</source>
        <translation>--format 必須是 csv、json 或 table</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD</source>
        <translation>--as-of 必須是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Run an analysis on a workspace and print or save its table</source>
        <translation>對工作區執行一項分析，並輸出或儲存結果表</translation>
    </message>
    <message>
        <source>The analysis, one of:%1</source>
        <translation>分析名稱，可選：%1</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>工作區檔案。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>As-of date D (default: the day after the last order).</source>
        <translation>截止日期 D（預設：最後一筆訂單的次日）。</translation>
    </message>
    <message>
        <source>Output format: csv, json or table (default csv).</source>
        <translation>輸出格式：csv、json 或 table（預設 csv）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>寫入 FILE 而不是標準輸出。</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]

CRM Workbench on the command line: analyse customer, order and campaign data kept in a workspace file (.crmdb).

Commands:
</source>
        <translation>用法：%1 &lt;命令&gt; [選項]

客戶分析工作台命令列：分析儲存在工作區檔案（.crmdb）中的客戶、訂單和行銷活動資料。

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
通用選項：
  -h, --help     顯示本說明；寫在命令之後則顯示該命令的說明
  -v, --version  顯示版本

執行「%1 help &lt;命令&gt;」或「%1 &lt;命令&gt; --help」檢視命令的選項。
結束狀態：0 成功，1 用法錯誤，2 輸入有誤（未寫入任何內容），3 內部錯誤。
</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>用法：%1 [選項]</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>執行「%1 --help」檢視用法。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令「%1」</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多餘的參數「%1」</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 5000000</source>
        <translation>--customers 必須是 1 到 5000000 之間的整數</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed 必須是非負整數</translation>
    </message>
    <message>
        <source>Created demo workspace %1: %2 customers, %3 orders, %4 returns, %5 campaigns, %6 contacts.</source>
        <translation>已建立演示工作區 %1：%2 位客戶、%3 筆訂單、%4 筆退貨、%5 個行銷活動、%6 次觸達。</translation>
    </message>
    <message>
        <source>Create a workspace filled with realistic demo customers, orders and campaigns</source>
        <translation>建立一個包含逼真演示客戶、訂單和行銷活動的工作區</translation>
    </message>
    <message>
        <source>Workspace file to create (must be new or empty).</source>
        <translation>要建立的工作區檔案（必須是新檔案或空檔案）。</translation>
    </message>
    <message>
        <source>Number of customers (default 5000).</source>
        <translation>客戶數量（預設 5000）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>隨機種子；相同的種子生成相同的資料。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>name a list: segment NAME, dormant or campaign ID</source>
        <translation>請指定名單：segment 名稱、dormant 或 campaign 編號</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE.csv|FILE.xlsx are required</source>
        <translation>必須提供 --db FILE 和 --out FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>--out must name a .csv or .xlsx file</source>
        <translation>--out 必須是 .csv 或 .xlsx 檔案</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n customer(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 位客戶寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a customer list (RFM segment, dormant customers, campaign targets) to CSV or XLSX</source>
        <translation>將客戶名單（RFM 客群、沉睡客戶、行銷活動目標）匯出為 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>segment NAME (an RFM segment such as Champions), dormant, or campaign ID (the campaign&apos;s treatment group).</source>
        <translation>segment 名稱（RFM 客群，例如 Champions）、dormant，或 campaign 編號（該活動的實驗組）。</translation>
    </message>
    <message>
        <source>File to write: .csv (UTF-8 with BOM) or .xlsx.</source>
        <translation>要寫入的檔案：.csv（帶 BOM 的 UTF-8）或 .xlsx。</translation>
    </message>
    <message>
        <source>Write full phone numbers and e-mail addresses (masked by default).</source>
        <translation>寫出完整的手機號碼和電子郵箱（預設遮蔽）。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3 as %4 (import %5): %6 orders, %7 order lines; %8 rows rejected.</source>
        <translation>已從 %3 匯入 %2 列中的 %1 列，類型為 %4（匯入批次 %5）：%6 筆訂單，%7 條訂單明細；%8 列被拒絕。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>rejected: row %1, %2: %3</source>
        <translation>已拒絕：第 %1 列，%2：%3</translation>
    </message>
    <message>
        <source>give exactly one FILE to import</source>
        <translation>請只指定一個要匯入的檔案</translation>
    </message>
    <message>
        <source>--kind must be orders, customers, campaigns or contacts</source>
        <translation>--kind 必須是 orders、customers、campaigns 或 contacts</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &apos;%1&apos;</source>
        <translation>--map 的格式是 FIELD=COLUMN，而不是「%1」</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>Import an orders, customers, campaigns or contacts file (xlsx, xls, CSV) into a workspace</source>
        <translation>將訂單、客戶、行銷活動或觸達檔案（xlsx、xls、CSV）匯入工作區</translation>
    </message>
    <message>
        <source>Workspace file (created when missing).</source>
        <translation>工作區檔案（不存在時自動建立）。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>What the file holds; detected from the columns when omitted.</source>
        <translation>檔案內容的類型；省略時根據欄自動識別。</translation>
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
        <translation>日期格式（Qt 寫法，例如 dd.MM.yyyy）或 auto。</translation>
    </message>
    <message>
        <source>auto|FMT</source>
        <translation>auto|FMT</translation>
    </message>
    <message>
        <source>Print a JSON summary.</source>
        <translation>輸出 JSON 格式的摘要。</translation>
    </message>
    <message>
        <source>--delimiter must be one character, \t or auto</source>
        <translation>--delimiter 必須是單個字元、\t 或 auto</translation>
    </message>
    <message>
        <source>--decimal must be &apos;.&apos;, &apos;,&apos; or auto</source>
        <translation>--decimal 必須是 &apos;.&apos;、&apos;,&apos; 或 auto</translation>
    </message>
    <message>
        <source>Sheet to read: name or 1-based number (spreadsheets).</source>
        <translation>要讀取的工作表：名稱或從 1 開始的序號（試算表）。</translation>
    </message>
    <message>
        <source>NAME|N</source>
        <translation>NAME|N</translation>
    </message>
    <message>
        <source>Text encoding: auto (default) or a name such as UTF-8, GB18030, Big5, Shift_JIS, UTF-16LE, windows-1252.</source>
        <translation>文字編碼：auto（預設）或編碼名稱，例如 UTF-8、GB18030、Big5、Shift_JIS、UTF-16LE、windows-1252。</translation>
    </message>
    <message>
        <source>auto|NAME</source>
        <translation>auto|NAME</translation>
    </message>
    <message>
        <source>Field delimiter of text files: auto (default), a character, or \t.</source>
        <translation>文字檔案的欄位分隔符：auto（預設）、單個字元或 \t。</translation>
    </message>
    <message>
        <source>auto|C</source>
        <translation>auto|C</translation>
    </message>
    <message>
        <source>Decimal separator of numbers: auto (default), &apos;.&apos; or &apos;,&apos;.</source>
        <translation>數字的小數點：auto（預設）、&apos;.&apos; 或 &apos;,&apos;。</translation>
    </message>
    <message>
        <source>auto|.|,</source>
        <translation>auto|.|,</translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation>檔案：    %1</translation>
    </message>
    <message>
        <source>Type:      %1</source>
        <translation>類型：    %1</translation>
    </message>
    <message>
        <source>Encoding:  %1</source>
        <translation>編碼：    %1</translation>
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
        <translation>（隱藏）</translation>
    </message>
    <message>
        <source> (chart)</source>
        <translation>（圖表）</translation>
    </message>
    <message>
        <source> [read]</source>
        <translation> [讀取]</translation>
    </message>
    <message>
        <source>Header row: %1</source>
        <translation>標題列：  %1</translation>
    </message>
    <message>
        <source>Kind:      %1</source>
        <translation>內容：    %1</translation>
    </message>
    <message>
        <source>(not recognised)</source>
        <translation>（未識別）</translation>
    </message>
    <message>
        <source>Rows:      %1</source>
        <translation>列數：    %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>欄：</translation>
    </message>
    <message>
        <source>Warning:   %1</source>
        <translation>警告：    %1</translation>
    </message>
    <message>
        <source>Rows as read:</source>
        <translation>讀取到的列：</translation>
    </message>
    <message>
        <source>give exactly one FILE to inspect</source>
        <translation>請只指定一個要檢視的檔案</translation>
    </message>
    <message>
        <source>--rows takes a number or &apos;all&apos;</source>
        <translation>--rows 的值應為數字或 all</translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation>--format 必須是 table、json 或 csv</translation>
    </message>
    <message>
        <source>Show how a file would be read (type, encoding, columns, rows) without importing it</source>
        <translation>顯示檔案將如何被讀取（類型、編碼、欄、列），但不匯入</translation>
    </message>
    <message>
        <source>Rows to show (default 20) or all.</source>
        <translation>要顯示的列數（預設 20）或 all。</translation>
    </message>
    <message>
        <source>N|all</source>
        <translation>N|all</translation>
    </message>
    <message>
        <source>Output: table (default), json or csv (rows only).</source>
        <translation>輸出：table（預設）、json 或 csv（僅資料列）。</translation>
    </message>
    <message>
        <source>table|json|csv</source>
        <translation>table|json|csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: expected customer_id,p_alive with 0 &lt;= p_alive &lt;= 1</source>
        <translation>%1，第 %2 列：應為 customer_id,p_alive，且 0 &lt;= p_alive &lt;= 1</translation>
    </message>
    <message>
        <source>Lifecycle: new = first purchase within N days before D (90).</source>
        <translation>生命週期：新客 = 首次購買在 D 之前 N 天內（90）。</translation>
    </message>
    <message>
        <source>Lifecycle: purchase days needed for a personal cycle; fewer use the population median (3).</source>
        <translation>生命週期：計算個人購買週期所需的購買天數；不足時使用整體中位數（3）。</translation>
    </message>
    <message>
        <source>Lifecycle: cycle when nobody has enough purchase days (90).</source>
        <translation>生命週期：所有客戶購買天數都不足時使用的週期（90）。</translation>
    </message>
    <message>
        <source>Lifecycle: dormant when recency &gt; max(DAYS, F x cycle) (60).</source>
        <translation>生命週期：當距上次購買天數 &gt; max(DAYS, F × 週期) 時為沉睡（60）。</translation>
    </message>
    <message>
        <source>Lifecycle: the factor F of the dormant rule (2).</source>
        <translation>生命週期：沉睡規則中的係數 F（2）。</translation>
    </message>
    <message>
        <source>Lifecycle: churned when recency &gt; max(DAYS, F x cycle) (365).</source>
        <translation>生命週期：當距上次購買天數 &gt; max(DAYS, F × 週期) 時為流失（365）。</translation>
    </message>
    <message>
        <source>Lifecycle: the factor F of the churned rule (4).</source>
        <translation>生命週期：流失規則中的係數 F（4）。</translation>
    </message>
    <message>
        <source>Lifecycle: classify by P(alive) from a CSV file customer_id,p_alive instead of the cycle rule.</source>
        <translation>生命週期：改用 CSV 檔案（customer_id,p_alive）中的存活機率分類，而不是週期規則。</translation>
    </message>
    <message>
        <source>Lifecycle: with --p-alive, dormant below P (0.5).</source>
        <translation>生命週期：使用 --p-alive 時，低於 P 為沉睡（0.5）。</translation>
    </message>
    <message>
        <source>Lifecycle: with --p-alive, churned below P (0.1).</source>
        <translation>生命週期：使用 --p-alive 時，低於 P 為流失（0.1）。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 必須是 %2 到 %3 之間的整數</translation>
    </message>
    <message>
        <source>--%1 must be a number of at least %2</source>
        <translation>--%1 必須是不小於 %2 的數字</translation>
    </message>
    <message>
        <source>--out must name a .pdf file</source>
        <translation>--out 必須是 .pdf 檔案</translation>
    </message>
    <message>
        <source>--lang must be one of %1</source>
        <translation>--lang 必須是以下之一：%1</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter</source>
        <translation>--page-size 必須是 a4 或 letter</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 ms).</source>
        <translation>已寫入 %1（%2 毫秒）。</translation>
    </message>
    <message>
        <source>Write the campaign review of a workspace as a PDF</source>
        <translation>將工作區的行銷活動成效檢討報告輸出為 PDF</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>要寫入的 PDF 檔案。</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Report language: en, zh_CN or zh_TW (default: system).</source>
        <translation>報告語言：en、zh_CN 或 zh_TW（預設：跟隨系統）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>a4 or letter (default: Letter in the US and Canada, A4 elsewhere).</source>
        <translation>a4 或 letter（預設：美國和加拿大用 Letter，其他地區用 A4）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>--scoring fixed needs --recency-thresholds, --frequency-thresholds and --monetary-thresholds</source>
        <translation>--scoring fixed 需要同時提供 --recency-thresholds、--frequency-thresholds 和 --monetary-thresholds</translation>
    </message>
    <message>
        <source>--scoring must be quintile, rfm-package, pandas or fixed</source>
        <translation>--scoring 必須是 quintile、rfm-package、pandas 或 fixed</translation>
    </message>
    <message>
        <source>--%1 applies to --scoring fixed only</source>
        <translation>--%1 只適用於 --scoring fixed</translation>
    </message>
    <message>
        <source>Cannot read segment rules %1: %2</source>
        <translation>無法讀取客群規則 %1：%2</translation>
    </message>
    <message>
        <source>--tier-rule must be spend or points</source>
        <translation>--tier-rule 必須是 spend 或 points</translation>
    </message>
    <message>
        <source>--tier-thresholds must be three ascending numbers (Silver,Gold,Diamond)</source>
        <translation>--tier-thresholds 必須是三個遞增的數字（銀卡,金卡,鑽石）</translation>
    </message>
    <message>
        <source>--tier-window-months must be a whole number from 1 to 1200</source>
        <translation>--tier-window-months 必須是 1 到 1200 之間的整數</translation>
    </message>
    <message>
        <source>--compare-to must be a date written YYYY-MM-DD</source>
        <translation>--compare-to 必須是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Use COLUMN (header text or 1-based number) for FIELD; repeatable. Remembered in the workspace for files with the same columns.</source>
        <translation>將 COLUMN（表頭文字或從 1 開始的欄號）用作 FIELD；可重複指定。工作區會為欄相同的檔案記住這一對應關係。</translation>
    </message>
    <message>
        <source>rfm, tiers, lifecycle, cohorts and funnel from one scan, with timings</source>
        <translation>一次掃描得出 RFM、會員等級、生命週期、同期群和流失漏斗，並顯示耗時</translation>
    </message>
    <message>
        <source>Refresh: connections scanning at once and analyses running at once (default: one per core).</source>
        <translation>重新整理：同時掃描的連線數和同時執行的分析數（預設：每個核心一個）。</translation>
    </message>
    <message>
        <source>--points-from must be a date written YYYY-MM-DD</source>
        <translation>--points-from 必須是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>The workspace records no points: no order before %1 has points earned or redeemed, and no customer has a points balance.</source>
        <translation>工作區沒有記錄積點：%1 之前沒有任何訂單獲得或兌換積點，也沒有客戶有積點餘額。</translation>
    </message>
    <message>
        <source>Loyalty points: earned, redeemed, outstanding and redemption rate by tier</source>
        <translation>會員積點：依會員等級統計獲得、兌換、未兌換餘額和兌換率</translation>
    </message>
    <message>
        <source>Points: count earned and redeemed points from this day on (the outstanding balance always counts every order before D).</source>
        <translation>積點：從該日起統計獲得和兌換的積點（未兌換餘額一律計入 D 之前的全部訂單）。</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE.pdf (or --figures DIR) are required</source>
        <translation>必須提供 --db FILE 和 --out FILE.pdf（或 --figures DIR）</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <source>Also write every chart of the review as an SVG file into DIR (for slides).</source>
        <translation>同時將報告中的每張圖表以 SVG 檔案寫入 DIR（用於簡報）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>RFM: default (R x F grid), rfm-package, or a CSV FILE of segment,r_low,r_high,f_low,f_high[,m_low,m_high]; first match wins. Without it: the rules stored in the workspace.</source>
        <translation>RFM：default（R x F 網格）、rfm-package，或 CSV 檔案 segment,r_low,r_high,f_low,f_high[,m_low,m_high]；按第一條符合的規則歸類。不指定時：使用工作區中儲存的規則。</translation>
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
        <translation>分為 %1 組至少需要 %2 位有購買記錄的客戶；實際為 %3 位。</translation>
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
        <translation>BG/NBD 模型至少需要兩位客戶和至少一次復購；實際為 %1 位客戶，其中 %2 位有復購。</translation>
    </message>
    <message>
        <source>The BG/NBD likelihood could not be evaluated for this data.</source>
        <translation>無法基於這些資料計算 BG/NBD 概似函數。</translation>
    </message>
    <message>
        <source>The lifetime value model needs at least %1 customers with an order; the data has %2.</source>
        <translation>終身價值模型至少需要 %1 位有訂單的客戶；資料中只有 %2 位。</translation>
    </message>
    <message>
        <source>The lifetime value model needs at least %1 days of order history before %2; the data has %3.</source>
        <translation>終身價值模型需要 %2 之前至少 %1 天的訂單歷史；資料只有 %3 天。</translation>
    </message>
    <message>
        <source>The lifetime value model needs orders within the %1 days before %2; the last order is %3 days older.</source>
        <translation>終身價值模型需要 %2 之前 %1 天內的訂單；最後一筆訂單比這還早 %3 天。</translation>
    </message>
    <message>
        <source>The lifetime value model needs at least %1 customers who bought on three or more days; the data has %2.</source>
        <translation>終身價值模型至少需要 %1 位在三天或更多天有購買的客戶；資料中只有 %2 位。</translation>
    </message>
    <message>
        <source>The horizon must be at least one month and the monthly discount rate between 0 and 1.</source>
        <translation>預測期至少為一個月，月折現率必須在 0 到 1 之間。</translation>
    </message>
    <message>
        <source>A calibration end date is needed.</source>
        <translation>需要指定校準截止日期。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>The spend model has no finite mean for this data (q = %1 &lt;= 1); order values are too dispersed for a lifetime value.</source>
        <translation>對這些資料，消費模型沒有有限均值（q = %1 &lt;= 1）；訂單金額過於分散，無法計算終身價值。</translation>
    </message>
    <message>
        <source>Frequency and spend must have one value per customer.</source>
        <translation>每位客戶必須各有一個頻次值和消費值。</translation>
    </message>
    <message>
        <source>The spend model needs at least two customers with a repeat purchase; found %1.</source>
        <translation>消費模型至少需要兩位有復購的客戶；實際為 %1 位。</translation>
    </message>
    <message>
        <source>The spend model&apos;s likelihood could not be evaluated.</source>
        <translation>無法計算消費模型的概似函數。</translation>
    </message>
    <message>
        <source>The Pareto/NBD model needs at least two customers and at least one repeat purchase; found %1 customers, %2 with a repeat purchase.</source>
        <translation>Pareto/NBD 模型至少需要兩位客戶和至少一次復購；實際為 %1 位客戶，其中 %2 位有復購。</translation>
    </message>
    <message>
        <source>The Pareto/NBD likelihood could not be evaluated for this data.</source>
        <translation>無法基於這些資料計算 Pareto/NBD 概似函數。</translation>
    </message>
    <message>
        <source>Frequency, recency and age must have one value per customer.</source>
        <translation>每位客戶必須各有一個頻次、最近購買時間和客齡值。</translation>
    </message>
    <message>
        <source>Customer %1 has an impossible purchase summary (frequency %2, recency %3, age %4).</source>
        <translation>客戶 %1 的購買匯總不合理（頻次 %2，最近購買 %3，客齡 %4）。</translation>
    </message>
</context>
<context>
    <name>Crm::Demo</name>
    <message>
        <source>The workspace already holds data; demo data goes into a new, empty workspace.</source>
        <translation>工作區中已有資料；演示資料只能寫入新的空工作區。</translation>
    </message>
    <message>
        <source>Creating the demo workspace was cancelled.</source>
        <translation>已取消建立演示工作區。</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and 5,000,000.</source>
        <translation>演示客戶數量必須在 1 到 5,000,000 之間。</translation>
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
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>欄 %1</translation>
    </message>
</context>
<context>
    <name>Crm::Import</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields where the file mostly has %3.</source>
        <translation>第 %1 列有 %2 個欄位，而檔案中大多數列有 %3 個。</translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>讀取已停止：%1</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>已取消讀取。</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field.</source>
        <translation>檔案在引號欄位內部結束。</translation>
    </message>
    <message>
        <source>%1 rows in all have an unusual number of fields.</source>
        <translation>共有 %1 列的欄位數量異常。</translation>
    </message>
    <message>
        <source>%1 characters could not be decoded as %2.</source>
        <translation>有 %1 個字元無法按 %2 解碼。</translation>
    </message>
    <message>
        <source>Unknown or unsupported encoding &quot;%1&quot; (try UTF-8, UTF-16LE, GB18030, Big5, Shift_JIS or windows-1252).</source>
        <translation>未知或不支援的編碼「%1」（可嘗試 UTF-8、UTF-16LE、GB18030、Big5、Shift_JIS 或 windows-1252）。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>This is not a text table (it looks like binary data). Save it as CSV or .xlsx and import again.</source>
        <translation>這不是文字表格（看起來是二進位制資料）。請另存為 CSV 或 .xlsx 後再匯入。</translation>
    </message>
    <message>
        <source>The encoding %1 is a guess; if the text looks wrong, choose the encoding.</source>
        <translation>編碼 %1 是推測結果；如果文字顯示不正確，請手動選擇編碼。</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>web page with a table (HTML, %1)</source>
        <translation>含表格的網頁（HTML，%1）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>this is a web page (HTML) without a table; open it in Excel, save it as .xlsx and import again</source>
        <translation>這是一個不含表格的網頁（HTML）；請在 Excel 中開啟，另存為 .xlsx 後再匯入</translation>
    </message>
    <message>
        <source>this web page (HTML) is larger than 64 MB; open it in Excel, save it as .xlsx and import again</source>
        <translation>這個網頁（HTML）超過 64 MB；請在 Excel 中開啟，另存為 .xlsx 後再匯入</translation>
    </message>
    <message>
        <source>customer %1 is already in the workspace or twice in the file</source>
        <translation>客戶 %1 已在工作區中，或在檔案中出現了兩次</translation>
    </message>
    <message>
        <source>campaign %1 is already in the workspace or twice in the file</source>
        <translation>行銷活動 %1 已在工作區中，或在檔案中出現了兩次</translation>
    </message>
    <message>
        <source>customer %1 is listed twice for this campaign</source>
        <translation>客戶 %1 在該行銷活動中出現了兩次</translation>
    </message>
    <message>
        <source>order %1 is already in the workspace or twice in the file</source>
        <translation>訂單 %1 已在工作區中，或在檔案中出現了兩次</translation>
    </message>
    <message>
        <source>quantity is empty.</source>
        <translation>數量為空。</translation>
    </message>
    <message>
        <source>unit price is empty.</source>
        <translation>單價為空。</translation>
    </message>
    <message>
        <source>order %1 belongs to customer %2 (row %3), not %4.</source>
        <translation>訂單 %1 屬於客戶 %2（第 %3 列），而不是 %4。</translation>
    </message>
    <message>
        <source>order %1 is already in the workspace (%2 lines).</source>
        <translation>訂單 %1 已在工作區中（%2 條明細）。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source> First problem: row %1, %2 %3</source>
        <translation> 第一個問題：第 %1 列，%2 %3</translation>
    </message>
    <message>
        <source>No row could be imported.</source>
        <translation>沒有任何列可以匯入。</translation>
    </message>
    <message>
        <source>%1 of %2 rows could not be read, so nothing was imported. First problem: row %3, %4 %5</source>
        <translation>%2 列中有 %1 列無法讀取，因此未匯入任何資料。第一個問題：第 %3 列，%4 %5</translation>
    </message>
    <message>
        <source>This file was already imported (import %1, %2); nothing was imported again. Undo that import first to load the file anew.</source>
        <translation>該檔案已匯入過（匯入批次 %1，%2）；本次未重複匯入。如需重新載入，請先撤銷那次匯入。</translation>
    </message>
    <message>
        <source>There is no import %1 in this workspace.</source>
        <translation>此工作區中沒有匯入批次 %1。</translation>
    </message>
    <message>
        <source>Could not tell whether the file holds orders, customers, campaigns or contacts from its columns (%1). Use --kind and --map FIELD=COLUMN.</source>
        <translation>無法根據欄（%1）判斷檔案內容是訂單、客戶、行銷活動還是觸達記錄。請使用 --kind 和 --map FIELD=COLUMN。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation>「%1」不是 %2 的欄位。</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the file.</source>
        <translation>檔案中沒有「%1」欄。</translation>
    </message>
    <message>
        <source>No column found for %1 (%2 file; columns: %3). Use --map FIELD=COLUMN.</source>
        <translation>找不到對應 %1 的欄（%2 檔案；欄：%3）。請使用 --map FIELD=COLUMN。</translation>
    </message>
    <message>
        <source>Column %1: no date decides between day/month and month/day order; read as %2.</source>
        <translation>欄 %1：沒有日期能區分「日/月」與「月/日」順序；按 %2 讀取。</translation>
    </message>
    <message>
        <source>Column %1 mixes D/M/Y and M/D/Y dates; read as the majority, %2.</source>
        <translation>欄 %1 混用了 日/月/年 與 月/日/年 格式；按多數格式 %2 讀取。</translation>
    </message>
    <message>
        <source>Order numbers starting with &quot;C&quot; are read as cancellations.</source>
        <translation>以「C」開頭的訂單號按取消訂單處理。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 為空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>「%1」不是日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>「%1」不是金額。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>「%1」不是數字。</translation>
    </message>
    <message>
        <source>there is no sheet &quot;%1&quot;; the workbook has: %2</source>
        <translation>沒有名為「%1」的工作表；工作簿中有：%2</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>工作簿中沒有工作表</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案為空</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet; save it as .xlsx in LibreOffice and import again</source>
        <translation>這是 OpenDocument 試算表；請在 LibreOffice 中另存為 .xlsx 後再匯入</translation>
    </message>
    <message>
        <source>this workbook is password-protected; remove the password in Excel and import again</source>
        <translation>該工作簿受密碼保護；請在 Excel 中取消密碼後再匯入</translation>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb); save it as .xlsx in Excel and import again</source>
        <translation>這是 Excel 二進位制工作簿（.xlsb）；請在 Excel 中另存為 .xlsx 後再匯入</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip container cannot be opened; open it in Excel, save it again and import the new file</source>
        <translation>工作簿已損壞：無法開啟其 zip 容器；請在 Excel 中開啟並重新儲存，然後匯入新檔案</translation>
    </message>
    <message>
        <source>this is a zip archive but not an Excel workbook; import the .xlsx, .xls or .csv file itself</source>
        <translation>這是一個 zip 壓縮包而不是 Excel 工作簿；請直接匯入其中的 .xlsx、.xls 或 .csv 檔案</translation>
    </message>
    <message>
        <source>this is an Office document but not an Excel workbook (no workbook stream inside)</source>
        <translation>這是 Office 檔案但不是 Excel 工作簿（其中沒有工作簿資料流）</translation>
    </message>
    <message>
        <source>this is an Excel 2003 XML spreadsheet; open it in Excel, save it as .xlsx and import again</source>
        <translation>這是 Excel 2003 XML 試算表；請在 Excel 中開啟，另存為 .xlsx 後再匯入</translation>
    </message>
    <message>
        <source>open it in Excel or LibreOffice, save it as .xlsx and import that file</source>
        <translation>請在 Excel 或 LibreOffice 中開啟，另存為 .xlsx 後匯入該檔案</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook (BIFF%1)</source>
        <translation>Excel 97-2003 工作簿（BIFF%1）</translation>
    </message>
    <message>
        <source>this is a chart sheet; it holds no cells</source>
        <translation>這是圖表工作表，不含儲存格</translation>
    </message>
    <message>
        <source>this .xls sheet cannot be read; %1</source>
        <translation>無法讀取該 .xls 工作表；%1</translation>
    </message>
    <message>
        <source>this .xls file is damaged; %1</source>
        <translation>該 .xls 檔案已損壞；%1</translation>
    </message>
    <message>
        <source>this .xls file is larger than 128 MB, more than the legacy format is read for; %1</source>
        <translation>該 .xls 檔案超過 128 MB，超出舊格式的讀取上限；%1</translation>
    </message>
    <message>
        <source>this is an Excel 5.0/95 workbook, an old .xls variant this program does not read; %1</source>
        <translation>這是 Excel 5.0/95 工作簿，本程式不支援這種舊版 .xls 格式；%1</translation>
    </message>
    <message>
        <source>this .xls file cannot be read (FreeXL status %1): it is an older or unusual .xls variant this program does not read, password-protected, or damaged; %2</source>
        <translation>無法讀取該 .xls 檔案（FreeXL 狀態 %1）：它可能是本程式不支援的舊版或特殊 .xls 格式、受密碼保護或已損壞；%2</translation>
    </message>
    <message>
        <source>Sheet%1</source>
        <translation>Sheet%1</translation>
    </message>
    <message>
        <source>the workbook is damaged: it has no workbook part (xl/workbook.xml)</source>
        <translation>工作簿已損壞：缺少工作簿部件（xl/workbook.xml）</translation>
    </message>
    <message>
        <source>refused: the shared strings table holds more text than the safety limit (256 million characters)</source>
        <translation>已拒絕：共享字串表中的文字超過安全上限（2.56 億個字元）</translation>
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
        <translation>儲存格值中有意外的內容</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cell refers to shared string %1, but the shared strings table holds %2</source>
        <translation>工作簿已損壞：儲存格引用了共享字串 %1，但共享字串表只有 %2 項</translation>
    </message>
    <message numerus="yes">
        <source>%n formula cell(s) have no saved result (first: %1) and read as empty; open the file in Excel and save it to store the results</source>
        <translation>
            <numerusform>%n 個公式儲存格沒有儲存計算結果（第一個：%1），按空值讀取；請在 Excel 中開啟並儲存檔案以儲存計算結果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged cell range(s): each value is read in its top-left cell only, the other cells of the range are empty</source>
        <translation>
            <numerusform>%n 個合併儲存格區域：每個區域的值只讀入左上角儲存格，其餘儲存格為空</numerusform>
        </translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet&apos;s part is missing</source>
        <translation>工作簿已損壞：缺少該工作表的部件</translation>
    </message>
    <message>
        <source>the workbook is damaged: row number %1 is outside Excel&apos;s limits</source>
        <translation>工作簿已損壞：列號 %1 超出 Excel 的範圍</translation>
    </message>
    <message>
        <source>the workbook is damaged: cell %1 is beyond column XFD, Excel&apos;s limit</source>
        <translation>工作簿已損壞：儲存格 %1 超出 Excel 的最大欄 XFD</translation>
    </message>
    <message>
        <source>refused: part %1 inflates to more than the safety limit (1 GiB, or more than 1000 times its compressed size); this looks like a zip bomb</source>
        <translation>已拒絕：部件 %1 解壓後超過安全上限（1 GiB，或超過壓縮大小的 1000 倍）；這看起來是 zip 炸彈</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 fails its checksum (CRC)</source>
        <translation>工作簿已損壞：部件 %1 校驗和（CRC）不符</translation>
    </message>
    <message>
        <source>refused: part %1 contains a DTD or entity declarations, which workbooks never need and which can be used to attack the reader</source>
        <translation>已拒絕：部件 %1 包含 DTD 或實體宣告；工作簿從不需要它們，而它們可能被用來攻擊讀取程式</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 is not well-formed XML (line %2: %3)</source>
        <translation>工作簿已損壞：部件 %1 不是格式正確的 XML（第 %2 列：%3）</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip container cannot be opened (zip error %1); open it in Excel, save it again and import the new file</source>
        <translation>工作簿已損壞：無法開啟其 zip 容器（zip 錯誤 %1）；請在 Excel 中開啟並重新儲存，然後匯入新檔案</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip container is empty</source>
        <translation>工作簿已損壞：zip 容器為空</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 is missing</source>
        <translation>工作簿已損壞：缺少部件 %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 cannot be read (%2)</source>
        <translation>工作簿已損壞：無法讀取部件 %1（%2）</translation>
    </message>
    <message>
        <source>A cell holds more than %L1 characters, more than any spreadsheet program keeps in one cell. The file is damaged or has a quote that is never closed.</source>
        <translation>有一個儲存格超過 %L1 個字元，超出任何試算表程式的儲存格容量。檔案已損壞，或有未閉合的引號。</translation>
    </message>
    <message>
        <source>A row holds more than %L1 characters. The file is damaged or has a quote that is never closed.</source>
        <translation>有一列超過 %L1 個字元。檔案已損壞，或有未閉合的引號。</translation>
    </message>
    <message>
        <source>its directory entry %1 declares a name of %2 bytes, more than the %3 a name can hold</source>
        <translation>其目錄項目 %1 宣告的名稱長度為 %2 位元組，超過名稱最多可容納的 %3 位元組</translation>
    </message>
    <message>
        <source>this .xls file is damaged: %1; %2</source>
        <translation>該 .xls 檔案已損壞：%1；%2</translation>
    </message>
    <message>
        <source>mapping from saved profile for this layout (saved %1)</source>
        <translation>使用為此表格結構儲存的欄對應關係（儲存於 %1）</translation>
    </message>
    <message>
        <source>No header row names the fields; columns were mapped from their values: %1. Check them, or use --map FIELD=COLUMN.</source>
        <translation>沒有表頭列說明欄位；已依欄中的值決定對應關係：%1。請核對，或使用 --map FIELD=COLUMN。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的%1</translation>
    </message>
    <message>
        <source>unique codes</source>
        <translation>不重複的編號</translation>
    </message>
    <message>
        <source>repeated codes</source>
        <translation>有重複的編號</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>No header row names the fields, and the values alone do not tell them apart safely (found: %1). Use --kind and --map FIELD=COLUMN with column numbers from 1.</source>
        <translation>沒有表頭列說明欄位，僅憑值也無法可靠區分各欄（發現：%1）。請使用 --kind 和 --map FIELD=COLUMN，欄號從 1 開始。</translation>
    </message>
    <message>
        <source>nothing recognisable</source>
        <translation>無可辨識內容</translation>
    </message>
    <message>
        <source>an element inside a text run</source>
        <translation>文字段中含有元素</translation>
    </message>
    <message>
        <source>the part ends inside a text</source>
        <translation>部件在文字中間結束</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8 or holds a character XML does not allow</source>
        <translation>文字不是有效的 UTF-8，或含有 XML 不允許的字元</translation>
    </message>
    <message>
        <source>the workbook is damaged: shared string %1 holds more than %L2 characters, more than any spreadsheet program keeps in one cell</source>
        <translation>工作簿已損壞：共享字串 %1 超過 %L2 個字元，超出任何試算表程式的儲存格容量</translation>
    </message>
    <message>
        <source>the workbook is damaged: a cell holds more than %L1 characters, more than any spreadsheet program keeps in one cell</source>
        <translation>工作簿已損壞：有一個儲存格超過 %L1 個字元，超出任何試算表程式的儲存格容量</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cell holds text that is not valid UTF-8 or a character XML does not allow</source>
        <translation>工作簿已損壞：該儲存格中的文字不是有效的 UTF-8，或含有 XML 不允許的字元</translation>
    </message>
    <message>
        <source>the text encoding %1 is not supported</source>
        <translation>不支援文字編碼 %1</translation>
    </message>
    <message>
        <source>invalid character reference &amp;%1;</source>
        <translation>無效的字元參照 &amp;%1;</translation>
    </message>
    <message>
        <source>undefined entity &amp;%1;</source>
        <translation>未定義的實體 &amp;%1;</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外有文字</translation>
    </message>
    <message>
        <source>an &apos;&amp;&apos; that starts no entity</source>
        <translation>「&amp;」後面不是實體</translation>
    </message>
    <message>
        <source>the part ends inside an entity</source>
        <translation>部件在實體中間結束</translation>
    </message>
    <message>
        <source>the part ends inside a comment, CDATA section or processing instruction</source>
        <translation>部件在註解、CDATA 區段或處理指令中間結束</translation>
    </message>
    <message>
        <source>the part ends inside element &lt;%1&gt;</source>
        <translation>部件在元素 &lt;%1&gt; 中間結束</translation>
    </message>
    <message>
        <source>the part holds no XML element</source>
        <translation>部件不包含任何 XML 元素</translation>
    </message>
    <message>
        <source>the part ends inside a tag</source>
        <translation>部件在標籤中間結束</translation>
    </message>
    <message>
        <source>CDATA section outside the root element</source>
        <translation>CDATA 區段位於根元素之外</translation>
    </message>
    <message>
        <source>malformed markup declaration</source>
        <translation>標記宣告格式錯誤</translation>
    </message>
    <message>
        <source>a tag is longer than %L1 bytes</source>
        <translation>標籤超過 %L1 位元組</translation>
    </message>
    <message>
        <source>malformed tag</source>
        <translation>標籤格式錯誤</translation>
    </message>
    <message>
        <source>malformed attribute in tag &lt;%1&gt;</source>
        <translation>標籤 &lt;%1&gt; 中的屬性格式錯誤</translation>
    </message>
    <message>
        <source>attribute %1 has no value</source>
        <translation>屬性 %1 沒有值</translation>
    </message>
    <message>
        <source>the value of attribute %1 is not quoted</source>
        <translation>屬性 %1 的值沒有加引號</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in the value of attribute %1</source>
        <translation>屬性 %1 的值中含有「&lt;」</translation>
    </message>
    <message>
        <source>attribute %1 appears twice in one tag</source>
        <translation>屬性 %1 在同一標籤中出現兩次</translation>
    </message>
    <message>
        <source>content after the end of the root element</source>
        <translation>根元素結束後還有內容</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素巢狀超過 %1 層</translation>
    </message>
    <message>
        <source>end tag &lt;/%1&gt; without a start tag</source>
        <translation>結束標籤 &lt;/%1&gt; 沒有對應的開始標籤</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; is closed by &lt;/%2&gt;</source>
        <translation>元素 &lt;%1&gt; 被 &lt;/%2&gt; 結束</translation>
    </message>
    <message>
        <source>its workbook stream does not begin as an Excel 95 or 97-2003 workbook does</source>
        <translation>其活頁簿串流的開頭不是 Excel 95 或 97-2003 活頁簿應有的格式</translation>
    </message>
    <message>
        <source>its workbook stream holds no records</source>
        <translation>其活頁簿串流中沒有任何記錄</translation>
    </message>
    <message>
        <source>it holds no workbook stream</source>
        <translation>其中沒有活頁簿串流</translation>
    </message>
    <message>
        <source>the directory of its container cannot be read</source>
        <translation>無法讀取其容器的目錄</translation>
    </message>
    <message>
        <source>its workbook stream breaks off after %1 of its %2 bytes</source>
        <translation>其活頁簿串流在 %2 位元組中的第 %1 位元組處中斷</translation>
    </message>
    <message>
        <source>a working copy of it could not be written to %1 (%2)</source>
        <translation>無法將其工作副本寫入 %1（%2）</translation>
    </message>
    <message>
        <source>its %1 record at byte %2 declares more text than the record holds</source>
        <translation>其第 %2 位元組處的 %1 記錄宣告的文字超出了該記錄的容量</translation>
    </message>
    <message>
        <source>it defines more than %1 cell formats (XF records)</source>
        <translation>其定義的儲存格格式（XF 記錄）超過 %1 個</translation>
    </message>
    <message>
        <source>its DIMENSION record at byte %1 is short or repeats one of the same sheet</source>
        <translation>其第 %1 位元組處的 DIMENSION 記錄過短，或與同一工作表的另一筆重複</translation>
    </message>
    <message>
        <source>its cell record at byte %1 is too short to hold its row and column</source>
        <translation>其第 %1 位元組處的儲存格記錄過短，容納不下列號和欄號</translation>
    </message>
    <message>
        <source>its sheets declare more than %1 cells</source>
        <translation>其工作表宣告的儲存格超過 %1 個</translation>
    </message>
    <message>
        <source>its date cells hold serial numbers too large (or too many) for this program&apos;s .xls reader to convert in reasonable time</source>
        <translation>其日期儲存格中的序號過大（或數量過多），本程式的 .xls 讀取器無法在合理時間內完成轉換</translation>
    </message>
    <message>
        <source>a shared string at byte %1 runs on over more than one CONTINUE record, which this program&apos;s .xls reader cannot read safely</source>
        <translation>第 %1 位元組處的一個共用字串跨越了不止一筆 CONTINUE 記錄，本程式的 .xls 讀取器無法安全讀取</translation>
    </message>
    <message>
        <source>its LABEL record at byte %1 declares more text than the record holds</source>
        <translation>其第 %1 位元組處的 LABEL 記錄宣告的文字超出了該記錄的容量</translation>
    </message>
    <message>
        <source>its DIMENSION record at byte %1 is short, too large or repeated</source>
        <translation>其第 %1 位元組處的 DIMENSION 記錄過短、過大或重複</translation>
    </message>
    <message>
        <source>this .xls file cannot be read: %1</source>
        <translation>無法讀取該 .xls 檔案：%1</translation>
    </message>
</context>
<context>
    <name>Crm::Report</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>報告已取消。</translation>
    </message>
    <message>
        <source>Cannot read points: %1</source>
        <translation>無法讀取積點：%1</translation>
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
        <translation>淨銷售額</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>購買客戶數</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客單價</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Active customers (new or active) at the end</source>
        <translation>期末活躍客戶（新客或活躍）</translation>
    </message>
    <message>
        <source>Dormant customers at the end</source>
        <translation>期末沉睡客戶</translation>
    </message>
    <message>
        <source>Net revenue in the last %1 days was %2 (%3 against the previous %1 days), from %4 orders by %5 customers.</source>
        <translation>最近 %1 天的淨銷售額為 %2（較之前 %1 天 %3），來自 %5 位客戶的 %4 筆訂單。</translation>
    </message>
    <message>
        <source>The RFM segment that grew most is %1: %2 customers, %3 more than on %4.</source>
        <translation>增長最多的 RFM 客群是%1：%2 位客戶，比 %4 時多 %3 位。</translation>
    </message>
    <message>
        <source>Campaign %1 paid: ROI %2 on a cost of %3, with a response uplift of %4 over its control group (p %5).</source>
        <translation>行銷活動 %1 取得回報：成本 %3，ROI 為 %2，回應率比對照組提升 %4（p %5）。</translation>
    </message>
    <message>
        <source>No campaign earned back its cost with a significant uplift over a control group.</source>
        <translation>沒有行銷活動在相對對照組顯著提升的情況下收回成本。</translation>
    </message>
    <message>
        <source>Campaigns without a control group: %1. Their revenue is attributed, not proven incremental.</source>
        <translation>沒有對照組的行銷活動：%1。其收入只是歸因收入，未經證明是增量收入。</translation>
    </message>
    <message>
        <source>%1 high-value customers (Gold or Diamond on %2) fell asleep in the last %3 days; in the year before going quiet they spent %4.</source>
        <translation>最近 %3 天有 %1 位高價值客戶（%2 時為金卡或鑽石）進入沉睡；他們在沉睡前一年共消費 %4。</translation>
    </message>
    <message>
        <source>No Gold or Diamond customer fell asleep in the last %1 days.</source>
        <translation>最近 %1 天沒有金卡或鑽石客戶進入沉睡。</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 客群</translation>
    </message>
    <message>
        <source>Customers by RFM segment</source>
        <translation>各 RFM 客群的客戶數</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Avg. order</source>
        <translation>客單價</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Revenue is the net spend of the segment&apos;s customers up to %1; &quot;Before&quot; is the segment&apos;s size on %2.</source>
        <translation>銷售額為該客群客戶截至 %1 的淨消費；「之前」為該客群在 %2 時的規模。</translation>
    </message>
    <message>
        <source>Membership tiers</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Tier distribution</source>
        <translation>等級分佈</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Spend, 12 months</source>
        <translation>近 12 個月消費</translation>
    </message>
    <message>
        <source>Customers by tier</source>
        <translation>各等級的客戶數</translation>
    </message>
    <message>
        <source>Moved up a tier</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>Moved down a tier</source>
        <translation>降級</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未變</translation>
    </message>
    <message>
        <source>Churn funnel and lifecycle</source>
        <translation>流失漏斗與生命週期</translation>
    </message>
    <message>
        <source>Churn funnel at %1</source>
        <translation>%1 的流失漏斗</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>漏斗步驟</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>% of previous</source>
        <translation>占上一步 %</translation>
    </message>
    <message>
        <source>% of first</source>
        <translation>佔第一步 %</translation>
    </message>
    <message>
        <source>Lifecycle stage on %1 (rows) and on %2 (columns)</source>
        <translation>%1（列）與 %2（欄）時的生命週期階段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <source>Share of each monthly cohort buying again, by months since the first purchase</source>
        <translation>各月同期群按首購後月數計的再次購買比例</translation>
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
        <translation>列：首次購買的月份（同期群客戶數）。M0 即首購當月，因此總是 100%。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>行銷活動效果</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>觸達數</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回應率</translation>
    </message>
    <message>
        <source>Control resp.</source>
        <translation>對照組回應率</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <source>Response rate: contacted vs. control group</source>
        <translation>回應率：觸達組與對照組</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>觸達組</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>No control group: attributed only</source>
        <translation>無對照組：僅為歸因</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>不顯著</translation>
    </message>
    <message>
        <source>Window still open</source>
        <translation>歸因期間未結束</translation>
    </message>
    <message>
        <source>A contact responds when the customer orders within %1 days of the contact. Uplift = response rate − control response rate; significance by a two-sided two-proportion z-test at %2. ROI = (incremental revenue × margin − cost) ÷ cost, margin %3.</source>
        <translation>客戶在觸達後 %1 天內下單即視為回應。提升 = 回應率 − 對照組回應率；顯著性採用雙側兩比例 z 檢驗，顯著性水平 %2。ROI =（增量收入 × 利潤率 − 成本）÷ 成本，利潤率 %3。</translation>
    </message>
    <message>
        <source>The workspace holds no campaigns.</source>
        <translation>工作區中沒有行銷活動。</translation>
    </message>
    <message>
        <source>Revenue and reactivation</source>
        <translation>收入與喚醒</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>回應人數</translation>
    </message>
    <message>
        <source>Revenue in window</source>
        <translation>視窗內收入</translation>
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
        <translation>沉睡觸達數</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>喚醒率</translation>
    </message>
    <message>
        <source>Dormant customers to reactivate</source>
        <translation>待喚醒的沉睡客戶</translation>
    </message>
    <message>
        <source>%1 customers are dormant at %2; in the year before going quiet they spent %3 together. These are the %4 who spent the most; names are shortened and phone numbers masked.</source>
        <translation>截至 %2 共有 %1 位沉睡客戶；他們在沉睡前一年合計消費 %3。以下是消費最多的 %4 位；姓名已縮寫，手機號碼已遮蔽。</translation>
    </message>
    <message>
        <source>Top dormant customers by value at risk</source>
        <translation>風險價值最高的沉睡客戶</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近購買</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>沉睡天數</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>風險價值</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>積點負債</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>獲得積點</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兌換積點</translation>
    </message>
    <message>
        <source>%1 members hold %2 points that have not been redeemed yet (the balance today, as the customers table records it).</source>
        <translation>%1 位會員持有 %2 積點尚未兌換（客戶表記錄的當前餘額）。</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法說明</translation>
    </message>
    <message>
        <source>Definitions and parameters</source>
        <translation>定義與參數</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Definition and parameters</source>
        <translation>定義與參數</translation>
    </message>
    <message>
        <source>As-of date D</source>
        <translation>截止日期 D</translation>
    </message>
    <message>
        <source>%1. Only activity before D counts; by default D is the day after the last order.</source>
        <translation>%1。只統計 D 之前的活動；預設 D 為最後一筆訂單的次日。</translation>
    </message>
    <message>
        <source>Review period</source>
        <translation>成效檢討期間</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days), compared with %4 to %5.</source>
        <translation>%1 至 %2（%3 天），對比 %4 至 %5。</translation>
    </message>
    <message>
        <source>Revenue, orders</source>
        <translation>銷售額、訂單</translation>
    </message>
    <message>
        <source>Net revenue = purchases plus returns booked in the period (returns are negative). Orders count purchase orders only; average order value = purchases ÷ orders.</source>
        <translation>淨銷售額 = 期間內的購買金額加上退貨金額（退貨為負數）。訂單數只計購買訂單；客單價 = 購買金額 ÷ 訂單數。</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Recency = days from the last purchase day to D; frequency = purchase orders; monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share a score); segments from the R × F grid (Champions, Loyal, Potential Loyalists, New, Promising, Need Attention, About to Sleep, At Risk, Can&apos;t Lose Them, Hibernating).</source>
        <translation>最近消費 = 從最近一次購買日到 D 的天數；消費頻次 = 購買訂單數；消費金額 = 淨消費總額。按五分位數評 1–5 分（第 7 類分位點，相同數值得分相同）；客群依 R × F 網格劃分（重要價值客戶、忠誠客戶、潛力客戶、新客戶、有望客戶、需關注客戶、即將沉睡、流失風險客戶、不能失去的客戶、休眠客戶）。</translation>
    </message>
    <message>
        <source>Net spend in the %1 months before D: Silver ≥ %2, Gold ≥ %3, Diamond ≥ %4, else Regular. Migration compares with the tiers on %5.</source>
        <translation>D 之前 %1 個月的淨消費：銀卡 ≥ %2，金卡 ≥ %3，鑽石 ≥ %4，否則為普通。遷移與 %5 時的等級比較。</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Prospect = no order; new = first order within %1 days before D; otherwise the cycle is the median gap between purchase days (customers with fewer than %2 purchase days use the median of all others, here %3 days). Dormant when recency &gt; max(%4, %5 × cycle); churned when recency &gt; max(%6, %7 × cycle); else active.</source>
        <translation>潛在客戶 = 沒有訂單；新客 = 首單在 D 之前 %1 天內；其餘客戶的週期為購買日之間間隔的中位數（購買天數少於 %2 天的客戶使用其他客戶的中位數，此處為 %3 天）。距上次購買天數 &gt; max(%4, %5 × 週期) 為沉睡；&gt; max(%6, %7 × 週期) 為流失；否則為活躍。</translation>
    </message>
    <message>
        <source>Churn funnel</source>
        <translation>流失漏斗</translation>
    </message>
    <message>
        <source>Acquired (≥ 1 order) → repeat (≥ %1 orders) → not churned → active (new or active) at D. Transitions compare each customer&apos;s stage %2 days before D with the stage at D.</source>
        <translation>已獲客（≥ 1 筆訂單）→ 復購（≥ %1 筆訂單）→ 未流失 → D 時活躍（新客或活躍）。遷移比較每位客戶在 D 之前 %2 天與 D 時的階段。</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Cohort = calendar month of the first purchase; retention(c, k) = customers of c with an order in month c + k ÷ cohort size. The %1 latest cohorts are shown.</source>
        <translation>同期群 = 首次購買的自然月；留存(c, k) = c 同期群中在第 c + k 月有訂單的客戶數 ÷ 同期群規模。顯示最近 %1 個同期群。</translation>
    </message>
    <message>
        <source>A contact responds when the customer orders within %1 days after the contact (the contact day counts). Incremental revenue = (revenue per contact − revenue per control) × contacts; ROAS = revenue ÷ cost; ROI = (incremental revenue × %2 − cost) ÷ cost; p-value from a pooled two-sided two-proportion z-test, significant below %3. Without a control group revenue is attributed only. Reactivation rate = responders among contacts who were dormant on their contact day.</source>
        <translation>客戶在觸達後 %1 天內下單即視為回應（含觸達當天）。增量收入 =（每位觸達客戶收入 − 每位對照客戶收入）× 觸達數；ROAS = 收入 ÷ 成本；ROI =（增量收入 × %2 − 成本）÷ 成本；p 值來自合併方差的雙側兩比例 z 檢驗，低於 %3 為顯著。沒有對照組時收入僅為歸因收入。喚醒率 = 觸達時處於沉睡的客戶中的回應比例。</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積點</translation>
    </message>
    <message>
        <source>Outstanding points = the sum of positive balances in the customers table; earned and redeemed points are summed over the orders of each period.</source>
        <translation>未兌換積點 = 客戶表中正餘額之和；獲得積點與兌換積點按各期間的訂單彙總。</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隱私</translation>
    </message>
    <message>
        <source>Names are shortened (王** / J. Smith) and phone numbers masked (138****1234) in this report.</source>
        <translation>本報告中姓名已縮寫（王** / J. Smith），手機號碼已遮蔽（138****1234）。</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>未包含：%1</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>重要價值客戶</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠誠客戶</translation>
    </message>
    <message>
        <source>Potential Loyalists</source>
        <translation>潛力客戶</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有望客戶</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>需關注客戶</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>即將沉睡</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>流失風險客戶</translation>
    </message>
    <message>
        <source>Can&apos;t Lose Them</source>
        <translation>不能失去的客戶</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客戶</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>lifecycle stage</comment>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>New</source>
        <comment>lifecycle stage</comment>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>lifecycle stage</comment>
        <translation>活躍</translation>
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
        <translation>已獲客（≥ 1 筆訂單）</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>復購客戶</translation>
    </message>
    <message>
        <source>Not churned</source>
        <translation>未流失</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活躍</translation>
    </message>
    <message>
        <source>The report parameters are out of range.</source>
        <translation>報告參數超出範圍。</translation>
    </message>
    <message>
        <source>Campaign review</source>
        <translation>行銷活動成效檢討</translation>
    </message>
    <message>
        <source>Points liability: the workspace records no points.</source>
        <translation>積點負債：工作區中沒有積點記錄。</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>無法寫入輸出：%1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>匯出已取消，未寫入任何內容。</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
    <message>
        <source>Export to .csv or .xlsx, not %1.</source>
        <translation>請匯出為 .csv 或 .xlsx，而不是 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the customer list: %1</source>
        <translation>無法讀取客戶名單：%1</translation>
    </message>
    <message>
        <source>There is no segment &quot;%1&quot; at %2; segments with customers: %3.</source>
        <translation>%2 時沒有「%1」客群；有客戶的客群：%3。</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;.</source>
        <translation>沒有行銷活動「%1」。</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1 (%2, zip error %3).</source>
        <translation>無法寫入工作簿 %1（%2，zip 錯誤 %3）。</translation>
    </message>
    <message>
        <source>Spend before quiet</source>
        <translation>沉睡前消費</translation>
    </message>
    <message>
        <source>Value at risk = (1 − P(alive)) × CLV over %1 months from the CLV model; spend before quiet = net spend in the %2 days up to the last purchase.</source>
        <translation>風險價值 =（1 − 存活機率）× CLV 模型給出的未來 %1 個月 CLV；沉睡前消費 = 最近一次購買前 %2 天內的淨消費。</translation>
    </message>
    <message>
        <source>The CLV model could not be fitted (%1), so customers are ranked by their net spend in the %2 days up to the last purchase.</source>
        <translation>CLV 模型無法擬合（%1），因此按客戶最近一次購買前 %2 天內的淨消費排序。</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <source>The BG/NBD and Gamma-Gamma models, fitted on %1 customers, expect them to be worth %2 over the next %3 months (discounted); %4 of that is at risk from customers who may have left.</source>
        <translation>基於 %1 位客戶擬合的 BG/NBD 與 Gamma-Gamma 模型預計，他們在未來 %3 個月的價值為 %2（已貼現）；其中 %4 因客戶可能已流失而面臨風險。</translation>
    </message>
    <message>
        <source>Model estimate</source>
        <translation>模型估計</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>已評分客戶</translation>
    </message>
    <message numerus="yes">
        <source>Expected value, next %n months</source>
        <translation>
            <numerusform>未來 %n 個月的預期價值</numerusform>
        </translation>
    </message>
    <message>
        <source>Average per customer</source>
        <translation>每位客戶平均</translation>
    </message>
    <message>
        <source>Expected purchases, next 90 days</source>
        <translation>未來 90 天的預期購買次數</translation>
    </message>
    <message>
        <source>Customers with P(alive) below 50%</source>
        <translation>存活機率低於 50% 的客戶</translation>
    </message>
    <message>
        <source>Dormant at D by the lifecycle rule, ranked by the CLV model&apos;s value at risk (by net spend in the %1 days up to the last purchase when the model cannot be fitted). &quot;High-value&quot; customers in the summary were Gold or Diamond and new or active at the start of the period.</source>
        <translation>按生命週期規則在 D 時處於沉睡，並按 CLV 模型的風險價值排序（模型無法擬合時按最近一次購買前 %1 天內的淨消費排序）。摘要中的「高價值」客戶指期初為金卡或鑽石且為新客或活躍的客戶。</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>BG/NBD for purchase counts and P(alive), Gamma-Gamma for spend, fitted by maximum likelihood on purchase days up to D - 1 (one purchase per customer-day; time unit: day). CLV over %1 months with a monthly discount rate of %2; value at risk = (1 − P(alive)) × CLV. Fitted: %3.</source>
        <translation>購買次數與存活機率使用 BG/NBD，消費金額使用 Gamma-Gamma，以截至 D − 1 的購買日做最大似然擬合（每位客戶每天最多計一次購買；時間單位：天）。CLV 預測期 %1 個月，月折現率 %2；風險價值 =（1 − 存活機率）× CLV。擬合結果：%3。</translation>
    </message>
    <message>
        <source>CLV summary: the model could not be fitted (%1).</source>
        <translation>CLV 摘要：模型無法擬合（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Spend, %n month(s)</source>
        <translation>
            <numerusform>近 %n 個月消費</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: R %2, F %3, M %4</source>
        <translation>%1：R %2，F %3，M %4</translation>
    </message>
    <message>
        <source>Recency = days from the last purchase day to D; frequency = purchase orders; monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share a score); segments from the workspace&apos;s own rule table, the first matching rule naming the segment (%1); customers no rule catches: %2.</source>
        <translation>最近消費 = 從最近一次購買日到 D 的天數；消費頻次 = 購買訂單數；消費金額 = 淨消費總額。按五分位數評 1–5 分（第 7 類分位點，相同數值得分相同）；客群依工作區自訂的規則表劃分，客戶歸入第一條符合的規則（%1）；不符合任何規則的客戶：%2。</translation>
    </message>
</context>
<context>
    <name>Crm::Store</name>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>未安裝 Qt 的 SQLite 驅動。</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>無法開啟 %1</translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation>資料庫錯誤（%1）：%2</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>將工作區升級到第 %1 版結構失敗：%2</translation>
    </message>
    <message>
        <source>%1 is not a CRM Workbench workspace: %2</source>
        <translation>%1 不是客戶分析工作台的工作區：%2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>it is not a database file.</source>
        <translation>它不是資料庫檔案。</translation>
    </message>
    <message>
        <source>it is a database that belongs to another program.</source>
        <translation>它是屬於其他程式的資料庫。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CRM Workbench (workspace format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>%1 由更新版本的客戶分析工作台寫入（工作區格式 %2；本版本最高只能讀取 %3）。請安裝新版本後再開啟。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>無法建立 %1：%2</translation>
    </message>
    <message>
        <source>Cannot restrict access to %1: %2</source>
        <translation>無法限制 %1 的訪問許可權：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；請換一個檔名。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Tier spend thresholds must rise: 0 &lt; Silver &lt; Gold &lt; Diamond.</source>
        <translation>會員等級消費門檻必須遞增：0 &lt; 銀卡 &lt; 金卡 &lt; 鑽石。</translation>
    </message>
    <message>
        <source>Tier points thresholds must rise: 0 &lt; Silver &lt; Gold &lt; Diamond.</source>
        <translation>會員等級積點門檻必須遞增：0 &lt; 銀卡 &lt; 金卡 &lt; 鑽石。</translation>
    </message>
    <message>
        <source>The tier spend window must be between 1 and 120 months.</source>
        <translation>等級消費統計區間須在 1 到 120 個月之間。</translation>
    </message>
    <message>
        <source>&quot;New&quot; must cover between 1 and 3,650 days.</source>
        <translation>「新客」的天數須在 1 到 3,650 天之間。</translation>
    </message>
    <message>
        <source>A personal cycle needs between 2 and 100 purchase days.</source>
        <translation>個人購買週期需要 2 到 100 個購買日。</translation>
    </message>
    <message>
        <source>The default purchase cycle must be at least 1 day.</source>
        <translation>預設購買週期至少為 1 天。</translation>
    </message>
    <message>
        <source>Dormant needs at least 1 day and a positive number of cycles.</source>
        <translation>沉睡判定至少需要 1 天，且週期倍數須為正數。</translation>
    </message>
    <message>
        <source>The churned floor must be more days than the dormant floor.</source>
        <translation>流失的最少天數必須大於沉睡的最少天數。</translation>
    </message>
    <message>
        <source>Churned must take more cycles than dormant.</source>
        <translation>流失的週期倍數必須大於沉睡的週期倍數。</translation>
    </message>
    <message>
        <source>The attribution window must be between 0 and 365 days.</source>
        <translation>歸因區間須在 0 到 365 天之間。</translation>
    </message>
    <message>
        <source>The margin must be more than 0% and at most 100%.</source>
        <translation>毛利率須大於 0% 且不超過 100%。</translation>
    </message>
    <message>
        <source>The currency symbol can have at most 8 characters.</source>
        <translation>貨幣符號最多 8 個字元。</translation>
    </message>
    <message>
        <source>The currency code must be three capital letters (ISO 4217, e.g. CNY).</source>
        <translation>貨幣代碼須為三個大寫字母（ISO 4217，例如 TWD）。</translation>
    </message>
    <message>
        <source>Choose the fixed as-of date.</source>
        <translation>請選擇固定的截止日期。</translation>
    </message>
    <message>
        <source>Name the segment of customers no rule catches (one line).</source>
        <translation>請為不符合任何規則的客戶指定客群名稱（單行）。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CampaignsPage</name>
    <message>
        <source>Significant (p &lt; 0.05)</source>
        <translation>顯著（p &lt; 0.05）</translation>
    </message>
    <message>
        <source>Not significant</source>
        <comment>statistical significance</comment>
        <translation>不顯著</translation>
    </message>
    <message>
        <source>No control group: attributed revenue only, not incremental</source>
        <translation>無對照組：僅為歸因收入，並非增量收入</translation>
    </message>
    <message>
        <source>Attribution window still open</source>
        <translation>歸因期間尚未結束</translation>
    </message>
    <message>
        <source>Revenue against cost per campaign</source>
        <translation>各行銷活動的收入與成本</translation>
    </message>
    <message>
        <source>Campaign metrics</source>
        <translation>行銷活動指標</translation>
    </message>
    <message>
        <source>Evaluating campaigns…</source>
        <translation>正在評估行銷活動…</translation>
    </message>
    <message numerus="yes">
        <source>A contact responds when the customer buys within %Ln day(s) after the contact. Incremental revenue compares the contacted customers with the control group; significance is a two-proportion z-test of the response rates.</source>
        <translation>
            <numerusform>客戶在觸達後 %Ln 天內購買即視為回應。增量收入比較觸達客戶與對照組；顯著性採用回應率的兩比例 z 檢驗。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::Charts</name>
    <message>
        <source>Copy Chart</source>
        <translation>複製圖表</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>將圖表儲存為 PNG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the chart: %1</source>
        <translation>無法寫入圖表：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>將圖表儲存為 SVG…</translation>
    </message>
    <message>
        <source>SVG vector images (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ClvPage</name>
    <message>
        <source>BG/NBD fitted on %1 customers in weeks: log-likelihood %2, %3 after %4 iterations.</source>
        <translation>BG/NBD 以周為單位在 %1 位客戶上擬合：對數似然 %2，%4 次迭代後%3。</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>已收斂</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>未收斂</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <source>P(alive) by repeat purchase days (rows) and time since the last purchase</source>
        <translation>按復購天數（列）與距上次購買時間劃分的存活機率</translation>
    </message>
    <message>
        <source>Customers by 12-month CLV</source>
        <translation>按 12 個月 CLV 劃分的客戶數</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型參數</translation>
    </message>
    <message>
        <source>Most valuable customers</source>
        <translation>最有價值的客戶</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most valuable customers&lt;/b&gt;</source>
        <translation>&lt;b&gt;最有價值的客戶&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fitting the lifetime value model…</source>
        <translation>正在擬合終身價值模型…</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Repeat purchase days</source>
        <translation>復購天數</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>CLV, 12 months</source>
        <translation>12 個月 CLV</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <source>Expected purchases, 90 days</source>
        <translation>預計 90 天內購買次數</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>風險價值</translation>
    </message>
    <message>
        <source>Next order due</source>
        <translation>預計下次下單</translation>
    </message>
    <message>
        <source>Total expected value of %1 customers over 12 months: %2.</source>
        <translation>%1 位客戶未來 12 個月的預期總價值：%2。</translation>
    </message>
    <message>
        <source>Lifetime Value</source>
        <translation>終身價值</translation>
    </message>
    <message>
        <source>Customers fitted</source>
        <translation>擬合客戶數</translation>
    </message>
    <message>
        <source>Distinct (x, tₓ, T) rows</source>
        <translation>不同 (x, tₓ, T) 組合數</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>對數概似</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>是否收斂</translation>
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
        <translation>迭代次數</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>最佳化方法</translation>
    </message>
    <message>
        <source>Spend model log-likelihood</source>
        <translation>消費金額模型對數概似</translation>
    </message>
    <message>
        <source>Repeat purchases, actual</source>
        <translation>回購次數（實際）</translation>
    </message>
    <message>
        <source>Repeat purchases, predicted</source>
        <translation>回購次數（預測）</translation>
    </message>
    <message>
        <source>Predicted vs actual</source>
        <translation>預測與實際之差</translation>
    </message>
    <message>
        <source>χ², repeat purchase histogram</source>
        <translation>χ²（回購次數分布）</translation>
    </message>
    <message>
        <source>Cumulative repeat purchases: actual and predicted</source>
        <translation>累計回購次數：實際與預測</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>回購次數</translation>
    </message>
    <message>
        <source>Customers by repeat purchase days: actual and predicted</source>
        <translation>按回購天數分布的客戶數：實際與預測</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>CLV distribution</source>
        <translation>CLV 分布</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <source>Lifetime value charts</source>
        <translation>終身價值圖表</translation>
    </message>
    <message>
        <source>Fit diagnostics</source>
        <translation>擬合診斷</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model parameters and fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;模型參數與擬合&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
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
        <translation>淨銷售額</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>每位客戶的累計收入</translation>
    </message>
    <message>
        <source>Cohort values</source>
        <translation>同期群數值</translation>
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
        <translation>同期群週期</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Cohorts by:</source>
        <translation>同期群劃分(&amp;C)：</translation>
    </message>
    <message>
        <source>Cohort (first purchase) × periods since</source>
        <translation>同期群（首次購買）× 此後期數</translation>
    </message>
    <message>
        <source>Retention curves of recent cohorts</source>
        <translation>近期同期群的留存曲線</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Building cohorts…</source>
        <translation>正在構建同期群…</translation>
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
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>等級</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積點</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No purchase before the as-of date: the model has nothing to go on.</source>
        <translation>截止日期前沒有購買紀錄，模型無從估計。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CustomerTableModel</name>
    <message>
        <source>Customer ID</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>等級</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>淨消費</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次購買</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近購買</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CustomersPage</name>
    <message>
        <source>Search by ID, name or phone</source>
        <translation>按編號、姓名或手機號碼搜尋</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜尋客戶</translation>
    </message>
    <message numerus="yes">
        <source>Arranged %Ln customer(s) in %1 ms</source>
        <translation>
            <numerusform>已在 %1 毫秒內排列 %Ln 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Select a customer to see their orders.</source>
        <translation>選擇一位客戶以檢視其訂單。</translation>
    </message>
    <message>
        <source>Orders of the selected customer</source>
        <translation>所選客戶的訂單</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders and returns&lt;/b&gt;</source>
        <translation>&lt;b&gt;訂單與退貨&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>正在載入客戶…</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客戶</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%2 位客戶中的 %1 位</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;評分&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tier history of the selected customer</source>
        <translation>所選客戶的會員等級歷史</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tier history&lt;/b&gt;</source>
        <translation>&lt;b&gt;會員等級歷史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing scores…</source>
        <translation>正在計算評分…</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 客群</translation>
    </message>
    <message>
        <source>R / F / M scores</source>
        <translation>R / F / M 評分</translation>
    </message>
    <message>
        <source>Quintiles of all customers, 5 = best</source>
        <translation>在全部客戶中的五分位，5 為最好</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>距上次購買天數</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <source>Probability that the customer still buys (BG/NBD)</source>
        <translation>客戶仍會繼續購買的機率（BG/NBD）</translation>
    </message>
    <message>
        <source>Expected purchases, 90 days</source>
        <translation>預計 90 天內購買次數</translation>
    </message>
    <message>
        <source>CLV, 12 months</source>
        <translation>12 個月 CLV</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Discounted expected value of the next 12 months (BG/NBD × Gamma-Gamma)</source>
        <translation>未來 12 個月的折現預期價值（BG/NBD × Gamma-Gamma）</translation>
    </message>
    <message>
        <source>Next order due</source>
        <translation>預計下次下單</translation>
    </message>
    <message>
        <source>One purchase day only: the model cannot tell yet whether this customer is gone, so P(alive) stays at 100% and the lifecycle stage is the better guide.</source>
        <translation>只有一個購買日：模型還無法判斷該客戶是否已流失，因此存活機率保持為 100%，請以生命週期階段為準。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Net spend in the window</source>
        <translation>區間內淨消費</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積點</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>會員等級</translation>
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
        <translation>訂單起始</translation>
    </message>
    <message>
        <source>Orders until</source>
        <translation>訂單截止</translation>
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
        <translation>等級</translation>
    </message>
    <message>
        <source>Analyses look at the data before this day (default: the day after the last order)</source>
        <translation>分析只看這一天之前的資料（預設：最後一筆訂單的次日）</translation>
    </message>
    <message>
        <source>Only orders on or after this day (order lists and revenue charts)</source>
        <translation>只看這一天及之後的訂單（訂單列表和收入圖表）</translation>
    </message>
    <message>
        <source>Only orders up to this day (order lists and revenue charts)</source>
        <translation>只看截至這一天的訂單（訂單列表和收入圖表）</translation>
    </message>
    <message>
        <source>Only orders of this channel (order lists and revenue charts)</source>
        <translation>只看該渠道的訂單（訂單列表和收入圖表）</translation>
    </message>
    <message>
        <source>Only customers of this city (every page)</source>
        <translation>只看該城市的客戶（所有頁面）</translation>
    </message>
    <message>
        <source>Only customers of this tier, as imported (every page)</source>
        <translation>只看匯入時為該等級的客戶（所有頁面）</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Show every order and customer again</source>
        <translation>重新顯示所有訂單和客戶</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截止(&amp;A)：</translation>
    </message>
    <message>
        <source>Orders &amp;from:</source>
        <translation>訂單起始(&amp;F)：</translation>
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
        <translation>等級(&amp;I)：</translation>
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
        <translation>全部等級</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ImportWizard</name>
    <message>
        <source>%1 appears twice in the file</source>
        <translation>%1 在檔案中出現了兩次</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Campaign contacts</source>
        <translation>行銷觸達</translation>
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
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row content</source>
        <translation>列內容</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>匯入表格</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>匯入已取消</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written to the workspace.</source>
        <translation>匯入已取消，未向工作區寫入任何內容。</translation>
    </message>
    <message>
        <source>Nothing was written to the workspace.</source>
        <translation>未向工作區寫入任何內容。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>%1 rows imported from %2.</source>
        <translation>已從 %2 匯入 %1 列。</translation>
    </message>
    <message>
        <source>%1 rows rejected (listed below and on the Imports page)</source>
        <translation>%1 列被拒絕（見下方列表及「匯入」頁面）</translation>
    </message>
    <message>
        <source>%1 blank or summary lines skipped</source>
        <translation>跳過了 %1 列空列或彙總列</translation>
    </message>
    <message>
        <source>%1 orders with %2 product lines</source>
        <translation>%1 筆訂單，共 %2 條商品明細</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx, .xls) and text files (.csv, .txt) exported by shop systems, POS or CRM. You can also drop a file onto this window.</source>
        <translation>從店鋪系統、POS 或 CRM 匯出的 Excel 工作簿（.xlsx、.xls）和文字檔案（.csv、.txt）。也可以把檔案拖放到此視窗。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Spreadsheets and text files (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格和文字檔案 (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Sheet and format</source>
        <translation>工作表與格式</translation>
    </message>
    <message>
        <source>Sheet to import:</source>
        <translation>要匯入的工作表：</translation>
    </message>
    <message>
        <source>Sheets of the workbook</source>
        <translation>工作簿中的工作表</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>逗號  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>分號  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>製表符</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>豎線  |</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>正在讀取前幾列…</translation>
    </message>
    <message>
        <source>Header found in row %1.</source>
        <translation>在第 %1 列找到表頭。</translation>
    </message>
    <message>
        <source>No header row found; columns are numbered.</source>
        <translation>未找到標題列；欄按序號編號。</translation>
    </message>
    <message>
        <source>%1 (chart sheet, no data)</source>
        <translation>%1（圖表工作表，無資料）</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隱藏）</translation>
    </message>
    <message>
        <source>auto: %1</source>
        <translation>自動：%1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>The first rows as they were read. The highlighted row holds the column titles; grey rows above it are skipped.</source>
        <translation>按讀取結果顯示的前幾列。高亮行為欄標題；其上方的灰色列會被跳過。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sheet or file: %1 — the first %2 data rows.</source>
        <translation>工作表或檔案：%1 — 前 %2 列資料。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Which column holds which information. Fields marked * are required.</source>
        <translation>指定每種資訊所在的欄。標 * 的欄位為必填。</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>檔案內容：</translation>
    </message>
    <message>
        <source>How the first rows will be stored:</source>
        <translation>前幾列將如何儲存：</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（檔案中沒有）</translation>
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
        <translation>所有欄都已使用。</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>未匯入的欄：%1</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>請為以下欄位選擇欄：%1</translation>
    </message>
    <message>
        <source>Rows are product lines; they are folded into orders (amount = quantity × unit price when there is no amount column).</source>
        <translation>每列是一條商品明細，將按訂單合併（沒有金額欄時，金額 = 數量 × 單價）。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Every row of the file is checked with this mapping. Nothing is written yet.</source>
        <translation>按此欄對應關係檢查檔案的每一列。尚未寫入任何內容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>取消檢查</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forth to run it again.</source>
        <translation>檢查已取消。返回上一步再前進即可重新執行。</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported.</source>
        <translation>%2 列中有 %1 列可以匯入。</translation>
    </message>
    <message>
        <source>%1 rows would be rejected</source>
        <translation>將有 %1 列被拒絕</translation>
    </message>
    <message>
        <source>Most rows cannot be read with this mapping; the import would be refused. Go back and check the columns.</source>
        <translation>按此欄對應關係，大多數列無法讀取，匯入將被拒絕。請返回檢查欄的對應關係。</translation>
    </message>
    <message>
        <source>Duplicates of rows already in the workspace are found during the import.</source>
        <translation>與工作區中已有資料重複的列會在匯入時發現。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Importing %1 into the workspace…</source>
        <translation>正在將 %1 匯入工作區…</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下單日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>門店</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>行銷活動編號</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>獲得積點</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兌換積點</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商品編碼</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>積點餘額</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標人群</translation>
    </message>
    <message>
        <source>Contacted at</source>
        <translation>觸達時間</translation>
    </message>
    <message>
        <source>Group (treatment/control)</source>
        <translation>分組（實驗組/對照組）</translation>
    </message>
    <message>
        <source>Filled in from the mapping you confirmed for a file with the same columns.</source>
        <translation>已依您為相同欄的檔案確認過的欄對應關係填寫。</translation>
    </message>
    <message>
        <source>No header row names the fields; the columns were chosen from their values. Check them before importing.</source>
        <translation>沒有表頭列說明欄位；已依欄中的值選擇對應欄。匯入前請核對。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ImportsPage</name>
    <message>
        <source>Import history</source>
        <translation>匯入歷史</translation>
    </message>
    <message>
        <source>Undo Import…</source>
        <translation>撤銷匯入…</translation>
    </message>
    <message>
        <source>Remove this import and every row it brought into the workspace</source>
        <translation>刪除此次匯入以及它帶入工作區的所有列</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import history&lt;/b&gt;</source>
        <translation>&lt;b&gt;匯入歷史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows of the selected import&lt;/b&gt;</source>
        <translation>&lt;b&gt;所選匯入中被拒絕的列&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒絕的列</translation>
    </message>
    <message>
        <source>Loading the import history…</source>
        <translation>正在載入匯入歷史…</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤銷匯入</translation>
    </message>
    <message>
        <source>Remove import %1 (%2) and every customer, order and contact it brought? This cannot be undone.</source>
        <translation>要刪除匯入批次 %1（%2）以及它帶入的所有客戶、訂單和觸達記錄嗎？此操作無法撤銷。</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>正在撤銷匯入批次 %1…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Import %1 undone.</source>
        <translation>已撤銷匯入批次 %1。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::KpiCard</name>
    <message>
        <source>no earlier period</source>
        <translation>無上一期</translation>
    </message>
    <message>
        <source>%1 pts vs. previous period</source>
        <comment>change of a rate</comment>
        <translation>較上期 %1 個百分點</translation>
    </message>
    <message>
        <source>%1% vs. previous period</source>
        <comment>relative change</comment>
        <translation>較上期 %1%</translation>
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
        <translation>購買過一次及以上</translation>
    </message>
    <message>
        <source>Bought again</source>
        <comment>funnel step</comment>
        <translation>再次購買</translation>
    </message>
    <message>
        <source>Not churned</source>
        <comment>funnel step</comment>
        <translation>未流失</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>funnel step</comment>
        <translation>活躍</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>lifecycle stage</comment>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>New</source>
        <comment>lifecycle stage</comment>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>lifecycle stage</comment>
        <translation>活躍</translation>
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
        <translation>銀卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>membership tier</comment>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Diamond</source>
        <comment>membership tier</comment>
        <translation>鑽石</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no tier</comment>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>funnel step</comment>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage</comment>
        <translation>階段</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>等級</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>% of previous step</source>
        <translation>占上一步 %</translation>
    </message>
    <message>
        <source>% of first step</source>
        <translation>佔第一步 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>距上次購買（天）</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近購買</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次購買</translation>
    </message>
    <message>
        <source>Value before going quiet</source>
        <translation>沉睡前消費</translation>
    </message>
    <message>
        <source>Usual cycle (days)</source>
        <translation>常規週期（天）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>觸達數</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>回應人數</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>回應率</translation>
    </message>
    <message>
        <source>Control response rate</source>
        <translation>對照組回應率</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Attributed revenue</source>
        <translation>歸因收入</translation>
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
        <translation>顯著性</translation>
    </message>
    <message>
        <source>Reactivation rate</source>
        <translation>喚醒率</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客單價</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>kind of data imported</comment>
        <translation>類型</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>匯入時間</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>讀取列數</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>匯入列數</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>拒絕列數</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
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
        <translation>90 天前的階段</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>銷售額佔比</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>規模</translation>
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
        <translation>匯出用於行銷活動…</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage</source>
        <translation>各生命週期階段的客戶數</translation>
    </message>
    <message>
        <source>Churn funnel</source>
        <translation>流失漏斗</translation>
    </message>
    <message>
        <source>Stage 90 days ago (rows) → stage now (columns)</source>
        <translation>90 天前的階段（列）→ 當前階段（欄）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dormant customers, most valuable first&lt;/b&gt;</source>
        <translation>&lt;b&gt;沉睡客戶（價值高者在前）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the dormant customers as a CSV list for a reactivation campaign</source>
        <translation>將沉睡客戶儲存為 CSV 名單，用於喚醒活動</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <source>Export Dormant Customers</source>
        <translation>匯出沉睡客戶</translation>
    </message>
    <message>
        <source>dormant-customers.csv</source>
        <translation>沉睡客戶.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln customer(s) to %1</source>
        <translation>
            <numerusform>已將 %Ln 位客戶儲存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Classifying customers…</source>
        <translation>正在劃分客戶…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Lifecycle &amp; Churn</source>
        <translation>生命週期與流失</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::MainWindow</name>
    <message>
        <source>CRM workspaces (*.%1)</source>
        <translation>客戶分析工作區 (*.%1)</translation>
    </message>
    <message>
        <source>CRM Workbench</source>
        <translation>客戶分析工作台</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未開啟工作區</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作區(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>開啟演示工作區(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the workspace and every page (F5)</source>
        <translation>重新載入工作區和所有頁面（F5）</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除篩選(&amp;C)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CRM Workbench</source>
        <translation>關於客戶分析工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About CRM Workbench</source>
        <translation>關於客戶分析工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Workbench %1&lt;/h3&gt;&lt;p&gt;Customer segmentation, retention, campaign ROI and lifetime value for marketing teams. Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客戶分析工作台 %1&lt;/h3&gt;&lt;p&gt;為行銷團隊提供客戶分層、留存、行銷活動投資報酬率和客戶終身價值分析。您的資料只儲存在這台電腦上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to CRM Workbench&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;歡迎使用客戶分析工作台&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Bring your customer, order and campaign spreadsheets into a workspace and see who your customers are, who is falling asleep and which campaigns paid off. New here? Open the demo workspace: a realistic shop with three years of data.</source>
        <translation>把客戶、訂單和行銷活動表格匯入工作區，看清您的客戶是誰、誰正在沉睡、哪些活動帶來了回報。第一次使用？開啟演示工作區：一家擁有三年資料的逼真店鋪。</translation>
    </message>
    <message>
        <source>Open Demo Workspace</source>
        <translation>開啟演示工作區</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>開啟工作區…</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>新建工作區…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作區</translation>
    </message>
    <message>
        <source>Tip: drop a workspace file anywhere on this window to open it.</source>
        <translation>提示：將工作區檔案拖放到此視窗的任意位置即可開啟。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的工作區&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作區</translation>
    </message>
    <message>
        <source>Creating workspace…</source>
        <translation>正在建立工作區…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>正在建立演示工作區…</translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation>請等待當前任務完成。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <source>%1 — CRM Workbench</source>
        <translation>%1 — 客戶分析工作台</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>匯入表格(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring customers, orders or campaigns from Excel or CSV into this workspace</source>
        <translation>將 Excel 或 CSV 中的客戶、訂單或行銷活動匯入此工作區</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop %1 on it.</source>
        <translation>請先開啟或新建工作區，然後將 %1 拖放到視窗上。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CRM Workbench.</source>
        <translation>新語言將在下次啟動客戶分析工作台時生效。</translation>
    </message>
    <message>
        <source>campaign-review.pdf</source>
        <translation>行銷活動成效檢討.pdf</translation>
    </message>
    <message>
        <source>Export Campaign Review</source>
        <translation>匯出行銷活動成效檢討</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export the Review</source>
        <translation>無法匯出成效檢討報告</translation>
    </message>
    <message>
        <source>Saved the campaign review to %1</source>
        <translation>已將行銷活動成效檢討儲存到 %1</translation>
    </message>
    <message>
        <source>Writing the campaign review…</source>
        <translation>正在寫入行銷活動成效檢討…</translation>
    </message>
    <message>
        <source>Cannot Print the Review</source>
        <translation>無法欄印成效檢討報告</translation>
    </message>
    <message>
        <source>Print Campaign Review</source>
        <translation>欄印行銷活動成效檢討</translation>
    </message>
    <message>
        <source>Preparing the campaign review…</source>
        <translation>正在準備行銷活動成效檢討…</translation>
    </message>
    <message>
        <source>&amp;Export Campaign Review as PDF…</source>
        <translation>將行銷活動成效檢討匯出為 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print Campaign Review…</source>
        <translation>欄印行銷活動成效檢討(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Tier thresholds, lifecycle rule, attribution window, margin, currency, language</source>
        <translation>會員等級門檻、生命週期規則、歸因區間、毛利率、貨幣、語言</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>尋找客戶(&amp;F)…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Cannot Save the Settings</source>
        <translation>無法儲存設定</translation>
    </message>
    <message>
        <source>Settings saved; the pages are recalculated.</source>
        <translation>設定已儲存，各頁面正在重新計算。</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>正在儲存設定…</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::OverviewPage</name>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Orders and returns</source>
        <translation>訂單與退貨</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>訂單明細</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Campaign contacts</source>
        <translation>行銷觸達</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒絕的列</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活躍客戶</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>近 12 個月銷售額</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客單價</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>復購率</translation>
    </message>
    <message>
        <source>Customers with at least one purchase before the as-of date</source>
        <translation>截止日期前至少購買過一次的客戶</translation>
    </message>
    <message>
        <source>New or active customers at the as-of date</source>
        <translation>截止日期時的新客或活躍客戶</translation>
    </message>
    <message>
        <source>Share of the period&apos;s buyers who bought at least twice in it</source>
        <translation>本期購買客戶中購買至少兩次的比例</translation>
    </message>
    <message>
        <source>Churn funnel</source>
        <translation>流失漏斗</translation>
    </message>
    <message>
        <source>Net revenue by month</source>
        <translation>每月淨銷售額</translation>
    </message>
    <message>
        <source>Workspace contents</source>
        <translation>工作區內容</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>資料表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>Loading the overview…</source>
        <translation>正在載入概覽…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>Customers by tier (12-month spend)</source>
        <translation>各等級客戶數（近 12 個月消費）</translation>
    </message>
    <message>
        <source>Customers by tier (points balance)</source>
        <translation>各等級客戶數（積點餘額）</translation>
    </message>
    <message numerus="yes">
        <source>Customers by tier (%n-month spend)</source>
        <translation>
            <numerusform>各等級客戶數（近 %n 個月消費）</numerusform>
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
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
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
        <translation>生成時間</translation>
    </message>
    <message>
        <source>Confidential: contains customer information. Names are shortened and phone numbers masked.</source>
        <translation>機密：含客戶資訊。姓名已縮寫，手機號碼已遮蔽。</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（續）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot paint the report.</source>
        <translation>無法繪製報告。</translation>
    </message>
    <message>
        <source>Cannot write the figure: %1</source>
        <translation>無法寫入圖表：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SegmentRulesDialog</name>
    <message>
        <source>Segment Rules</source>
        <translation>客群規則</translation>
    </message>
    <message>
        <source>Each customer joins the segment of the first rule whose score ranges contain the customer&apos;s recency, frequency and monetary scores (1-5, 5 = best). Rules with the same name form one segment.</source>
        <translation>每位客戶歸入第一條評分範圍包含其最近消費、消費頻次和消費金額評分（1-5，5 為最佳）的規則所對應的客群。同名的規則合為一個客群。</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>客群規則</translation>
    </message>
    <message>
        <source>Segment of customers no rule catches</source>
        <translation>不符合任何規則的客戶所屬客群</translation>
    </message>
    <message>
        <source>Customers no rule catches:</source>
        <translation>不符合任何規則的客戶：</translation>
    </message>
    <message>
        <source>Problems with the segment rules</source>
        <translation>客群規則的問題</translation>
    </message>
    <message>
        <source>Warnings about the segment rules</source>
        <translation>客群規則的提醒</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add a rule below the selected one</source>
        <translation>在所選規則下方新增一條規則</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>刪除所選規則</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Match the selected rule earlier</source>
        <translation>讓所選規則更早比對</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Match the selected rule later</source>
        <translation>讓所選規則更晚比對</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>還原預設</translation>
    </message>
    <message>
        <source>The common R × F grid: Champions, Loyal, … Hibernating</source>
        <translation>常用的 R × F 網格：重要價值客戶、忠誠客戶……休眠客戶</translation>
    </message>
    <message>
        <source>R Package Rules</source>
        <translation>R 套件 rfm 規則</translation>
    </message>
    <message>
        <source>The rule table of the R package rfm, with monetary ranges; other customers are &quot;Others&quot;</source>
        <translation>R 套件 rfm 的規則表，含消費金額範圍；其餘客戶歸入「其他」</translation>
    </message>
    <message>
        <source>Name the segment of customers no rule catches.</source>
        <translation>請為不符合任何規則的客戶指定客群名稱。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客戶</numerusform>
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
        <translation>客戶數</translation>
    </message>
    <message>
        <source>The segment a customer matching this rule belongs to; rules with the same name form one segment</source>
        <translation>符合此規則的客戶所屬的客群；同名的規則合為一個客群</translation>
    </message>
    <message>
        <source>Recency score, 1 (longest ago) to 5 (most recent), both ends included</source>
        <translation>最近消費評分，1（最久以前）到 5（最近），含兩端</translation>
    </message>
    <message>
        <source>Frequency score, 1 (fewest orders) to 5 (most), both ends included</source>
        <translation>消費頻次評分，1（訂單最少）到 5（最多），含兩端</translation>
    </message>
    <message>
        <source>Monetary score, 1 (lowest net spend) to 5 (highest), both ends included</source>
        <translation>消費金額評分，1（淨消費最低）到 5（最高），含兩端</translation>
    </message>
    <message>
        <source>Customers of the current as-of date and filters this rule would catch</source>
        <translation>按目前截止日期和篩選條件，此規則會涵蓋的客戶數</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>新規則 %1</translation>
    </message>
    <message>
        <source>Add at least one rule.</source>
        <translation>請至少新增一條規則。</translation>
    </message>
    <message>
        <source>Rule %1 (%2) never catches anybody: the rules above it cover all its scores.</source>
        <translation>規則 %1（%2）不會涵蓋任何客戶：其上方的規則已涵蓋它的全部評分。</translation>
    </message>
    <message>
        <source>Rule %1 needs a name.</source>
        <translation>規則 %1 需要名稱。</translation>
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
        <translation>規則 %1（%2）：%3 評分的範圍是 1 到 5。</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3 from %4 is above %3 to %5.</source>
        <translation>規則 %1（%2）：%3 自 %4 大於 %3 至 %5。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SegmentsPage</name>
    <message>
        <source>Export List…</source>
        <translation>匯出名單…</translation>
    </message>
    <message>
        <source>Customers per cell</source>
        <translation>每格客戶數</translation>
    </message>
    <message>
        <source>Mean net value per cell</source>
        <translation>每格平均淨消費</translation>
    </message>
    <message>
        <source>Grid values</source>
        <translation>網格數值</translation>
    </message>
    <message>
        <source>Recency score (rows, 5 = recent) × frequency score (columns)</source>
        <translation>最近消費評分（列，5 = 最近）× 消費頻次評分（欄）</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Save the customers of the selected segment as CSV</source>
        <translation>將所選客群的客戶儲存為 CSV</translation>
    </message>
    <message>
        <source>Export Segment</source>
        <translation>匯出客群</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Saved segment %1 to %2</source>
        <translation>已將客群 %1 儲存到 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segments&lt;/b&gt;</source>
        <translation>&lt;b&gt;客群&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>正在為客戶評分…</translation>
    </message>
    <message>
        <source>R \ F</source>
        <translation>R \ F</translation>
    </message>
    <message>
        <source>The segments are not computed yet.</source>
        <translation>客群尚未計算。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Edit Rules…</source>
        <translation>編輯規則…</translation>
    </message>
    <message>
        <source>Change which R, F and M scores make up each segment</source>
        <translation>調整各客群對應的 R、F、M 評分</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>會員等級(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>生命週期(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>行銷活動(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>設定中的問題</translation>
    </message>
    <message>
        <source>Put back the values of the methodology</source>
        <translation>恢復方法說明中的預設值</translation>
    </message>
    <message>
        <source>Net spend in a window before the as-of date</source>
        <translation>截止日期前一段期間內的淨消費</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>積點餘額</translation>
    </message>
    <message>
        <source>Tier &amp;by:</source>
        <translation>等級依據(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Silver from (spend):</source>
        <translation>銀卡起點（消費）(&amp;S)：</translation>
    </message>
    <message>
        <source>G&amp;old from (spend):</source>
        <translation>金卡起點（消費）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Diamond from (spend):</source>
        <translation>鑽石起點（消費）(&amp;D)：</translation>
    </message>
    <message>
        <source>Silver from (points):</source>
        <translation>銀卡起點（積點）：</translation>
    </message>
    <message>
        <source>Gold from (points):</source>
        <translation>金卡起點（積點）：</translation>
    </message>
    <message>
        <source>Diamond from (points):</source>
        <translation>鑽石起點（積點）：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>Spend &amp;window:</source>
        <translation>消費統計區間(&amp;W)：</translation>
    </message>
    <message>
        <source>Net spend counts over this many months before the as-of date</source>
        <translation>統計截止日期前這麼多個月的淨消費</translation>
    </message>
    <message>
        <source>Customers below Silver are Regular. Each threshold must be higher than the one before.</source>
        <translation>低於銀卡門檻的客戶為普通會員。每一級門檻都必須高於前一級。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;New: first purchase within</source>
        <translation>新客：首次購買在以下天數內(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Dormant after at least</source>
        <translation>沉睡：至少超過(&amp;D)</translation>
    </message>
    <message>
        <source> × cycle</source>
        <translation> × 週期</translation>
    </message>
    <message>
        <source>… or &amp;more than</source>
        <translation>…且超過(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hurned after at least</source>
        <translation>流失：至少超過(&amp;H)</translation>
    </message>
    <message>
        <source>… or m&amp;ore than</source>
        <translation>…且超過(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Personal cycle needs</source>
        <translation>個人週期所需購買日(&amp;P)</translation>
    </message>
    <message>
        <source>Customers with fewer purchase days use the median cycle of everybody else</source>
        <translation>購買日較少的客戶使用其他所有客戶的週期中位數</translation>
    </message>
    <message>
        <source>De&amp;fault cycle:</source>
        <translation>預設週期(&amp;F)：</translation>
    </message>
    <message>
        <source>Used when nobody has enough purchase days for a cycle</source>
        <translation>沒有任何客戶有足夠購買日計算週期時使用</translation>
    </message>
    <message>
        <source>The cycle is the median gap between a customer&apos;s purchase days. A customer is dormant when the days since the last purchase exceed both the floor and the multiple of the cycle; churned likewise.</source>
        <translation>週期是客戶相鄰購買日間隔的中位數。距上次購買的天數同時超過最少天數和週期倍數時，客戶為沉睡；流失同理。</translation>
    </message>
    <message>
        <source>&amp;Attribution window:</source>
        <translation>歸因區間(&amp;A)：</translation>
    </message>
    <message>
        <source>A purchase on the contact day or within this many days after it counts as a response</source>
        <translation>在觸達當天或之後這麼多天內的購買計為回應</translation>
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
        <translation>營收中屬於利潤的比例，用於計算投資報酬率</translation>
    </message>
    <message>
        <source>ROI = (incremental revenue × margin − cost) ÷ cost.</source>
        <translation>投資報酬率 = (增量收入 × 毛利率 − 成本) ÷ 成本。</translation>
    </message>
    <message>
        <source>The day after the last o&amp;rder</source>
        <translation>最後一筆訂單的次日(&amp;R)</translation>
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
        <translation>開啟時的截止日期：</translation>
    </message>
    <message>
        <source>e.g. ¥, $, €</source>
        <translation>例如 NT$、$、€</translation>
    </message>
    <message>
        <source>Currency &amp;symbol:</source>
        <translation>貨幣符號(&amp;S)：</translation>
    </message>
    <message>
        <source>Shown with every amount; leave empty for plain numbers</source>
        <translation>顯示在每個金額前；留空則只顯示數字</translation>
    </message>
    <message>
        <source>e.g. CNY</source>
        <translation>例如 TWD</translation>
    </message>
    <message>
        <source>Currency c&amp;ode:</source>
        <translation>貨幣代碼(&amp;O)：</translation>
    </message>
    <message>
        <source>ISO 4217; shown when there is no symbol</source>
        <translation>ISO 4217；沒有貨幣符號時顯示</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>語言(&amp;U)：</translation>
    </message>
    <message>
        <source>Used from the next start; the same for every workspace</source>
        <translation>下次啟動時生效；對所有工作區相同</translation>
    </message>
    <message>
        <source>Everything but the language is stored in this workspace.</source>
        <translation>除語言外，所有設定都儲存在此工作區中。</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::TableExport</name>
    <message>
        <source>Exporting the table…</source>
        <translation>正在匯出表格…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>匯出已取消，未寫入任何內容。</translation>
    </message>
    <message>
        <source>The table changed while it was being exported; nothing was written.</source>
        <translation>匯出過程中表格已變更，未寫入任何內容。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>沒有可匯出的表格。</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>匯出表格…</translation>
    </message>
    <message>
        <source>Save the rows shown, as sorted and filtered, as CSV or Excel</source>
        <translation>依目前的排序和篩選，將顯示的列儲存為 CSV 或 Excel</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
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
        <translation>任務進度</translation>
    </message>
    <message>
        <source>Stop the running task (Esc)</source>
        <translation>停止正在執行的任務（Esc）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1（另有 %2 項）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CRM analytics workbench</source>
        <translation>客戶分析工作台</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN or zh_TW.</source>
        <translation>介面語言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Workspace (.crmdb) to open, or spreadsheet to import.</source>
        <translation>要開啟的工作區（.crmdb）或要匯入的表格。</translation>
    </message>
</context>
</TS>

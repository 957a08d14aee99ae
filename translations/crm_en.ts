<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Crm::Analysis</name>
    <message>
        <source>An as-of date is needed.</source>
        <translation>An as-of date is needed.</translation>
    </message>
    <message>
        <source>The attribution window cannot be negative.</source>
        <translation>The attribution window cannot be negative.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>The analysis was cancelled.</translation>
    </message>
    <message>
        <source>The transition period must be at least one day.</source>
        <translation>The transition period must be at least one day.</translation>
    </message>
    <message>
        <source>Fixed RFM thresholds must be four ascending numbers.</source>
        <translation>Fixed RFM thresholds must be four ascending numbers.</translation>
    </message>
    <message>
        <source>Segment rule &apos;%1&apos; needs a name and score ranges within 1-5.</source>
        <translation>Segment rule &apos;%1&apos; needs a name and score ranges within 1-5.</translation>
    </message>
    <message>
        <source>Line %1 of the segment rules must read name,r_low,r_high,f_low,f_high[,m_low,m_high] with scores 1-5.</source>
        <translation>Line %1 of the segment rules must read name,r_low,r_high,f_low,f_high[,m_low,m_high] with scores 1-5.</translation>
    </message>
    <message>
        <source>The segment rule table is empty.</source>
        <translation>The segment rule table is empty.</translation>
    </message>
    <message>
        <source>The spend window must be at least one month.</source>
        <translation>The spend window must be at least one month.</translation>
    </message>
    <message>
        <source>Tier thresholds must be ascending: Silver, Gold, Diamond.</source>
        <translation>Tier thresholds must be ascending: Silver, Gold, Diamond.</translation>
    </message>
    <message>
        <source>Points balances have no history, so tier migration needs the spend rule.</source>
        <translation>Points balances have no history, so tier migration needs the spend rule.</translation>
    </message>
    <message>
        <source>Regular</source>
        <comment>membership tier</comment>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Silver</source>
        <comment>membership tier</comment>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>membership tier</comment>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Diamond</source>
        <comment>membership tier</comment>
        <translation>Diamond</translation>
    </message>
    <message>
        <source>The workspace has no orders yet; import orders first.</source>
        <translation>The workspace has no orders yet; import orders first.</translation>
    </message>
    <message>
        <source>The refresh compares tiers with an earlier date only; run the tiers analysis on its own for a later one.</source>
        <translation>The refresh compares tiers with an earlier date only; run the tiers analysis on its own for a later one.</translation>
    </message>
    <message>
        <source>The workspace has no customers or orders before %1; import orders first.</source>
        <translation>The workspace has no customers or orders before %1; import orders first.</translation>
    </message>
    <message>
        <source>The points period must start before the as-of date.</source>
        <translation>The points period must start before the as-of date.</translation>
    </message>
    <message>
        <source>The workspace&apos;s RFM segment rules cannot be read (%1); the default rules are used.</source>
        <translation>The workspace&apos;s RFM segment rules cannot be read (%1); the default rules are used.</translation>
    </message>
</context>
<context>
    <name>Crm::Cli</name>
    <message>
        <source>Campaign response, uplift against control, revenue, ROAS, ROI and p-value</source>
        <translation>Campaign response, uplift against control, revenue, ROAS, ROI and p-value</translation>
    </message>
    <message>
        <source>Campaigns: attribution window, days after the contact day (the contact day counts as day 0) (30).</source>
        <translation>Campaigns: attribution window, days after the contact day (the contact day counts as day 0) (30).</translation>
    </message>
    <message>
        <source>Campaigns: share of revenue that is profit, for ROI (1.0).</source>
        <translation>Campaigns: share of revenue that is profit, for ROI (1.0).</translation>
    </message>
    <message>
        <source>Campaigns: add control revenue, orders, dormant contacts, reactivated, repeat buyers and an open-window flag.</source>
        <translation>Campaigns: add control revenue, orders, dormant contacts, reactivated, repeat buyers and an open-window flag.</translation>
    </message>
    <message>
        <source>--k must be a whole number from 1 to 50</source>
        <translation>--k must be a whole number from 1 to 50</translation>
    </message>
    <message>
        <source>k-means clusters on log recency, frequency and monetary value</source>
        <translation>k-means clusters on log recency, frequency and monetary value</translation>
    </message>
    <message>
        <source>Clusters: number of clusters (default: 2-8 by silhouette).</source>
        <translation>Clusters: number of clusters (default: 2-8 by silhouette).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Clusters / lifecycle: one summary row per group instead.</source>
        <translation>Clusters / lifecycle: one summary row per group instead.</translation>
    </message>
    <message>
        <source>--calibration-end must be a date written YYYY-MM-DD</source>
        <translation>--calibration-end must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--time-unit must be day, week or month</source>
        <translation>--time-unit must be day, week or month</translation>
    </message>
    <message>
        <source>--horizon-months must be a whole number of months from 1 to 1200</source>
        <translation>--horizon-months must be a whole number of months from 1 to 1200</translation>
    </message>
    <message>
        <source>--discount-rate must be a monthly rate from 0 to below 1, e.g. 0.01</source>
        <translation>--discount-rate must be a monthly rate from 0 to below 1, e.g. 0.01</translation>
    </message>
    <message>
        <source>--model must be bgnbd or paretonbd</source>
        <translation>--model must be bgnbd or paretonbd</translation>
    </message>
    <message>
        <source>Customer lifetime value: BG/NBD (or Pareto/NBD) and Gamma-Gamma per customer</source>
        <translation>Customer lifetime value: BG/NBD (or Pareto/NBD) and Gamma-Gamma per customer</translation>
    </message>
    <message>
        <source>CLV: fit on purchases up to and including this day (default: the as-of date).</source>
        <translation>CLV: fit on purchases up to and including this day (default: the as-of date).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>CLV: model time unit, day, week or month (day).</source>
        <translation>CLV: model time unit, day, week or month (day).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>CLV: horizon in months (12).</source>
        <translation>CLV: horizon in months (12).</translation>
    </message>
    <message>
        <source>CLV: monthly discount rate (0.01).</source>
        <translation>CLV: monthly discount rate (0.01).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>CLV: purchase model, bgnbd or paretonbd (bgnbd).</source>
        <translation>CLV: purchase model, bgnbd or paretonbd (bgnbd).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>CLV: print the fitted model parameters as one JSON object instead.</source>
        <translation>CLV: print the fitted model parameters as one JSON object instead.</translation>
    </message>
    <message>
        <source>--period must be month, week or quarter</source>
        <translation>--period must be month, week or quarter</translation>
    </message>
    <message>
        <source>Acquisition cohorts by period: size, active customers, retention, revenue</source>
        <translation>Acquisition cohorts by period: size, active customers, retention, revenue</translation>
    </message>
    <message>
        <source>Cohorts: month (default), week (from Monday) or quarter.</source>
        <translation>Cohorts: month (default), week (from Monday) or quarter.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Cohorts: add cumulative revenue per customer.</source>
        <translation>Cohorts: add cumulative revenue per customer.</translation>
    </message>
    <message>
        <source>Churn funnel: acquired, repeat, not churned, active</source>
        <translation>Churn funnel: acquired, repeat, not churned, active</translation>
    </message>
    <message>
        <source>Funnel: print the lifecycle transition matrix (rows: stage at D - N days, columns: stage at D) instead of the steps.</source>
        <translation>Funnel: print the lifecycle transition matrix (rows: stage at D - N days, columns: stage at D) instead of the steps.</translation>
    </message>
    <message>
        <source>Funnel: N of the transition matrix (90).</source>
        <translation>Funnel: N of the transition matrix (90).</translation>
    </message>
    <message>
        <source>--summary and --dormant-only exclude each other</source>
        <translation>--summary and --dormant-only exclude each other</translation>
    </message>
    <message>
        <source>Lifecycle stage per customer (prospect, new, active, dormant, churned)</source>
        <translation>Lifecycle stage per customer (prospect, new, active, dormant, churned)</translation>
    </message>
    <message>
        <source>Lifecycle: customers per stage.</source>
        <translation>Lifecycle: customers per stage.</translation>
    </message>
    <message>
        <source>Lifecycle: the dormant customers, ranked by their spend in the 12 months before they went quiet.</source>
        <translation>Lifecycle: the dormant customers, ranked by their spend in the 12 months before they went quiet.</translation>
    </message>
    <message>
        <source>--%1 must be four ascending numbers separated by commas</source>
        <translation>--%1 must be four ascending numbers separated by commas</translation>
    </message>
    <message>
        <source>Recency, frequency, monetary scores and segment per customer</source>
        <translation>Recency, frequency, monetary scores and segment per customer</translation>
    </message>
    <message>
        <source>RFM: quintile (default), rfm-package (R package rfm), pandas (the common pandas recipe) or fixed.</source>
        <translation>RFM: quintile (default), rfm-package (R package rfm), pandas (the common pandas recipe) or fixed.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>RFM fixed scoring: four ascending day counts, e.g. 30,60,90,180.</source>
        <translation>RFM fixed scoring: four ascending day counts, e.g. 30,60,90,180.</translation>
    </message>
    <message>
        <source>D1,D2,D3,D4</source>
        <translation>D1,D2,D3,D4</translation>
    </message>
    <message>
        <source>RFM fixed scoring: four ascending order counts, e.g. 2,3,5,10.</source>
        <translation>RFM fixed scoring: four ascending order counts, e.g. 2,3,5,10.</translation>
    </message>
    <message>
        <source>N1,N2,N3,N4</source>
        <translation>N1,N2,N3,N4</translation>
    </message>
    <message>
        <source>RFM fixed scoring: four ascending amounts in currency units.</source>
        <translation>RFM fixed scoring: four ascending amounts in currency units.</translation>
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
        <translation>One row per group instead of per customer (rfm: segments; lifecycle: customers per stage).</translation>
    </message>
    <message>
        <source>Membership tiers (Regular, Silver, Gold, Diamond) and their migration</source>
        <translation>Membership tiers (Regular, Silver, Gold, Diamond) and their migration</translation>
    </message>
    <message>
        <source>Tiers: by net spend in the window before D (spend, default) or by today&apos;s points balance (points).</source>
        <translation>Tiers: by net spend in the window before D (spend, default) or by today&apos;s points balance (points).</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>Tiers: minimum for Silver,Gold,Diamond (default 1000,5000,20000).</source>
        <translation>Tiers: minimum for Silver,Gold,Diamond (default 1000,5000,20000).</translation>
    </message>
    <message>
        <source>S,G,D</source>
        <translation>S,G,D</translation>
    </message>
    <message>
        <source>Tiers: months of spend before D that count (default 12).</source>
        <translation>Tiers: months of spend before D that count (default 12).</translation>
    </message>
    <message>
        <source>Tiers: print the migration matrix from the tiers at this date to D.</source>
        <translation>Tiers: print the migration matrix from the tiers at this date to D.</translation>
    </message>
    <message>
        <source>Tiers: one row per customer.</source>
        <translation>Tiers: one row per customer.</translation>
    </message>
    <message>
        <source>name one analysis: %1</source>
        <translation>name one analysis: %1</translation>
    </message>
    <message>
        <source>unknown analysis &apos;%1&apos;; choose one of %2</source>
        <translation>unknown analysis &apos;%1&apos;; choose one of %2</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 does not apply to %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is required</translation>
    </message>
    <message>
        <source>--format must be csv, json or table</source>
        <translation>--format must be csv, json or table</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD</source>
        <translation>--as-of must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Run an analysis on a workspace and print or save its table</source>
        <translation>Run an analysis on a workspace and print or save its table</translation>
    </message>
    <message>
        <source>The analysis, one of:%1</source>
        <translation>The analysis, one of:%1</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Workspace file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>As-of date D (default: the day after the last order).</source>
        <translation>As-of date D (default: the day after the last order).</translation>
    </message>
    <message>
        <source>Output format: csv, json or table (default csv).</source>
        <translation>Output format: csv, json or table (default csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]

CRM Workbench on the command line: analyse customer, order and campaign data kept in a workspace file (.crmdb).

Commands:
</source>
        <translation>Usage: %1 &lt;command&gt; [options]

CRM Workbench on the command line: analyse customer, order and campaign data kept in a workspace file (.crmdb).

Commands:
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
General options:
  -h, --help     Show this help, or a command&apos;s help after the command
  -v, --version  Show the version

Run &apos;%1 help &lt;command&gt;&apos; or &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.
Exit status: 0 success, 1 bad usage, 2 bad input (nothing written), 3 internal error.
</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Usage: %1 [options]</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Run &apos;%1 --help&apos; for usage.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 5000000</source>
        <translation>--customers must be a whole number from 1 to 5000000</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed must be a non-negative whole number</translation>
    </message>
    <message>
        <source>Created demo workspace %1: %2 customers, %3 orders, %4 returns, %5 campaigns, %6 contacts.</source>
        <translation>Created demo workspace %1: %2 customers, %3 orders, %4 returns, %5 campaigns, %6 contacts.</translation>
    </message>
    <message>
        <source>Create a workspace filled with realistic demo customers, orders and campaigns</source>
        <translation>Create a workspace filled with realistic demo customers, orders and campaigns</translation>
    </message>
    <message>
        <source>Workspace file to create (must be new or empty).</source>
        <translation>Workspace file to create (must be new or empty).</translation>
    </message>
    <message>
        <source>Number of customers (default 5000).</source>
        <translation>Number of customers (default 5000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Random seed; the same seed gives the same data.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>name a list: segment NAME, dormant or campaign ID</source>
        <translation>name a list: segment NAME, dormant or campaign ID</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE.csv|FILE.xlsx are required</source>
        <translation>--db FILE and --out FILE.csv|FILE.xlsx are required</translation>
    </message>
    <message>
        <source>--out must name a .csv or .xlsx file</source>
        <translation>--out must name a .csv or .xlsx file</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n customer(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n customer to %1.</numerusform>
            <numerusform>Wrote %n customers to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a customer list (RFM segment, dormant customers, campaign targets) to CSV or XLSX</source>
        <translation>Export a customer list (RFM segment, dormant customers, campaign targets) to CSV or XLSX</translation>
    </message>
    <message>
        <source>segment NAME (an RFM segment such as Champions), dormant, or campaign ID (the campaign&apos;s treatment group).</source>
        <translation>segment NAME (an RFM segment such as Champions), dormant, or campaign ID (the campaign&apos;s treatment group).</translation>
    </message>
    <message>
        <source>File to write: .csv (UTF-8 with BOM) or .xlsx.</source>
        <translation>File to write: .csv (UTF-8 with BOM) or .xlsx.</translation>
    </message>
    <message>
        <source>Write full phone numbers and e-mail addresses (masked by default).</source>
        <translation>Write full phone numbers and e-mail addresses (masked by default).</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3 as %4 (import %5): %6 orders, %7 order lines; %8 rows rejected.</source>
        <translation>Imported %1 of %2 rows from %3 as %4 (import %5): %6 orders, %7 order lines; %8 rows rejected.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>rejected: row %1, %2: %3</source>
        <translation>rejected: row %1, %2: %3</translation>
    </message>
    <message>
        <source>give exactly one FILE to import</source>
        <translation>give exactly one FILE to import</translation>
    </message>
    <message>
        <source>--kind must be orders, customers, campaigns or contacts</source>
        <translation>--kind must be orders, customers, campaigns or contacts</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &apos;%1&apos;</source>
        <translation>--map takes FIELD=COLUMN, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>Import an orders, customers, campaigns or contacts file (xlsx, xls, CSV) into a workspace</source>
        <translation>Import an orders, customers, campaigns or contacts file (xlsx, xls, CSV) into a workspace</translation>
    </message>
    <message>
        <source>Workspace file (created when missing).</source>
        <translation>Workspace file (created when missing).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>What the file holds; detected from the columns when omitted.</source>
        <translation>What the file holds; detected from the columns when omitted.</translation>
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
        <translation>Date format (Qt notation, e.g. dd.MM.yyyy) or auto.</translation>
    </message>
    <message>
        <source>auto|FMT</source>
        <translation>auto|FMT</translation>
    </message>
    <message>
        <source>Print a JSON summary.</source>
        <translation>Print a JSON summary.</translation>
    </message>
    <message>
        <source>--delimiter must be one character, \t or auto</source>
        <translation>--delimiter must be one character, \t or auto</translation>
    </message>
    <message>
        <source>--decimal must be &apos;.&apos;, &apos;,&apos; or auto</source>
        <translation>--decimal must be &apos;.&apos;, &apos;,&apos; or auto</translation>
    </message>
    <message>
        <source>Sheet to read: name or 1-based number (spreadsheets).</source>
        <translation>Sheet to read: name or 1-based number (spreadsheets).</translation>
    </message>
    <message>
        <source>NAME|N</source>
        <translation>NAME|N</translation>
    </message>
    <message>
        <source>Text encoding: auto (default) or a name such as UTF-8, GB18030, Big5, Shift_JIS, UTF-16LE, windows-1252.</source>
        <translation>Text encoding: auto (default) or a name such as UTF-8, GB18030, Big5, Shift_JIS, UTF-16LE, windows-1252.</translation>
    </message>
    <message>
        <source>auto|NAME</source>
        <translation>auto|NAME</translation>
    </message>
    <message>
        <source>Field delimiter of text files: auto (default), a character, or \t.</source>
        <translation>Field delimiter of text files: auto (default), a character, or \t.</translation>
    </message>
    <message>
        <source>auto|C</source>
        <translation>auto|C</translation>
    </message>
    <message>
        <source>Decimal separator of numbers: auto (default), &apos;.&apos; or &apos;,&apos;.</source>
        <translation>Decimal separator of numbers: auto (default), &apos;.&apos; or &apos;,&apos;.</translation>
    </message>
    <message>
        <source>auto|.|,</source>
        <translation>auto|.|,</translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation>File:      %1</translation>
    </message>
    <message>
        <source>Type:      %1</source>
        <translation>Type:      %1</translation>
    </message>
    <message>
        <source>Encoding:  %1</source>
        <translation>Encoding:  %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Delimiter: %1</translation>
    </message>
    <message>
        <source>Sheet:     %1%2%3%4</source>
        <translation>Sheet:     %1%2%3%4</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (hidden)</translation>
    </message>
    <message>
        <source> (chart)</source>
        <translation> (chart)</translation>
    </message>
    <message>
        <source> [read]</source>
        <translation> [read]</translation>
    </message>
    <message>
        <source>Header row: %1</source>
        <translation>Header row: %1</translation>
    </message>
    <message>
        <source>Kind:      %1</source>
        <translation>Kind:      %1</translation>
    </message>
    <message>
        <source>(not recognised)</source>
        <translation>(not recognised)</translation>
    </message>
    <message>
        <source>Rows:      %1</source>
        <translation>Rows:      %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Warning:   %1</source>
        <translation>Warning:   %1</translation>
    </message>
    <message>
        <source>Rows as read:</source>
        <translation>Rows as read:</translation>
    </message>
    <message>
        <source>give exactly one FILE to inspect</source>
        <translation>give exactly one FILE to inspect</translation>
    </message>
    <message>
        <source>--rows takes a number or &apos;all&apos;</source>
        <translation>--rows takes a number or &apos;all&apos;</translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation>--format must be table, json or csv</translation>
    </message>
    <message>
        <source>Show how a file would be read (type, encoding, columns, rows) without importing it</source>
        <translation>Show how a file would be read (type, encoding, columns, rows) without importing it</translation>
    </message>
    <message>
        <source>Rows to show (default 20) or all.</source>
        <translation>Rows to show (default 20) or all.</translation>
    </message>
    <message>
        <source>N|all</source>
        <translation>N|all</translation>
    </message>
    <message>
        <source>Output: table (default), json or csv (rows only).</source>
        <translation>Output: table (default), json or csv (rows only).</translation>
    </message>
    <message>
        <source>table|json|csv</source>
        <translation>table|json|csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected customer_id,p_alive with 0 &lt;= p_alive &lt;= 1</source>
        <translation>%1, line %2: expected customer_id,p_alive with 0 &lt;= p_alive &lt;= 1</translation>
    </message>
    <message>
        <source>Lifecycle: new = first purchase within N days before D (90).</source>
        <translation>Lifecycle: new = first purchase within N days before D (90).</translation>
    </message>
    <message>
        <source>Lifecycle: purchase days needed for a personal cycle; fewer use the population median (3).</source>
        <translation>Lifecycle: purchase days needed for a personal cycle; fewer use the population median (3).</translation>
    </message>
    <message>
        <source>Lifecycle: cycle when nobody has enough purchase days (90).</source>
        <translation>Lifecycle: cycle when nobody has enough purchase days (90).</translation>
    </message>
    <message>
        <source>Lifecycle: dormant when recency &gt; max(DAYS, F x cycle) (60).</source>
        <translation>Lifecycle: dormant when recency &gt; max(DAYS, F x cycle) (60).</translation>
    </message>
    <message>
        <source>Lifecycle: the factor F of the dormant rule (2).</source>
        <translation>Lifecycle: the factor F of the dormant rule (2).</translation>
    </message>
    <message>
        <source>Lifecycle: churned when recency &gt; max(DAYS, F x cycle) (365).</source>
        <translation>Lifecycle: churned when recency &gt; max(DAYS, F x cycle) (365).</translation>
    </message>
    <message>
        <source>Lifecycle: the factor F of the churned rule (4).</source>
        <translation>Lifecycle: the factor F of the churned rule (4).</translation>
    </message>
    <message>
        <source>Lifecycle: classify by P(alive) from a CSV file customer_id,p_alive instead of the cycle rule.</source>
        <translation>Lifecycle: classify by P(alive) from a CSV file customer_id,p_alive instead of the cycle rule.</translation>
    </message>
    <message>
        <source>Lifecycle: with --p-alive, dormant below P (0.5).</source>
        <translation>Lifecycle: with --p-alive, dormant below P (0.5).</translation>
    </message>
    <message>
        <source>Lifecycle: with --p-alive, churned below P (0.1).</source>
        <translation>Lifecycle: with --p-alive, churned below P (0.1).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>--%1 must be a number of at least %2</source>
        <translation>--%1 must be a number of at least %2</translation>
    </message>
    <message>
        <source>--out must name a .pdf file</source>
        <translation>--out must name a .pdf file</translation>
    </message>
    <message>
        <source>--lang must be one of %1</source>
        <translation>--lang must be one of %1</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter</source>
        <translation>--page-size must be a4 or letter</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 ms).</source>
        <translation>Wrote %1 (%2 ms).</translation>
    </message>
    <message>
        <source>Write the campaign review of a workspace as a PDF</source>
        <translation>Write the campaign review of a workspace as a PDF</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>PDF file to write.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Report language: en, zh_CN or zh_TW (default: system).</source>
        <translation>Report language: en, zh_CN or zh_TW (default: system).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>a4 or letter (default: Letter in the US and Canada, A4 elsewhere).</source>
        <translation>a4 or letter (default: Letter in the US and Canada, A4 elsewhere).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>--scoring fixed needs --recency-thresholds, --frequency-thresholds and --monetary-thresholds</source>
        <translation>--scoring fixed needs --recency-thresholds, --frequency-thresholds and --monetary-thresholds</translation>
    </message>
    <message>
        <source>--scoring must be quintile, rfm-package, pandas or fixed</source>
        <translation>--scoring must be quintile, rfm-package, pandas or fixed</translation>
    </message>
    <message>
        <source>--%1 applies to --scoring fixed only</source>
        <translation>--%1 applies to --scoring fixed only</translation>
    </message>
    <message>
        <source>Cannot read segment rules %1: %2</source>
        <translation>Cannot read segment rules %1: %2</translation>
    </message>
    <message>
        <source>--tier-rule must be spend or points</source>
        <translation>--tier-rule must be spend or points</translation>
    </message>
    <message>
        <source>--tier-thresholds must be three ascending numbers (Silver,Gold,Diamond)</source>
        <translation>--tier-thresholds must be three ascending numbers (Silver,Gold,Diamond)</translation>
    </message>
    <message>
        <source>--tier-window-months must be a whole number from 1 to 1200</source>
        <translation>--tier-window-months must be a whole number from 1 to 1200</translation>
    </message>
    <message>
        <source>--compare-to must be a date written YYYY-MM-DD</source>
        <translation>--compare-to must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Use COLUMN (header text or 1-based number) for FIELD; repeatable. Remembered in the workspace for files with the same columns.</source>
        <translation>Use COLUMN (header text or 1-based number) for FIELD; repeatable. Remembered in the workspace for files with the same columns.</translation>
    </message>
    <message>
        <source>rfm, tiers, lifecycle, cohorts and funnel from one scan, with timings</source>
        <translation>rfm, tiers, lifecycle, cohorts and funnel from one scan, with timings</translation>
    </message>
    <message>
        <source>Refresh: connections scanning at once and analyses running at once (default: one per core).</source>
        <translation>Refresh: connections scanning at once and analyses running at once (default: one per core).</translation>
    </message>
    <message>
        <source>--points-from must be a date written YYYY-MM-DD</source>
        <translation>--points-from must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The workspace records no points: no order before %1 has points earned or redeemed, and no customer has a points balance.</source>
        <translation>The workspace records no points: no order before %1 has points earned or redeemed, and no customer has a points balance.</translation>
    </message>
    <message>
        <source>Loyalty points: earned, redeemed, outstanding and redemption rate by tier</source>
        <translation>Loyalty points: earned, redeemed, outstanding and redemption rate by tier</translation>
    </message>
    <message>
        <source>Points: count earned and redeemed points from this day on (the outstanding balance always counts every order before D).</source>
        <translation>Points: count earned and redeemed points from this day on (the outstanding balance always counts every order before D).</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE.pdf (or --figures DIR) are required</source>
        <translation>--db FILE and --out FILE.pdf (or --figures DIR) are required</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Also write every chart of the review as an SVG file into DIR (for slides).</source>
        <translation>Also write every chart of the review as an SVG file into DIR (for slides).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>RFM: default (R x F grid), rfm-package, or a CSV FILE of segment,r_low,r_high,f_low,f_high[,m_low,m_high]; first match wins. Without it: the rules stored in the workspace.</source>
        <translation>RFM: default (R x F grid), rfm-package, or a CSV FILE of segment,r_low,r_high,f_low,f_high[,m_low,m_high]; first match wins. Without it: the rules stored in the workspace.</translation>
    </message>
</context>
<context>
    <name>Crm::Clusters</name>
    <message>
        <source>An as-of date is needed.</source>
        <translation>An as-of date is needed.</translation>
    </message>
    <message>
        <source>Clustering into %1 groups needs at least %2 customers with a purchase; found %3.</source>
        <translation>Clustering into %1 groups needs at least %2 customers with a purchase; found %3.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>The analysis was cancelled.</translation>
    </message>
</context>
<context>
    <name>Crm::Clv</name>
    <message>
        <source>The BG/NBD model needs at least two customers and at least one repeat purchase; found %1 customers, %2 with a repeat purchase.</source>
        <translation>The BG/NBD model needs at least two customers and at least one repeat purchase; found %1 customers, %2 with a repeat purchase.</translation>
    </message>
    <message>
        <source>The BG/NBD likelihood could not be evaluated for this data.</source>
        <translation>The BG/NBD likelihood could not be evaluated for this data.</translation>
    </message>
    <message>
        <source>The lifetime value model needs at least %1 customers with an order; the data has %2.</source>
        <translation>The lifetime value model needs at least %1 customers with an order; the data has %2.</translation>
    </message>
    <message>
        <source>The lifetime value model needs at least %1 days of order history before %2; the data has %3.</source>
        <translation>The lifetime value model needs at least %1 days of order history before %2; the data has %3.</translation>
    </message>
    <message>
        <source>The lifetime value model needs orders within the %1 days before %2; the last order is %3 days older.</source>
        <translation>The lifetime value model needs orders within the %1 days before %2; the last order is %3 days older.</translation>
    </message>
    <message>
        <source>The lifetime value model needs at least %1 customers who bought on three or more days; the data has %2.</source>
        <translation>The lifetime value model needs at least %1 customers who bought on three or more days; the data has %2.</translation>
    </message>
    <message>
        <source>The horizon must be at least one month and the monthly discount rate between 0 and 1.</source>
        <translation>The horizon must be at least one month and the monthly discount rate between 0 and 1.</translation>
    </message>
    <message>
        <source>A calibration end date is needed.</source>
        <translation>A calibration end date is needed.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>The analysis was cancelled.</translation>
    </message>
    <message>
        <source>The spend model has no finite mean for this data (q = %1 &lt;= 1); order values are too dispersed for a lifetime value.</source>
        <translation>The spend model has no finite mean for this data (q = %1 &lt;= 1); order values are too dispersed for a lifetime value.</translation>
    </message>
    <message>
        <source>Frequency and spend must have one value per customer.</source>
        <translation>Frequency and spend must have one value per customer.</translation>
    </message>
    <message>
        <source>The spend model needs at least two customers with a repeat purchase; found %1.</source>
        <translation>The spend model needs at least two customers with a repeat purchase; found %1.</translation>
    </message>
    <message>
        <source>The spend model&apos;s likelihood could not be evaluated.</source>
        <translation>The spend model&apos;s likelihood could not be evaluated.</translation>
    </message>
    <message>
        <source>The Pareto/NBD model needs at least two customers and at least one repeat purchase; found %1 customers, %2 with a repeat purchase.</source>
        <translation>The Pareto/NBD model needs at least two customers and at least one repeat purchase; found %1 customers, %2 with a repeat purchase.</translation>
    </message>
    <message>
        <source>The Pareto/NBD likelihood could not be evaluated for this data.</source>
        <translation>The Pareto/NBD likelihood could not be evaluated for this data.</translation>
    </message>
    <message>
        <source>Frequency, recency and age must have one value per customer.</source>
        <translation>Frequency, recency and age must have one value per customer.</translation>
    </message>
    <message>
        <source>Customer %1 has an impossible purchase summary (frequency %2, recency %3, age %4).</source>
        <translation>Customer %1 has an impossible purchase summary (frequency %2, recency %3, age %4).</translation>
    </message>
</context>
<context>
    <name>Crm::Demo</name>
    <message>
        <source>The workspace already holds data; demo data goes into a new, empty workspace.</source>
        <translation>The workspace already holds data; demo data goes into a new, empty workspace.</translation>
    </message>
    <message>
        <source>Creating the demo workspace was cancelled.</source>
        <translation>Creating the demo workspace was cancelled.</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and 5,000,000.</source>
        <translation>The number of demo customers must be between 1 and 5,000,000.</translation>
    </message>
</context>
<context>
    <name>Crm::Error</name>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
</context>
<context>
    <name>Crm::Import</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields where the file mostly has %3.</source>
        <translation>Row %1 has %2 fields where the file mostly has %3.</translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>Reading stopped: %1</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field.</source>
        <translation>The file ends inside a quoted field.</translation>
    </message>
    <message>
        <source>%1 rows in all have an unusual number of fields.</source>
        <translation>%1 rows in all have an unusual number of fields.</translation>
    </message>
    <message>
        <source>%1 characters could not be decoded as %2.</source>
        <translation>%1 characters could not be decoded as %2.</translation>
    </message>
    <message>
        <source>Unknown or unsupported encoding &quot;%1&quot; (try UTF-8, UTF-16LE, GB18030, Big5, Shift_JIS or windows-1252).</source>
        <translation>Unknown or unsupported encoding &quot;%1&quot; (try UTF-8, UTF-16LE, GB18030, Big5, Shift_JIS or windows-1252).</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a text table (it looks like binary data). Save it as CSV or .xlsx and import again.</source>
        <translation>This is not a text table (it looks like binary data). Save it as CSV or .xlsx and import again.</translation>
    </message>
    <message>
        <source>The encoding %1 is a guess; if the text looks wrong, choose the encoding.</source>
        <translation>The encoding %1 is a guess; if the text looks wrong, choose the encoding.</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>web page with a table (HTML, %1)</source>
        <translation>web page with a table (HTML, %1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>this is a web page (HTML) without a table; open it in Excel, save it as .xlsx and import again</source>
        <translation>this is a web page (HTML) without a table; open it in Excel, save it as .xlsx and import again</translation>
    </message>
    <message>
        <source>this web page (HTML) is larger than 64 MB; open it in Excel, save it as .xlsx and import again</source>
        <translation>this web page (HTML) is larger than 64 MB; open it in Excel, save it as .xlsx and import again</translation>
    </message>
    <message>
        <source>customer %1 is already in the workspace or twice in the file</source>
        <translation>customer %1 is already in the workspace or twice in the file</translation>
    </message>
    <message>
        <source>campaign %1 is already in the workspace or twice in the file</source>
        <translation>campaign %1 is already in the workspace or twice in the file</translation>
    </message>
    <message>
        <source>customer %1 is listed twice for this campaign</source>
        <translation>customer %1 is listed twice for this campaign</translation>
    </message>
    <message>
        <source>order %1 is already in the workspace or twice in the file</source>
        <translation>order %1 is already in the workspace or twice in the file</translation>
    </message>
    <message>
        <source>quantity is empty.</source>
        <translation>quantity is empty.</translation>
    </message>
    <message>
        <source>unit price is empty.</source>
        <translation>unit price is empty.</translation>
    </message>
    <message>
        <source>order %1 belongs to customer %2 (row %3), not %4.</source>
        <translation>order %1 belongs to customer %2 (row %3), not %4.</translation>
    </message>
    <message>
        <source>order %1 is already in the workspace (%2 lines).</source>
        <translation>order %1 is already in the workspace (%2 lines).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source> First problem: row %1, %2 %3</source>
        <translation> First problem: row %1, %2 %3</translation>
    </message>
    <message>
        <source>No row could be imported.</source>
        <translation>No row could be imported.</translation>
    </message>
    <message>
        <source>%1 of %2 rows could not be read, so nothing was imported. First problem: row %3, %4 %5</source>
        <translation>%1 of %2 rows could not be read, so nothing was imported. First problem: row %3, %4 %5</translation>
    </message>
    <message>
        <source>This file was already imported (import %1, %2); nothing was imported again. Undo that import first to load the file anew.</source>
        <translation>This file was already imported (import %1, %2); nothing was imported again. Undo that import first to load the file anew.</translation>
    </message>
    <message>
        <source>There is no import %1 in this workspace.</source>
        <translation>There is no import %1 in this workspace.</translation>
    </message>
    <message>
        <source>Could not tell whether the file holds orders, customers, campaigns or contacts from its columns (%1). Use --kind and --map FIELD=COLUMN.</source>
        <translation>Could not tell whether the file holds orders, customers, campaigns or contacts from its columns (%1). Use --kind and --map FIELD=COLUMN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation>&quot;%1&quot; is not a field of %2.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the file.</source>
        <translation>There is no column &quot;%1&quot; in the file.</translation>
    </message>
    <message>
        <source>No column found for %1 (%2 file; columns: %3). Use --map FIELD=COLUMN.</source>
        <translation>No column found for %1 (%2 file; columns: %3). Use --map FIELD=COLUMN.</translation>
    </message>
    <message>
        <source>Column %1: no date decides between day/month and month/day order; read as %2.</source>
        <translation>Column %1: no date decides between day/month and month/day order; read as %2.</translation>
    </message>
    <message>
        <source>Column %1 mixes D/M/Y and M/D/Y dates; read as the majority, %2.</source>
        <translation>Column %1 mixes D/M/Y and M/D/Y dates; read as the majority, %2.</translation>
    </message>
    <message>
        <source>Order numbers starting with &quot;C&quot; are read as cancellations.</source>
        <translation>Order numbers starting with &quot;C&quot; are read as cancellations.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>there is no sheet &quot;%1&quot;; the workbook has: %2</source>
        <translation>there is no sheet &quot;%1&quot;; the workbook has: %2</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>the workbook has no worksheets</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet; save it as .xlsx in LibreOffice and import again</source>
        <translation>this is an OpenDocument spreadsheet; save it as .xlsx in LibreOffice and import again</translation>
    </message>
    <message>
        <source>this workbook is password-protected; remove the password in Excel and import again</source>
        <translation>this workbook is password-protected; remove the password in Excel and import again</translation>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb); save it as .xlsx in Excel and import again</source>
        <translation>this is an Excel binary workbook (.xlsb); save it as .xlsx in Excel and import again</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip container cannot be opened; open it in Excel, save it again and import the new file</source>
        <translation>the workbook is damaged: its zip container cannot be opened; open it in Excel, save it again and import the new file</translation>
    </message>
    <message>
        <source>this is a zip archive but not an Excel workbook; import the .xlsx, .xls or .csv file itself</source>
        <translation>this is a zip archive but not an Excel workbook; import the .xlsx, .xls or .csv file itself</translation>
    </message>
    <message>
        <source>this is an Office document but not an Excel workbook (no workbook stream inside)</source>
        <translation>this is an Office document but not an Excel workbook (no workbook stream inside)</translation>
    </message>
    <message>
        <source>this is an Excel 2003 XML spreadsheet; open it in Excel, save it as .xlsx and import again</source>
        <translation>this is an Excel 2003 XML spreadsheet; open it in Excel, save it as .xlsx and import again</translation>
    </message>
    <message>
        <source>open it in Excel or LibreOffice, save it as .xlsx and import that file</source>
        <translation>open it in Excel or LibreOffice, save it as .xlsx and import that file</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook (BIFF%1)</source>
        <translation>Excel 97-2003 workbook (BIFF%1)</translation>
    </message>
    <message>
        <source>this is a chart sheet; it holds no cells</source>
        <translation>this is a chart sheet; it holds no cells</translation>
    </message>
    <message>
        <source>this .xls sheet cannot be read; %1</source>
        <translation>this .xls sheet cannot be read; %1</translation>
    </message>
    <message>
        <source>this .xls file is damaged; %1</source>
        <translation>this .xls file is damaged; %1</translation>
    </message>
    <message>
        <source>this .xls file is larger than 128 MB, more than the legacy format is read for; %1</source>
        <translation>this .xls file is larger than 128 MB, more than the legacy format is read for; %1</translation>
    </message>
    <message>
        <source>this is an Excel 5.0/95 workbook, an old .xls variant this program does not read; %1</source>
        <translation>this is an Excel 5.0/95 workbook, an old .xls variant this program does not read; %1</translation>
    </message>
    <message>
        <source>this .xls file cannot be read (FreeXL status %1): it is an older or unusual .xls variant this program does not read, password-protected, or damaged; %2</source>
        <translation>this .xls file cannot be read (FreeXL status %1): it is an older or unusual .xls variant this program does not read, password-protected, or damaged; %2</translation>
    </message>
    <message>
        <source>Sheet%1</source>
        <translation>Sheet%1</translation>
    </message>
    <message>
        <source>the workbook is damaged: it has no workbook part (xl/workbook.xml)</source>
        <translation>the workbook is damaged: it has no workbook part (xl/workbook.xml)</translation>
    </message>
    <message>
        <source>refused: the shared strings table holds more text than the safety limit (256 million characters)</source>
        <translation>refused: the shared strings table holds more text than the safety limit (256 million characters)</translation>
    </message>
    <message>
        <source>Excel workbook (Strict Open XML)</source>
        <translation>Excel workbook (Strict Open XML)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>unexpected content in a cell value</source>
        <translation>unexpected content in a cell value</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cell refers to shared string %1, but the shared strings table holds %2</source>
        <translation>the workbook is damaged: the cell refers to shared string %1, but the shared strings table holds %2</translation>
    </message>
    <message numerus="yes">
        <source>%n formula cell(s) have no saved result (first: %1) and read as empty; open the file in Excel and save it to store the results</source>
        <translation>
            <numerusform>%n formula cell have no saved result (first: %1) and read as empty; open the file in Excel and save it to store the results</numerusform>
            <numerusform>%n formula cells have no saved result (first: %1) and read as empty; open the file in Excel and save it to store the results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged cell range(s): each value is read in its top-left cell only, the other cells of the range are empty</source>
        <translation>
            <numerusform>%n merged cell range: each value is read in its top-left cell only, the other cells of the range are empty</numerusform>
            <numerusform>%n merged cell ranges: each value is read in its top-left cell only, the other cells of the range are empty</numerusform>
        </translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet&apos;s part is missing</source>
        <translation>the workbook is damaged: the sheet&apos;s part is missing</translation>
    </message>
    <message>
        <source>the workbook is damaged: row number %1 is outside Excel&apos;s limits</source>
        <translation>the workbook is damaged: row number %1 is outside Excel&apos;s limits</translation>
    </message>
    <message>
        <source>the workbook is damaged: cell %1 is beyond column XFD, Excel&apos;s limit</source>
        <translation>the workbook is damaged: cell %1 is beyond column XFD, Excel&apos;s limit</translation>
    </message>
    <message>
        <source>refused: part %1 inflates to more than the safety limit (1 GiB, or more than 1000 times its compressed size); this looks like a zip bomb</source>
        <translation>refused: part %1 inflates to more than the safety limit (1 GiB, or more than 1000 times its compressed size); this looks like a zip bomb</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 fails its checksum (CRC)</source>
        <translation>the workbook is damaged: part %1 fails its checksum (CRC)</translation>
    </message>
    <message>
        <source>refused: part %1 contains a DTD or entity declarations, which workbooks never need and which can be used to attack the reader</source>
        <translation>refused: part %1 contains a DTD or entity declarations, which workbooks never need and which can be used to attack the reader</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 is not well-formed XML (line %2: %3)</source>
        <translation>the workbook is damaged: part %1 is not well-formed XML (line %2: %3)</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip container cannot be opened (zip error %1); open it in Excel, save it again and import the new file</source>
        <translation>the workbook is damaged: its zip container cannot be opened (zip error %1); open it in Excel, save it again and import the new file</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip container is empty</source>
        <translation>the workbook is damaged: its zip container is empty</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 is missing</source>
        <translation>the workbook is damaged: part %1 is missing</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 cannot be read (%2)</source>
        <translation>the workbook is damaged: part %1 cannot be read (%2)</translation>
    </message>
    <message>
        <source>A cell holds more than %L1 characters, more than any spreadsheet program keeps in one cell. The file is damaged or has a quote that is never closed.</source>
        <translation>A cell holds more than %L1 characters, more than any spreadsheet program keeps in one cell. The file is damaged or has a quote that is never closed.</translation>
    </message>
    <message>
        <source>A row holds more than %L1 characters. The file is damaged or has a quote that is never closed.</source>
        <translation>A row holds more than %L1 characters. The file is damaged or has a quote that is never closed.</translation>
    </message>
    <message>
        <source>its directory entry %1 declares a name of %2 bytes, more than the %3 a name can hold</source>
        <translation>its directory entry %1 declares a name of %2 bytes, more than the %3 a name can hold</translation>
    </message>
    <message>
        <source>this .xls file is damaged: %1; %2</source>
        <translation>this .xls file is damaged: %1; %2</translation>
    </message>
    <message>
        <source>mapping from saved profile for this layout (saved %1)</source>
        <translation>mapping from saved profile for this layout (saved %1)</translation>
    </message>
    <message>
        <source>No header row names the fields; columns were mapped from their values: %1. Check them, or use --map FIELD=COLUMN.</source>
        <translation>No header row names the fields; columns were mapped from their values: %1. Check them, or use --map FIELD=COLUMN.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>unique codes</source>
        <translation>unique codes</translation>
    </message>
    <message>
        <source>repeated codes</source>
        <translation>repeated codes</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>amounts</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>channels</translation>
    </message>
    <message>
        <source>No header row names the fields, and the values alone do not tell them apart safely (found: %1). Use --kind and --map FIELD=COLUMN with column numbers from 1.</source>
        <translation>No header row names the fields, and the values alone do not tell them apart safely (found: %1). Use --kind and --map FIELD=COLUMN with column numbers from 1.</translation>
    </message>
    <message>
        <source>nothing recognisable</source>
        <translation>nothing recognisable</translation>
    </message>
    <message>
        <source>an element inside a text run</source>
        <translation>an element inside a text run</translation>
    </message>
    <message>
        <source>the part ends inside a text</source>
        <translation>the part ends inside a text</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8 or holds a character XML does not allow</source>
        <translation>text that is not valid UTF-8 or holds a character XML does not allow</translation>
    </message>
    <message>
        <source>the workbook is damaged: shared string %1 holds more than %L2 characters, more than any spreadsheet program keeps in one cell</source>
        <translation>the workbook is damaged: shared string %1 holds more than %L2 characters, more than any spreadsheet program keeps in one cell</translation>
    </message>
    <message>
        <source>the workbook is damaged: a cell holds more than %L1 characters, more than any spreadsheet program keeps in one cell</source>
        <translation>the workbook is damaged: a cell holds more than %L1 characters, more than any spreadsheet program keeps in one cell</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cell holds text that is not valid UTF-8 or a character XML does not allow</source>
        <translation>the workbook is damaged: the cell holds text that is not valid UTF-8 or a character XML does not allow</translation>
    </message>
    <message>
        <source>the text encoding %1 is not supported</source>
        <translation>the text encoding %1 is not supported</translation>
    </message>
    <message>
        <source>invalid character reference &amp;%1;</source>
        <translation>invalid character reference &amp;%1;</translation>
    </message>
    <message>
        <source>undefined entity &amp;%1;</source>
        <translation>undefined entity &amp;%1;</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>text outside the root element</translation>
    </message>
    <message>
        <source>an &apos;&amp;&apos; that starts no entity</source>
        <translation>an &apos;&amp;&apos; that starts no entity</translation>
    </message>
    <message>
        <source>the part ends inside an entity</source>
        <translation>the part ends inside an entity</translation>
    </message>
    <message>
        <source>the part ends inside a comment, CDATA section or processing instruction</source>
        <translation>the part ends inside a comment, CDATA section or processing instruction</translation>
    </message>
    <message>
        <source>the part ends inside element &lt;%1&gt;</source>
        <translation>the part ends inside element &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the part holds no XML element</source>
        <translation>the part holds no XML element</translation>
    </message>
    <message>
        <source>the part ends inside a tag</source>
        <translation>the part ends inside a tag</translation>
    </message>
    <message>
        <source>CDATA section outside the root element</source>
        <translation>CDATA section outside the root element</translation>
    </message>
    <message>
        <source>malformed markup declaration</source>
        <translation>malformed markup declaration</translation>
    </message>
    <message>
        <source>a tag is longer than %L1 bytes</source>
        <translation>a tag is longer than %L1 bytes</translation>
    </message>
    <message>
        <source>malformed tag</source>
        <translation>malformed tag</translation>
    </message>
    <message>
        <source>malformed attribute in tag &lt;%1&gt;</source>
        <translation>malformed attribute in tag &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute %1 has no value</source>
        <translation>attribute %1 has no value</translation>
    </message>
    <message>
        <source>the value of attribute %1 is not quoted</source>
        <translation>the value of attribute %1 is not quoted</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in the value of attribute %1</source>
        <translation>&apos;&lt;&apos; in the value of attribute %1</translation>
    </message>
    <message>
        <source>attribute %1 appears twice in one tag</source>
        <translation>attribute %1 appears twice in one tag</translation>
    </message>
    <message>
        <source>content after the end of the root element</source>
        <translation>content after the end of the root element</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>elements are nested more than %1 deep</translation>
    </message>
    <message>
        <source>end tag &lt;/%1&gt; without a start tag</source>
        <translation>end tag &lt;/%1&gt; without a start tag</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; is closed by &lt;/%2&gt;</source>
        <translation>element &lt;%1&gt; is closed by &lt;/%2&gt;</translation>
    </message>
    <message>
        <source>its workbook stream does not begin as an Excel 95 or 97-2003 workbook does</source>
        <translation>its workbook stream does not begin as an Excel 95 or 97-2003 workbook does</translation>
    </message>
    <message>
        <source>its workbook stream holds no records</source>
        <translation>its workbook stream holds no records</translation>
    </message>
    <message>
        <source>it holds no workbook stream</source>
        <translation>it holds no workbook stream</translation>
    </message>
    <message>
        <source>the directory of its container cannot be read</source>
        <translation>the directory of its container cannot be read</translation>
    </message>
    <message>
        <source>its workbook stream breaks off after %1 of its %2 bytes</source>
        <translation>its workbook stream breaks off after %1 of its %2 bytes</translation>
    </message>
    <message>
        <source>a working copy of it could not be written to %1 (%2)</source>
        <translation>a working copy of it could not be written to %1 (%2)</translation>
    </message>
    <message>
        <source>its %1 record at byte %2 declares more text than the record holds</source>
        <translation>its %1 record at byte %2 declares more text than the record holds</translation>
    </message>
    <message>
        <source>it defines more than %1 cell formats (XF records)</source>
        <translation>it defines more than %1 cell formats (XF records)</translation>
    </message>
    <message>
        <source>its DIMENSION record at byte %1 is short or repeats one of the same sheet</source>
        <translation>its DIMENSION record at byte %1 is short or repeats one of the same sheet</translation>
    </message>
    <message>
        <source>its cell record at byte %1 is too short to hold its row and column</source>
        <translation>its cell record at byte %1 is too short to hold its row and column</translation>
    </message>
    <message>
        <source>its sheets declare more than %1 cells</source>
        <translation>its sheets declare more than %1 cells</translation>
    </message>
    <message>
        <source>its date cells hold serial numbers too large (or too many) for this program&apos;s .xls reader to convert in reasonable time</source>
        <translation>its date cells hold serial numbers too large (or too many) for this program&apos;s .xls reader to convert in reasonable time</translation>
    </message>
    <message>
        <source>a shared string at byte %1 runs on over more than one CONTINUE record, which this program&apos;s .xls reader cannot read safely</source>
        <translation>a shared string at byte %1 runs on over more than one CONTINUE record, which this program&apos;s .xls reader cannot read safely</translation>
    </message>
    <message>
        <source>its LABEL record at byte %1 declares more text than the record holds</source>
        <translation>its LABEL record at byte %1 declares more text than the record holds</translation>
    </message>
    <message>
        <source>its DIMENSION record at byte %1 is short, too large or repeated</source>
        <translation>its DIMENSION record at byte %1 is short, too large or repeated</translation>
    </message>
    <message>
        <source>this .xls file cannot be read: %1</source>
        <translation>this .xls file cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>Crm::Report</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>Cannot read points: %1</source>
        <translation>Cannot read points: %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last %n days</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous %n days</source>
        <translation>
            <numerusform>Previous %n days</numerusform>
            <numerusform>Previous %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Customers who bought</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Active customers (new or active) at the end</source>
        <translation>Active customers (new or active) at the end</translation>
    </message>
    <message>
        <source>Dormant customers at the end</source>
        <translation>Dormant customers at the end</translation>
    </message>
    <message>
        <source>Net revenue in the last %1 days was %2 (%3 against the previous %1 days), from %4 orders by %5 customers.</source>
        <translation>Net revenue in the last %1 days was %2 (%3 against the previous %1 days), from %4 orders by %5 customers.</translation>
    </message>
    <message>
        <source>The RFM segment that grew most is %1: %2 customers, %3 more than on %4.</source>
        <translation>The RFM segment that grew most is %1: %2 customers, %3 more than on %4.</translation>
    </message>
    <message>
        <source>Campaign %1 paid: ROI %2 on a cost of %3, with a response uplift of %4 over its control group (p %5).</source>
        <translation>Campaign %1 paid: ROI %2 on a cost of %3, with a response uplift of %4 over its control group (p %5).</translation>
    </message>
    <message>
        <source>No campaign earned back its cost with a significant uplift over a control group.</source>
        <translation>No campaign earned back its cost with a significant uplift over a control group.</translation>
    </message>
    <message>
        <source>Campaigns without a control group: %1. Their revenue is attributed, not proven incremental.</source>
        <translation>Campaigns without a control group: %1. Their revenue is attributed, not proven incremental.</translation>
    </message>
    <message>
        <source>%1 high-value customers (Gold or Diamond on %2) fell asleep in the last %3 days; in the year before going quiet they spent %4.</source>
        <translation>%1 high-value customers (Gold or Diamond on %2) fell asleep in the last %3 days; in the year before going quiet they spent %4.</translation>
    </message>
    <message>
        <source>No Gold or Diamond customer fell asleep in the last %1 days.</source>
        <translation>No Gold or Diamond customer fell asleep in the last %1 days.</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM segments</translation>
    </message>
    <message>
        <source>Customers by RFM segment</source>
        <translation>Customers by RFM segment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Avg. order</source>
        <translation>Avg. order</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>At %1</translation>
    </message>
    <message>
        <source>Revenue is the net spend of the segment&apos;s customers up to %1; &quot;Before&quot; is the segment&apos;s size on %2.</source>
        <translation>Revenue is the net spend of the segment&apos;s customers up to %1; &quot;Before&quot; is the segment&apos;s size on %2.</translation>
    </message>
    <message>
        <source>Membership tiers</source>
        <translation>Membership tiers</translation>
    </message>
    <message>
        <source>Tier distribution</source>
        <translation>Tier distribution</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Spend, 12 months</source>
        <translation>Spend, 12 months</translation>
    </message>
    <message>
        <source>Customers by tier</source>
        <translation>Customers by tier</translation>
    </message>
    <message>
        <source>Moved up a tier</source>
        <translation>Moved up a tier</translation>
    </message>
    <message>
        <source>Moved down a tier</source>
        <translation>Moved down a tier</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Churn funnel and lifecycle</source>
        <translation>Churn funnel and lifecycle</translation>
    </message>
    <message>
        <source>Churn funnel at %1</source>
        <translation>Churn funnel at %1</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>Funnel steps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>% of previous</source>
        <translation>% of previous</translation>
    </message>
    <message>
        <source>% of first</source>
        <translation>% of first</translation>
    </message>
    <message>
        <source>Lifecycle stage on %1 (rows) and on %2 (columns)</source>
        <translation>Lifecycle stage on %1 (rows) and on %2 (columns)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>Cohort retention</translation>
    </message>
    <message>
        <source>Share of each monthly cohort buying again, by months since the first purchase</source>
        <translation>Share of each monthly cohort buying again, by months since the first purchase</translation>
    </message>
    <message>
        <source>M%1</source>
        <comment>months since first purchase</comment>
        <translation>M%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rows: month of the first purchase (customers in the cohort). M0 is the first month itself, so it is always 100%.</source>
        <translation>Rows: month of the first purchase (customers in the cohort). M0 is the first month itself, so it is always 100%.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>Campaign results</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Control resp.</source>
        <translation>Control resp.</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Uplift</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-value</translation>
    </message>
    <message>
        <source>Incr. revenue</source>
        <translation>Incr. revenue</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Response rate: contacted vs. control group</source>
        <translation>Response rate: contacted vs. control group</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Control group</translation>
    </message>
    <message>
        <source>No control group: attributed only</source>
        <translation>No control group: attributed only</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>Not significant</translation>
    </message>
    <message>
        <source>Window still open</source>
        <translation>Window still open</translation>
    </message>
    <message>
        <source>A contact responds when the customer orders within %1 days of the contact. Uplift = response rate − control response rate; significance by a two-sided two-proportion z-test at %2. ROI = (incremental revenue × margin − cost) ÷ cost, margin %3.</source>
        <translation>A contact responds when the customer orders within %1 days of the contact. Uplift = response rate − control response rate; significance by a two-sided two-proportion z-test at %2. ROI = (incremental revenue × margin − cost) ÷ cost, margin %3.</translation>
    </message>
    <message>
        <source>The workspace holds no campaigns.</source>
        <translation>The workspace holds no campaigns.</translation>
    </message>
    <message>
        <source>Revenue and reactivation</source>
        <translation>Revenue and reactivation</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Responders</translation>
    </message>
    <message>
        <source>Revenue in window</source>
        <translation>Revenue in window</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Dormant contacts</source>
        <translation>Dormant contacts</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivation</translation>
    </message>
    <message>
        <source>Dormant customers to reactivate</source>
        <translation>Dormant customers to reactivate</translation>
    </message>
    <message>
        <source>%1 customers are dormant at %2; in the year before going quiet they spent %3 together. These are the %4 who spent the most; names are shortened and phone numbers masked.</source>
        <translation>%1 customers are dormant at %2; in the year before going quiet they spent %3 together. These are the %4 who spent the most; names are shortened and phone numbers masked.</translation>
    </message>
    <message>
        <source>Top dormant customers by value at risk</source>
        <translation>Top dormant customers by value at risk</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>Days quiet</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Value at risk</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>Points liability</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <source>%1 members hold %2 points that have not been redeemed yet (the balance today, as the customers table records it).</source>
        <translation>%1 members hold %2 points that have not been redeemed yet (the balance today, as the customers table records it).</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <source>Definitions and parameters</source>
        <translation>Definitions and parameters</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Definition and parameters</source>
        <translation>Definition and parameters</translation>
    </message>
    <message>
        <source>As-of date D</source>
        <translation>As-of date D</translation>
    </message>
    <message>
        <source>%1. Only activity before D counts; by default D is the day after the last order.</source>
        <translation>%1. Only activity before D counts; by default D is the day after the last order.</translation>
    </message>
    <message>
        <source>Review period</source>
        <translation>Review period</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days), compared with %4 to %5.</source>
        <translation>%1 to %2 (%3 days), compared with %4 to %5.</translation>
    </message>
    <message>
        <source>Revenue, orders</source>
        <translation>Revenue, orders</translation>
    </message>
    <message>
        <source>Net revenue = purchases plus returns booked in the period (returns are negative). Orders count purchase orders only; average order value = purchases ÷ orders.</source>
        <translation>Net revenue = purchases plus returns booked in the period (returns are negative). Orders count purchase orders only; average order value = purchases ÷ orders.</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Recency = days from the last purchase day to D; frequency = purchase orders; monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share a score); segments from the R × F grid (Champions, Loyal, Potential Loyalists, New, Promising, Need Attention, About to Sleep, At Risk, Can&apos;t Lose Them, Hibernating).</source>
        <translation>Recency = days from the last purchase day to D; frequency = purchase orders; monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share a score); segments from the R × F grid (Champions, Loyal, Potential Loyalists, New, Promising, Need Attention, About to Sleep, At Risk, Can&apos;t Lose Them, Hibernating).</translation>
    </message>
    <message>
        <source>Net spend in the %1 months before D: Silver ≥ %2, Gold ≥ %3, Diamond ≥ %4, else Regular. Migration compares with the tiers on %5.</source>
        <translation>Net spend in the %1 months before D: Silver ≥ %2, Gold ≥ %3, Diamond ≥ %4, else Regular. Migration compares with the tiers on %5.</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Prospect = no order; new = first order within %1 days before D; otherwise the cycle is the median gap between purchase days (customers with fewer than %2 purchase days use the median of all others, here %3 days). Dormant when recency &gt; max(%4, %5 × cycle); churned when recency &gt; max(%6, %7 × cycle); else active.</source>
        <translation>Prospect = no order; new = first order within %1 days before D; otherwise the cycle is the median gap between purchase days (customers with fewer than %2 purchase days use the median of all others, here %3 days). Dormant when recency &gt; max(%4, %5 × cycle); churned when recency &gt; max(%6, %7 × cycle); else active.</translation>
    </message>
    <message>
        <source>Churn funnel</source>
        <translation>Churn funnel</translation>
    </message>
    <message>
        <source>Acquired (≥ 1 order) → repeat (≥ %1 orders) → not churned → active (new or active) at D. Transitions compare each customer&apos;s stage %2 days before D with the stage at D.</source>
        <translation>Acquired (≥ 1 order) → repeat (≥ %1 orders) → not churned → active (new or active) at D. Transitions compare each customer&apos;s stage %2 days before D with the stage at D.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Cohort = calendar month of the first purchase; retention(c, k) = customers of c with an order in month c + k ÷ cohort size. The %1 latest cohorts are shown.</source>
        <translation>Cohort = calendar month of the first purchase; retention(c, k) = customers of c with an order in month c + k ÷ cohort size. The %1 latest cohorts are shown.</translation>
    </message>
    <message>
        <source>A contact responds when the customer orders within %1 days after the contact (the contact day counts). Incremental revenue = (revenue per contact − revenue per control) × contacts; ROAS = revenue ÷ cost; ROI = (incremental revenue × %2 − cost) ÷ cost; p-value from a pooled two-sided two-proportion z-test, significant below %3. Without a control group revenue is attributed only. Reactivation rate = responders among contacts who were dormant on their contact day.</source>
        <translation>A contact responds when the customer orders within %1 days after the contact (the contact day counts). Incremental revenue = (revenue per contact − revenue per control) × contacts; ROAS = revenue ÷ cost; ROI = (incremental revenue × %2 − cost) ÷ cost; p-value from a pooled two-sided two-proportion z-test, significant below %3. Without a control group revenue is attributed only. Reactivation rate = responders among contacts who were dormant on their contact day.</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Dormant customers</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Outstanding points = the sum of positive balances in the customers table; earned and redeemed points are summed over the orders of each period.</source>
        <translation>Outstanding points = the sum of positive balances in the customers table; earned and redeemed points are summed over the orders of each period.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Names are shortened (王** / J. Smith) and phone numbers masked (138****1234) in this report.</source>
        <translation>Names are shortened (王** / J. Smith) and phone numbers masked (138****1234) in this report.</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>Not included: %1</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Potential Loyalists</source>
        <translation>Potential Loyalists</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>Need Attention</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>About to Sleep</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>At Risk</translation>
    </message>
    <message>
        <source>Can&apos;t Lose Them</source>
        <translation>Can&apos;t Lose Them</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>lifecycle stage</comment>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>New</source>
        <comment>lifecycle stage</comment>
        <translation>New</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>lifecycle stage</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dormant</source>
        <comment>lifecycle stage</comment>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Churned</source>
        <comment>lifecycle stage</comment>
        <translation>Churned</translation>
    </message>
    <message>
        <source>Acquired (≥ 1 order)</source>
        <translation>Acquired (≥ 1 order)</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Repeat buyers</translation>
    </message>
    <message>
        <source>Not churned</source>
        <translation>Not churned</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>The report parameters are out of range.</source>
        <translation>The report parameters are out of range.</translation>
    </message>
    <message>
        <source>Campaign review</source>
        <translation>Campaign review</translation>
    </message>
    <message>
        <source>Points liability: the workspace records no points.</source>
        <translation>Points liability: the workspace records no points.</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>Cannot write the output: %1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
    <message>
        <source>Export to .csv or .xlsx, not %1.</source>
        <translation>Export to .csv or .xlsx, not %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the customer list: %1</source>
        <translation>Cannot read the customer list: %1</translation>
    </message>
    <message>
        <source>There is no segment &quot;%1&quot; at %2; segments with customers: %3.</source>
        <translation>There is no segment &quot;%1&quot; at %2; segments with customers: %3.</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;.</source>
        <translation>There is no campaign &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1 (%2, zip error %3).</source>
        <translation>Cannot write the workbook %1 (%2, zip error %3).</translation>
    </message>
    <message>
        <source>Spend before quiet</source>
        <translation>Spend before quiet</translation>
    </message>
    <message>
        <source>Value at risk = (1 − P(alive)) × CLV over %1 months from the CLV model; spend before quiet = net spend in the %2 days up to the last purchase.</source>
        <translation>Value at risk = (1 − P(alive)) × CLV over %1 months from the CLV model; spend before quiet = net spend in the %2 days up to the last purchase.</translation>
    </message>
    <message>
        <source>The CLV model could not be fitted (%1), so customers are ranked by their net spend in the %2 days up to the last purchase.</source>
        <translation>The CLV model could not be fitted (%1), so customers are ranked by their net spend in the %2 days up to the last purchase.</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Customer lifetime value</translation>
    </message>
    <message>
        <source>The BG/NBD and Gamma-Gamma models, fitted on %1 customers, expect them to be worth %2 over the next %3 months (discounted); %4 of that is at risk from customers who may have left.</source>
        <translation>The BG/NBD and Gamma-Gamma models, fitted on %1 customers, expect them to be worth %2 over the next %3 months (discounted); %4 of that is at risk from customers who may have left.</translation>
    </message>
    <message>
        <source>Model estimate</source>
        <translation>Model estimate</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>Customers scored</translation>
    </message>
    <message numerus="yes">
        <source>Expected value, next %n months</source>
        <translation>
            <numerusform>Expected value, next %n months</numerusform>
            <numerusform>Expected value, next %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Average per customer</source>
        <translation>Average per customer</translation>
    </message>
    <message>
        <source>Expected purchases, next 90 days</source>
        <translation>Expected purchases, next 90 days</translation>
    </message>
    <message>
        <source>Customers with P(alive) below 50%</source>
        <translation>Customers with P(alive) below 50%</translation>
    </message>
    <message>
        <source>Dormant at D by the lifecycle rule, ranked by the CLV model&apos;s value at risk (by net spend in the %1 days up to the last purchase when the model cannot be fitted). &quot;High-value&quot; customers in the summary were Gold or Diamond and new or active at the start of the period.</source>
        <translation>Dormant at D by the lifecycle rule, ranked by the CLV model&apos;s value at risk (by net spend in the %1 days up to the last purchase when the model cannot be fitted). &quot;High-value&quot; customers in the summary were Gold or Diamond and new or active at the start of the period.</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>BG/NBD for purchase counts and P(alive), Gamma-Gamma for spend, fitted by maximum likelihood on purchase days up to D - 1 (one purchase per customer-day; time unit: day). CLV over %1 months with a monthly discount rate of %2; value at risk = (1 − P(alive)) × CLV. Fitted: %3.</source>
        <translation>BG/NBD for purchase counts and P(alive), Gamma-Gamma for spend, fitted by maximum likelihood on purchase days up to D - 1 (one purchase per customer-day; time unit: day). CLV over %1 months with a monthly discount rate of %2; value at risk = (1 − P(alive)) × CLV. Fitted: %3.</translation>
    </message>
    <message>
        <source>CLV summary: the model could not be fitted (%1).</source>
        <translation>CLV summary: the model could not be fitted (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Spend, %n month(s)</source>
        <translation>
            <numerusform>Spend, %n month</numerusform>
            <numerusform>Spend, %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: R %2, F %3, M %4</source>
        <translation>%1: R %2, F %3, M %4</translation>
    </message>
    <message>
        <source>Recency = days from the last purchase day to D; frequency = purchase orders; monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share a score); segments from the workspace&apos;s own rule table, the first matching rule naming the segment (%1); customers no rule catches: %2.</source>
        <translation>Recency = days from the last purchase day to D; frequency = purchase orders; monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share a score); segments from the workspace&apos;s own rule table, the first matching rule naming the segment (%1); customers no rule catches: %2.</translation>
    </message>
</context>
<context>
    <name>Crm::Store</name>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>The SQLite driver for Qt is not installed.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation>Database error (%1): %2</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>Upgrading the workspace to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 is not a CRM Workbench workspace: %2</source>
        <translation>%1 is not a CRM Workbench workspace: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>it is not a database file.</source>
        <translation>it is not a database file.</translation>
    </message>
    <message>
        <source>it is a database that belongs to another program.</source>
        <translation>it is a database that belongs to another program.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CRM Workbench (workspace format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>%1 was written by a newer version of CRM Workbench (workspace format %2; this version reads up to %3). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot restrict access to %1: %2</source>
        <translation>Cannot restrict access to %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Tier spend thresholds must rise: 0 &lt; Silver &lt; Gold &lt; Diamond.</source>
        <translation>Tier spend thresholds must rise: 0 &lt; Silver &lt; Gold &lt; Diamond.</translation>
    </message>
    <message>
        <source>Tier points thresholds must rise: 0 &lt; Silver &lt; Gold &lt; Diamond.</source>
        <translation>Tier points thresholds must rise: 0 &lt; Silver &lt; Gold &lt; Diamond.</translation>
    </message>
    <message>
        <source>The tier spend window must be between 1 and 120 months.</source>
        <translation>The tier spend window must be between 1 and 120 months.</translation>
    </message>
    <message>
        <source>&quot;New&quot; must cover between 1 and 3,650 days.</source>
        <translation>&quot;New&quot; must cover between 1 and 3,650 days.</translation>
    </message>
    <message>
        <source>A personal cycle needs between 2 and 100 purchase days.</source>
        <translation>A personal cycle needs between 2 and 100 purchase days.</translation>
    </message>
    <message>
        <source>The default purchase cycle must be at least 1 day.</source>
        <translation>The default purchase cycle must be at least 1 day.</translation>
    </message>
    <message>
        <source>Dormant needs at least 1 day and a positive number of cycles.</source>
        <translation>Dormant needs at least 1 day and a positive number of cycles.</translation>
    </message>
    <message>
        <source>The churned floor must be more days than the dormant floor.</source>
        <translation>The churned floor must be more days than the dormant floor.</translation>
    </message>
    <message>
        <source>Churned must take more cycles than dormant.</source>
        <translation>Churned must take more cycles than dormant.</translation>
    </message>
    <message>
        <source>The attribution window must be between 0 and 365 days.</source>
        <translation>The attribution window must be between 0 and 365 days.</translation>
    </message>
    <message>
        <source>The margin must be more than 0% and at most 100%.</source>
        <translation>The margin must be more than 0% and at most 100%.</translation>
    </message>
    <message>
        <source>The currency symbol can have at most 8 characters.</source>
        <translation>The currency symbol can have at most 8 characters.</translation>
    </message>
    <message>
        <source>The currency code must be three capital letters (ISO 4217, e.g. CNY).</source>
        <translation>The currency code must be three capital letters (ISO 4217, e.g. CNY).</translation>
    </message>
    <message>
        <source>Choose the fixed as-of date.</source>
        <translation>Choose the fixed as-of date.</translation>
    </message>
    <message>
        <source>Name the segment of customers no rule catches (one line).</source>
        <translation>Name the segment of customers no rule catches (one line).</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CampaignsPage</name>
    <message>
        <source>Significant (p &lt; 0.05)</source>
        <translation>Significant (p &lt; 0.05)</translation>
    </message>
    <message>
        <source>Not significant</source>
        <comment>statistical significance</comment>
        <translation>Not significant</translation>
    </message>
    <message>
        <source>No control group: attributed revenue only, not incremental</source>
        <translation>No control group: attributed revenue only, not incremental</translation>
    </message>
    <message>
        <source>Attribution window still open</source>
        <translation>Attribution window still open</translation>
    </message>
    <message>
        <source>Revenue against cost per campaign</source>
        <translation>Revenue against cost per campaign</translation>
    </message>
    <message>
        <source>Campaign metrics</source>
        <translation>Campaign metrics</translation>
    </message>
    <message>
        <source>Evaluating campaigns…</source>
        <translation>Evaluating campaigns…</translation>
    </message>
    <message numerus="yes">
        <source>A contact responds when the customer buys within %Ln day(s) after the contact. Incremental revenue compares the contacted customers with the control group; significance is a two-proportion z-test of the response rates.</source>
        <translation>
            <numerusform>A contact responds when the customer buys within %Ln day after the contact. Incremental revenue compares the contacted customers with the control group; significance is a two-proportion z-test of the response rates.</numerusform>
            <numerusform>A contact responds when the customer buys within %Ln days after the contact. Incremental revenue compares the contacted customers with the control group; significance is a two-proportion z-test of the response rates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::Charts</name>
    <message>
        <source>Copy Chart</source>
        <translation>Copy Chart</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Save Chart as PNG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Save Chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the chart: %1</source>
        <translation>Cannot write the chart: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Save Chart as SVG…</translation>
    </message>
    <message>
        <source>SVG vector images (*.svg)</source>
        <translation>SVG vector images (*.svg)</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ClvPage</name>
    <message>
        <source>BG/NBD fitted on %1 customers in weeks: log-likelihood %2, %3 after %4 iterations.</source>
        <translation>BG/NBD fitted on %1 customers in weeks: log-likelihood %2, %3 after %4 iterations.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>converged</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>not converged</translation>
    </message>
    <message>
        <source>&lt; 30 days</source>
        <translation>&lt; 30 days</translation>
    </message>
    <message>
        <source>30–89 days</source>
        <translation>30–89 days</translation>
    </message>
    <message>
        <source>90–179 days</source>
        <translation>90–179 days</translation>
    </message>
    <message>
        <source>180–364 days</source>
        <translation>180–364 days</translation>
    </message>
    <message>
        <source>≥ 365 days</source>
        <translation>≥ 365 days</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>P(alive) by repeat purchase days (rows) and time since the last purchase</source>
        <translation>P(alive) by repeat purchase days (rows) and time since the last purchase</translation>
    </message>
    <message>
        <source>Customers by 12-month CLV</source>
        <translation>Customers by 12-month CLV</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Model parameters</translation>
    </message>
    <message>
        <source>Most valuable customers</source>
        <translation>Most valuable customers</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most valuable customers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Most valuable customers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fitting the lifetime value model…</source>
        <translation>Fitting the lifetime value model…</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Repeat purchase days</source>
        <translation>Repeat purchase days</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>CLV, 12 months</source>
        <translation>CLV, 12 months</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Expected purchases, 90 days</source>
        <translation>Expected purchases, 90 days</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Value at risk</translation>
    </message>
    <message>
        <source>Next order due</source>
        <translation>Next order due</translation>
    </message>
    <message>
        <source>Total expected value of %1 customers over 12 months: %2.</source>
        <translation>Total expected value of %1 customers over 12 months: %2.</translation>
    </message>
    <message>
        <source>Lifetime Value</source>
        <translation>Lifetime Value</translation>
    </message>
    <message>
        <source>Customers fitted</source>
        <translation>Customers fitted</translation>
    </message>
    <message>
        <source>Distinct (x, tₓ, T) rows</source>
        <translation>Distinct (x, tₓ, T) rows</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Log-likelihood</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>Converged</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterations</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimiser</translation>
    </message>
    <message>
        <source>Spend model log-likelihood</source>
        <translation>Spend model log-likelihood</translation>
    </message>
    <message>
        <source>Repeat purchases, actual</source>
        <translation>Repeat purchases, actual</translation>
    </message>
    <message>
        <source>Repeat purchases, predicted</source>
        <translation>Repeat purchases, predicted</translation>
    </message>
    <message>
        <source>Predicted vs actual</source>
        <translation>Predicted vs actual</translation>
    </message>
    <message>
        <source>χ², repeat purchase histogram</source>
        <translation>χ², repeat purchase histogram</translation>
    </message>
    <message>
        <source>Cumulative repeat purchases: actual and predicted</source>
        <translation>Cumulative repeat purchases: actual and predicted</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Repeat purchases</translation>
    </message>
    <message>
        <source>Customers by repeat purchase days: actual and predicted</source>
        <translation>Customers by repeat purchase days: actual and predicted</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>CLV distribution</source>
        <translation>CLV distribution</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Lifetime value charts</source>
        <translation>Lifetime value charts</translation>
    </message>
    <message>
        <source>Fit diagnostics</source>
        <translation>Fit diagnostics</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model parameters and fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Model parameters and fit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicted</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
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
        <translation>Retention</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>Cumulative revenue per customer</translation>
    </message>
    <message>
        <source>Cohort values</source>
        <translation>Cohort values</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Cohort period</source>
        <translation>Cohort period</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Cohorts by:</source>
        <translation>&amp;Cohorts by:</translation>
    </message>
    <message>
        <source>Cohort (first purchase) × periods since</source>
        <translation>Cohort (first purchase) × periods since</translation>
    </message>
    <message>
        <source>Retention curves of recent cohorts</source>
        <translation>Retention curves of recent cohorts</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Building cohorts…</source>
        <translation>Building cohorts…</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CustomerDetail</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>No purchase before the as-of date: the model has nothing to go on.</source>
        <translation>No purchase before the as-of date: the model has nothing to go on.</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CustomerTableModel</name>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Net value</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::CustomersPage</name>
    <message>
        <source>Search by ID, name or phone</source>
        <translation>Search by ID, name or phone</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message numerus="yes">
        <source>Arranged %Ln customer(s) in %1 ms</source>
        <translation>
            <numerusform>Arranged %Ln customer in %1 ms</numerusform>
            <numerusform>Arranged %Ln customers in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Select a customer to see their orders.</source>
        <translation>Select a customer to see their orders.</translation>
    </message>
    <message>
        <source>Orders of the selected customer</source>
        <translation>Orders of the selected customer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders and returns&lt;/b&gt;</source>
        <translation>&lt;b&gt;Orders and returns&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Loading customers…</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 of %2 customers</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tier history of the selected customer</source>
        <translation>Tier history of the selected customer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tier history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tier history&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing scores…</source>
        <translation>Computing scores…</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM segment</translation>
    </message>
    <message>
        <source>R / F / M scores</source>
        <translation>R / F / M scores</translation>
    </message>
    <message>
        <source>Quintiles of all customers, 5 = best</source>
        <translation>Quintiles of all customers, 5 = best</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Days since last purchase</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Probability that the customer still buys (BG/NBD)</source>
        <translation>Probability that the customer still buys (BG/NBD)</translation>
    </message>
    <message>
        <source>Expected purchases, 90 days</source>
        <translation>Expected purchases, 90 days</translation>
    </message>
    <message>
        <source>CLV, 12 months</source>
        <translation>CLV, 12 months</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>Discounted expected value of the next 12 months (BG/NBD × Gamma-Gamma)</source>
        <translation>Discounted expected value of the next 12 months (BG/NBD × Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Next order due</source>
        <translation>Next order due</translation>
    </message>
    <message>
        <source>One purchase day only: the model cannot tell yet whether this customer is gone, so P(alive) stays at 100% and the lifecycle stage is the better guide.</source>
        <translation>One purchase day only: the model cannot tell yet whether this customer is gone, so P(alive) stays at 100% and the lifecycle stage is the better guide.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Net spend in the window</source>
        <translation>Net spend in the window</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>Tier</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::FilterBar</name>
    <message>
        <source>Any</source>
        <comment>no date limit</comment>
        <translation>Any</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>As-of date</translation>
    </message>
    <message>
        <source>Orders from</source>
        <translation>Orders from</translation>
    </message>
    <message>
        <source>Orders until</source>
        <translation>Orders until</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Analyses look at the data before this day (default: the day after the last order)</source>
        <translation>Analyses look at the data before this day (default: the day after the last order)</translation>
    </message>
    <message>
        <source>Only orders on or after this day (order lists and revenue charts)</source>
        <translation>Only orders on or after this day (order lists and revenue charts)</translation>
    </message>
    <message>
        <source>Only orders up to this day (order lists and revenue charts)</source>
        <translation>Only orders up to this day (order lists and revenue charts)</translation>
    </message>
    <message>
        <source>Only orders of this channel (order lists and revenue charts)</source>
        <translation>Only orders of this channel (order lists and revenue charts)</translation>
    </message>
    <message>
        <source>Only customers of this city (every page)</source>
        <translation>Only customers of this city (every page)</translation>
    </message>
    <message>
        <source>Only customers of this tier, as imported (every page)</source>
        <translation>Only customers of this tier, as imported (every page)</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>Show every order and customer again</source>
        <translation>Show every order and customer again</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>Orders &amp;from:</source>
        <translation>Orders &amp;from:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>date range end</comment>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <comment>membership tier</comment>
        <translation>T&amp;ier:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ImportWizard</name>
    <message>
        <source>%1 appears twice in the file</source>
        <translation>%1 appears twice in the file</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Campaign contacts</source>
        <translation>Campaign contacts</translation>
    </message>
    <message>
        <source>TRUE</source>
        <translation>TRUE</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FALSE</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Row content</source>
        <translation>Row content</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written to the workspace.</source>
        <translation>The import was cancelled. Nothing was written to the workspace.</translation>
    </message>
    <message>
        <source>Nothing was written to the workspace.</source>
        <translation>Nothing was written to the workspace.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>%1 rows imported from %2.</source>
        <translation>%1 rows imported from %2.</translation>
    </message>
    <message>
        <source>%1 rows rejected (listed below and on the Imports page)</source>
        <translation>%1 rows rejected (listed below and on the Imports page)</translation>
    </message>
    <message>
        <source>%1 blank or summary lines skipped</source>
        <translation>%1 blank or summary lines skipped</translation>
    </message>
    <message>
        <source>%1 orders with %2 product lines</source>
        <translation>%1 orders with %2 product lines</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx, .xls) and text files (.csv, .txt) exported by shop systems, POS or CRM. You can also drop a file onto this window.</source>
        <translation>Excel workbooks (.xlsx, .xls) and text files (.csv, .txt) exported by shop systems, POS or CRM. You can also drop a file onto this window.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Spreadsheets and text files (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Spreadsheets and text files (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Sheet and format</source>
        <translation>Sheet and format</translation>
    </message>
    <message>
        <source>Sheet to import:</source>
        <translation>Sheet to import:</translation>
    </message>
    <message>
        <source>Sheets of the workbook</source>
        <translation>Sheets of the workbook</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Comma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semicolon  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>Vertical bar  |</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Reading the first rows…</translation>
    </message>
    <message>
        <source>Header found in row %1.</source>
        <translation>Header found in row %1.</translation>
    </message>
    <message>
        <source>No header row found; columns are numbered.</source>
        <translation>No header row found; columns are numbered.</translation>
    </message>
    <message>
        <source>%1 (chart sheet, no data)</source>
        <translation>%1 (chart sheet, no data)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>auto: %1</source>
        <translation>auto: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows as they were read. The highlighted row holds the column titles; grey rows above it are skipped.</source>
        <translation>The first rows as they were read. The highlighted row holds the column titles; grey rows above it are skipped.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sheet or file: %1 — the first %2 data rows.</source>
        <translation>Sheet or file: %1 — the first %2 data rows.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Which column holds which information. Fields marked * are required.</source>
        <translation>Which column holds which information. Fields marked * are required.</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <source>How the first rows will be stored:</source>
        <translation>How the first rows will be stored:</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Every column is used.</source>
        <translation>Every column is used.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Columns not imported: %1</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>Choose a column for: %1</translation>
    </message>
    <message>
        <source>Rows are product lines; they are folded into orders (amount = quantity × unit price when there is no amount column).</source>
        <translation>Rows are product lines; they are folded into orders (amount = quantity × unit price when there is no amount column).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Every row of the file is checked with this mapping. Nothing is written yet.</source>
        <translation>Every row of the file is checked with this mapping. Nothing is written yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancel check</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forth to run it again.</source>
        <translation>The check was cancelled. Go back and forth to run it again.</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported.</source>
        <translation>%1 of %2 rows can be imported.</translation>
    </message>
    <message>
        <source>%1 rows would be rejected</source>
        <translation>%1 rows would be rejected</translation>
    </message>
    <message>
        <source>Most rows cannot be read with this mapping; the import would be refused. Go back and check the columns.</source>
        <translation>Most rows cannot be read with this mapping; the import would be refused. Go back and check the columns.</translation>
    </message>
    <message>
        <source>Duplicates of rows already in the workspace are found during the import.</source>
        <translation>Duplicates of rows already in the workspace are found during the import.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Importing %1 into the workspace…</source>
        <translation>Importing %1 into the workspace…</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>Campaign ID</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>Sign-up date</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Contacted at</source>
        <translation>Contacted at</translation>
    </message>
    <message>
        <source>Group (treatment/control)</source>
        <translation>Group (treatment/control)</translation>
    </message>
    <message>
        <source>Filled in from the mapping you confirmed for a file with the same columns.</source>
        <translation>Filled in from the mapping you confirmed for a file with the same columns.</translation>
    </message>
    <message>
        <source>No header row names the fields; the columns were chosen from their values. Check them before importing.</source>
        <translation>No header row names the fields; the columns were chosen from their values. Check them before importing.</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::ImportsPage</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Undo Import…</source>
        <translation>Undo Import…</translation>
    </message>
    <message>
        <source>Remove this import and every row it brought into the workspace</source>
        <translation>Remove this import and every row it brought into the workspace</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import history&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows of the selected import&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rejected rows of the selected import&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Loading the import history…</source>
        <translation>Loading the import history…</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Undo Import</translation>
    </message>
    <message>
        <source>Remove import %1 (%2) and every customer, order and contact it brought? This cannot be undone.</source>
        <translation>Remove import %1 (%2) and every customer, order and contact it brought? This cannot be undone.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Undoing import %1…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Import %1 undone.</source>
        <translation>Import %1 undone.</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::KpiCard</name>
    <message>
        <source>no earlier period</source>
        <translation>no earlier period</translation>
    </message>
    <message>
        <source>%1 pts vs. previous period</source>
        <comment>change of a rate</comment>
        <translation>%1 pts vs. previous period</translation>
    </message>
    <message>
        <source>%1% vs. previous period</source>
        <comment>relative change</comment>
        <translation>%1% vs. previous period</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>previous period: %1</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Previous period: %1</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::Labels</name>
    <message>
        <source>Bought once or more</source>
        <comment>funnel step</comment>
        <translation>Bought once or more</translation>
    </message>
    <message>
        <source>Bought again</source>
        <comment>funnel step</comment>
        <translation>Bought again</translation>
    </message>
    <message>
        <source>Not churned</source>
        <comment>funnel step</comment>
        <translation>Not churned</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>funnel step</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>lifecycle stage</comment>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>New</source>
        <comment>lifecycle stage</comment>
        <translation>New</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>lifecycle stage</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dormant</source>
        <comment>lifecycle stage</comment>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Churned</source>
        <comment>lifecycle stage</comment>
        <translation>Churned</translation>
    </message>
    <message>
        <source>Regular</source>
        <comment>membership tier</comment>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Silver</source>
        <comment>membership tier</comment>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>membership tier</comment>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Diamond</source>
        <comment>membership tier</comment>
        <translation>Diamond</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no tier</comment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>funnel step</comment>
        <translation>Step</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage</comment>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>membership tier</comment>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>% of previous step</source>
        <translation>% of previous step</translation>
    </message>
    <message>
        <source>% of first step</source>
        <translation>% of first step</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Recency (days)</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Value before going quiet</source>
        <translation>Value before going quiet</translation>
    </message>
    <message>
        <source>Usual cycle (days)</source>
        <translation>Usual cycle (days)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Control group</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Responders</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>Control response rate</source>
        <translation>Control response rate</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Uplift</translation>
    </message>
    <message>
        <source>Attributed revenue</source>
        <translation>Attributed revenue</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>Incremental revenue</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
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
        <translation>p-value</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Significance</translation>
    </message>
    <message>
        <source>Reactivation rate</source>
        <translation>Reactivation rate</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>kind of data imported</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Rows imported</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Raw values</source>
        <translation>Raw values</translation>
    </message>
    <message>
        <source>Stage 90 days earlier</source>
        <translation>Stage 90 days earlier</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>gender</comment>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>gender</comment>
        <translation>Male</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::LifecyclePage</name>
    <message>
        <source>Export for Campaign…</source>
        <translation>Export for Campaign…</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage</source>
        <translation>Customers by lifecycle stage</translation>
    </message>
    <message>
        <source>Churn funnel</source>
        <translation>Churn funnel</translation>
    </message>
    <message>
        <source>Stage 90 days ago (rows) → stage now (columns)</source>
        <translation>Stage 90 days ago (rows) → stage now (columns)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dormant customers, most valuable first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dormant customers, most valuable first&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the dormant customers as a CSV list for a reactivation campaign</source>
        <translation>Save the dormant customers as a CSV list for a reactivation campaign</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Dormant customers</translation>
    </message>
    <message>
        <source>Export Dormant Customers</source>
        <translation>Export Dormant Customers</translation>
    </message>
    <message>
        <source>dormant-customers.csv</source>
        <translation>dormant-customers.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Saved %Ln customer to %1</numerusform>
            <numerusform>Saved %Ln customers to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Classifying customers…</source>
        <translation>Classifying customers…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Lifecycle &amp; Churn</source>
        <translation>Lifecycle &amp; Churn</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::MainWindow</name>
    <message>
        <source>CRM workspaces (*.%1)</source>
        <translation>CRM workspaces (*.%1)</translation>
    </message>
    <message>
        <source>CRM Workbench</source>
        <translation>CRM Workbench</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;New Workspace…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Open &amp;Demo Workspace</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Reload the workspace and every page (F5)</source>
        <translation>Reload the workspace and every page (F5)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Clear Filters</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CRM Workbench</source>
        <translation>&amp;About CRM Workbench</translation>
    </message>
    <message>
        <source>About CRM Workbench</source>
        <translation>About CRM Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Workbench %1&lt;/h3&gt;&lt;p&gt;Customer segmentation, retention, campaign ROI and lifetime value for marketing teams. Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Workbench %1&lt;/h3&gt;&lt;p&gt;Customer segmentation, retention, campaign ROI and lifetime value for marketing teams. Your data stays on this computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to CRM Workbench&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Welcome to CRM Workbench&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Bring your customer, order and campaign spreadsheets into a workspace and see who your customers are, who is falling asleep and which campaigns paid off. New here? Open the demo workspace: a realistic shop with three years of data.</source>
        <translation>Bring your customer, order and campaign spreadsheets into a workspace and see who your customers are, who is falling asleep and which campaigns paid off. New here? Open the demo workspace: a realistic shop with three years of data.</translation>
    </message>
    <message>
        <source>Open Demo Workspace</source>
        <translation>Open Demo Workspace</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Open Workspace…</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>New Workspace…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <source>Tip: drop a workspace file anywhere on this window to open it.</source>
        <translation>Tip: drop a workspace file anywhere on this window to open it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent workspaces&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>New Workspace</translation>
    </message>
    <message>
        <source>Creating workspace…</source>
        <translation>Creating workspace…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Creating the demo workspace…</translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation>Please wait until the current task has finished.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Cannot Open Workspace</translation>
    </message>
    <message>
        <source>%1 — CRM Workbench</source>
        <translation>%1 — CRM Workbench</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>&amp;Import Spreadsheet…</translation>
    </message>
    <message>
        <source>Bring customers, orders or campaigns from Excel or CSV into this workspace</source>
        <translation>Bring customers, orders or campaigns from Excel or CSV into this workspace</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop %1 on it.</source>
        <translation>Open or create a workspace first, then drop %1 on it.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CRM Workbench.</source>
        <translation>The new language is used from the next start of CRM Workbench.</translation>
    </message>
    <message>
        <source>campaign-review.pdf</source>
        <translation>campaign-review.pdf</translation>
    </message>
    <message>
        <source>Export Campaign Review</source>
        <translation>Export Campaign Review</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export the Review</source>
        <translation>Cannot Export the Review</translation>
    </message>
    <message>
        <source>Saved the campaign review to %1</source>
        <translation>Saved the campaign review to %1</translation>
    </message>
    <message>
        <source>Writing the campaign review…</source>
        <translation>Writing the campaign review…</translation>
    </message>
    <message>
        <source>Cannot Print the Review</source>
        <translation>Cannot Print the Review</translation>
    </message>
    <message>
        <source>Print Campaign Review</source>
        <translation>Print Campaign Review</translation>
    </message>
    <message>
        <source>Preparing the campaign review…</source>
        <translation>Preparing the campaign review…</translation>
    </message>
    <message>
        <source>&amp;Export Campaign Review as PDF…</source>
        <translation>&amp;Export Campaign Review as PDF…</translation>
    </message>
    <message>
        <source>&amp;Print Campaign Review…</source>
        <translation>&amp;Print Campaign Review…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Tier thresholds, lifecycle rule, attribution window, margin, currency, language</source>
        <translation>Tier thresholds, lifecycle rule, attribution window, margin, currency, language</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>&amp;Find Customer…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Cannot Save the Settings</source>
        <translation>Cannot Save the Settings</translation>
    </message>
    <message>
        <source>Settings saved; the pages are recalculated.</source>
        <translation>Settings saved; the pages are recalculated.</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Saving the settings…</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::OverviewPage</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Orders and returns</source>
        <translation>Orders and returns</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Campaign contacts</source>
        <translation>Campaign contacts</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Active customers</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Dormant customers</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Revenue, last 12 months</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Repeat rate</translation>
    </message>
    <message>
        <source>Customers with at least one purchase before the as-of date</source>
        <translation>Customers with at least one purchase before the as-of date</translation>
    </message>
    <message>
        <source>New or active customers at the as-of date</source>
        <translation>New or active customers at the as-of date</translation>
    </message>
    <message>
        <source>Share of the period&apos;s buyers who bought at least twice in it</source>
        <translation>Share of the period&apos;s buyers who bought at least twice in it</translation>
    </message>
    <message>
        <source>Churn funnel</source>
        <translation>Churn funnel</translation>
    </message>
    <message>
        <source>Net revenue by month</source>
        <translation>Net revenue by month</translation>
    </message>
    <message>
        <source>Workspace contents</source>
        <translation>Workspace contents</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Loading the overview…</source>
        <translation>Loading the overview…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Customers by tier (12-month spend)</source>
        <translation>Customers by tier (12-month spend)</translation>
    </message>
    <message>
        <source>Customers by tier (points balance)</source>
        <translation>Customers by tier (points balance)</translation>
    </message>
    <message numerus="yes">
        <source>Customers by tier (%n-month spend)</source>
        <translation>
            <numerusform>Customers by tier (%n-month spend)</numerusform>
            <numerusform>Customers by tier (%n-month spend)</numerusform>
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
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>As-of date</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Confidential: contains customer information. Names are shortened and phone numbers masked.</source>
        <translation>Confidential: contains customer information. Names are shortened and phone numbers masked.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot paint the report.</source>
        <translation>Cannot paint the report.</translation>
    </message>
    <message>
        <source>Cannot write the figure: %1</source>
        <translation>Cannot write the figure: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SegmentRulesDialog</name>
    <message>
        <source>Segment Rules</source>
        <translation>Segment Rules</translation>
    </message>
    <message>
        <source>Each customer joins the segment of the first rule whose score ranges contain the customer&apos;s recency, frequency and monetary scores (1-5, 5 = best). Rules with the same name form one segment.</source>
        <translation>Each customer joins the segment of the first rule whose score ranges contain the customer&apos;s recency, frequency and monetary scores (1-5, 5 = best). Rules with the same name form one segment.</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>Segment rules</translation>
    </message>
    <message>
        <source>Segment of customers no rule catches</source>
        <translation>Segment of customers no rule catches</translation>
    </message>
    <message>
        <source>Customers no rule catches:</source>
        <translation>Customers no rule catches:</translation>
    </message>
    <message>
        <source>Problems with the segment rules</source>
        <translation>Problems with the segment rules</translation>
    </message>
    <message>
        <source>Warnings about the segment rules</source>
        <translation>Warnings about the segment rules</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a rule below the selected one</source>
        <translation>Add a rule below the selected one</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Remove the selected rule</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>Match the selected rule earlier</source>
        <translation>Match the selected rule earlier</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>Match the selected rule later</source>
        <translation>Match the selected rule later</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Reset to Default</translation>
    </message>
    <message>
        <source>The common R × F grid: Champions, Loyal, … Hibernating</source>
        <translation>The common R × F grid: Champions, Loyal, … Hibernating</translation>
    </message>
    <message>
        <source>R Package Rules</source>
        <translation>R Package Rules</translation>
    </message>
    <message>
        <source>The rule table of the R package rfm, with monetary ranges; other customers are &quot;Others&quot;</source>
        <translation>The rule table of the R package rfm, with monetary ranges; other customers are &quot;Others&quot;</translation>
    </message>
    <message>
        <source>Name the segment of customers no rule catches.</source>
        <translation>Name the segment of customers no rule catches.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SegmentRulesModel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>R from</source>
        <translation>R from</translation>
    </message>
    <message>
        <source>R to</source>
        <translation>R to</translation>
    </message>
    <message>
        <source>F from</source>
        <translation>F from</translation>
    </message>
    <message>
        <source>F to</source>
        <translation>F to</translation>
    </message>
    <message>
        <source>M from</source>
        <translation>M from</translation>
    </message>
    <message>
        <source>M to</source>
        <translation>M to</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>The segment a customer matching this rule belongs to; rules with the same name form one segment</source>
        <translation>The segment a customer matching this rule belongs to; rules with the same name form one segment</translation>
    </message>
    <message>
        <source>Recency score, 1 (longest ago) to 5 (most recent), both ends included</source>
        <translation>Recency score, 1 (longest ago) to 5 (most recent), both ends included</translation>
    </message>
    <message>
        <source>Frequency score, 1 (fewest orders) to 5 (most), both ends included</source>
        <translation>Frequency score, 1 (fewest orders) to 5 (most), both ends included</translation>
    </message>
    <message>
        <source>Monetary score, 1 (lowest net spend) to 5 (highest), both ends included</source>
        <translation>Monetary score, 1 (lowest net spend) to 5 (highest), both ends included</translation>
    </message>
    <message>
        <source>Customers of the current as-of date and filters this rule would catch</source>
        <translation>Customers of the current as-of date and filters this rule would catch</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>New rule %1</translation>
    </message>
    <message>
        <source>Add at least one rule.</source>
        <translation>Add at least one rule.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) never catches anybody: the rules above it cover all its scores.</source>
        <translation>Rule %1 (%2) never catches anybody: the rules above it cover all its scores.</translation>
    </message>
    <message>
        <source>Rule %1 needs a name.</source>
        <translation>Rule %1 needs a name.</translation>
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
        <translation>Rule %1 (%2): %3 scores run from 1 to 5.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3 from %4 is above %3 to %5.</source>
        <translation>Rule %1 (%2): %3 from %4 is above %3 to %5.</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SegmentsPage</name>
    <message>
        <source>Export List…</source>
        <translation>Export List…</translation>
    </message>
    <message>
        <source>Customers per cell</source>
        <translation>Customers per cell</translation>
    </message>
    <message>
        <source>Mean net value per cell</source>
        <translation>Mean net value per cell</translation>
    </message>
    <message>
        <source>Grid values</source>
        <translation>Grid values</translation>
    </message>
    <message>
        <source>Recency score (rows, 5 = recent) × frequency score (columns)</source>
        <translation>Recency score (rows, 5 = recent) × frequency score (columns)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Save the customers of the selected segment as CSV</source>
        <translation>Save the customers of the selected segment as CSV</translation>
    </message>
    <message>
        <source>Export Segment</source>
        <translation>Export Segment</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved segment %1 to %2</source>
        <translation>Saved segment %1 to %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Segments&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Scoring customers…</translation>
    </message>
    <message>
        <source>R \ F</source>
        <translation>R \ F</translation>
    </message>
    <message>
        <source>The segments are not computed yet.</source>
        <translation>The segments are not computed yet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Edit Rules…</source>
        <translation>Edit Rules…</translation>
    </message>
    <message>
        <source>Change which R, F and M scores make up each segment</source>
        <translation>Change which R, F and M scores make up each segment</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>&amp;Tiers</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>&amp;Lifecycle</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campaigns</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problems with the settings</translation>
    </message>
    <message>
        <source>Put back the values of the methodology</source>
        <translation>Put back the values of the methodology</translation>
    </message>
    <message>
        <source>Net spend in a window before the as-of date</source>
        <translation>Net spend in a window before the as-of date</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
    <message>
        <source>Tier &amp;by:</source>
        <translation>Tier &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Silver from (spend):</source>
        <translation>&amp;Silver from (spend):</translation>
    </message>
    <message>
        <source>G&amp;old from (spend):</source>
        <translation>G&amp;old from (spend):</translation>
    </message>
    <message>
        <source>&amp;Diamond from (spend):</source>
        <translation>&amp;Diamond from (spend):</translation>
    </message>
    <message>
        <source>Silver from (points):</source>
        <translation>Silver from (points):</translation>
    </message>
    <message>
        <source>Gold from (points):</source>
        <translation>Gold from (points):</translation>
    </message>
    <message>
        <source>Diamond from (points):</source>
        <translation>Diamond from (points):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Spend &amp;window:</source>
        <translation>Spend &amp;window:</translation>
    </message>
    <message>
        <source>Net spend counts over this many months before the as-of date</source>
        <translation>Net spend counts over this many months before the as-of date</translation>
    </message>
    <message>
        <source>Customers below Silver are Regular. Each threshold must be higher than the one before.</source>
        <translation>Customers below Silver are Regular. Each threshold must be higher than the one before.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;New: first purchase within</source>
        <translation>&amp;New: first purchase within</translation>
    </message>
    <message>
        <source>&amp;Dormant after at least</source>
        <translation>&amp;Dormant after at least</translation>
    </message>
    <message>
        <source> × cycle</source>
        <translation> × cycle</translation>
    </message>
    <message>
        <source>… or &amp;more than</source>
        <translation>… or &amp;more than</translation>
    </message>
    <message>
        <source>C&amp;hurned after at least</source>
        <translation>C&amp;hurned after at least</translation>
    </message>
    <message>
        <source>… or m&amp;ore than</source>
        <translation>… or m&amp;ore than</translation>
    </message>
    <message>
        <source>&amp;Personal cycle needs</source>
        <translation>&amp;Personal cycle needs</translation>
    </message>
    <message>
        <source>Customers with fewer purchase days use the median cycle of everybody else</source>
        <translation>Customers with fewer purchase days use the median cycle of everybody else</translation>
    </message>
    <message>
        <source>De&amp;fault cycle:</source>
        <translation>De&amp;fault cycle:</translation>
    </message>
    <message>
        <source>Used when nobody has enough purchase days for a cycle</source>
        <translation>Used when nobody has enough purchase days for a cycle</translation>
    </message>
    <message>
        <source>The cycle is the median gap between a customer&apos;s purchase days. A customer is dormant when the days since the last purchase exceed both the floor and the multiple of the cycle; churned likewise.</source>
        <translation>The cycle is the median gap between a customer&apos;s purchase days. A customer is dormant when the days since the last purchase exceed both the floor and the multiple of the cycle; churned likewise.</translation>
    </message>
    <message>
        <source>&amp;Attribution window:</source>
        <translation>&amp;Attribution window:</translation>
    </message>
    <message>
        <source>A purchase on the contact day or within this many days after it counts as a response</source>
        <translation>A purchase on the contact day or within this many days after it counts as a response</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Margin:</translation>
    </message>
    <message>
        <source>The share of revenue that is profit, for ROI</source>
        <translation>The share of revenue that is profit, for ROI</translation>
    </message>
    <message>
        <source>ROI = (incremental revenue × margin − cost) ÷ cost.</source>
        <translation>ROI = (incremental revenue × margin − cost) ÷ cost.</translation>
    </message>
    <message>
        <source>The day after the last o&amp;rder</source>
        <translation>The day after the last o&amp;rder</translation>
    </message>
    <message>
        <source>A &amp;fixed date:</source>
        <translation>A &amp;fixed date:</translation>
    </message>
    <message>
        <source>Fixed as-of date</source>
        <translation>Fixed as-of date</translation>
    </message>
    <message>
        <source>As-of date when opening:</source>
        <translation>As-of date when opening:</translation>
    </message>
    <message>
        <source>e.g. ¥, $, €</source>
        <translation>e.g. ¥, $, €</translation>
    </message>
    <message>
        <source>Currency &amp;symbol:</source>
        <translation>Currency &amp;symbol:</translation>
    </message>
    <message>
        <source>Shown with every amount; leave empty for plain numbers</source>
        <translation>Shown with every amount; leave empty for plain numbers</translation>
    </message>
    <message>
        <source>e.g. CNY</source>
        <translation>e.g. CNY</translation>
    </message>
    <message>
        <source>Currency c&amp;ode:</source>
        <translation>Currency c&amp;ode:</translation>
    </message>
    <message>
        <source>ISO 4217; shown when there is no symbol</source>
        <translation>ISO 4217; shown when there is no symbol</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Lang&amp;uage:</translation>
    </message>
    <message>
        <source>Used from the next start; the same for every workspace</source>
        <translation>Used from the next start; the same for every workspace</translation>
    </message>
    <message>
        <source>Everything but the language is stored in this workspace.</source>
        <translation>Everything but the language is stored in this workspace.</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::TableExport</name>
    <message>
        <source>Exporting the table…</source>
        <translation>Exporting the table…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Export Table</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The table changed while it was being exported; nothing was written.</source>
        <translation>The table changed while it was being exported; nothing was written.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>There is no table to export.</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Export Table…</translation>
    </message>
    <message>
        <source>Save the rows shown, as sorted and filtered, as CSV or Excel</source>
        <translation>Save the rows shown, as sorted and filtered, as CSV or Excel</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Crm::Ui::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <source>Stop the running task (Esc)</source>
        <translation>Stop the running task (Esc)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 more)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CRM analytics workbench</source>
        <translation>CRM analytics workbench</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN or zh_TW.</source>
        <translation>Interface language: en, zh_CN or zh_TW.</translation>
    </message>
    <message>
        <source>Workspace (.crmdb) to open, or spreadsheet to import.</source>
        <translation>Workspace (.crmdb) to open, or spreadsheet to import.</translation>
    </message>
</context>
</TS>

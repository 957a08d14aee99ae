#!/usr/bin/env bash
# Builds and runs the benchmarks of issue 9 and writes bench/RESULTS.md.
#   bench/run_benchmarks.sh [--sizes 100k,1M[,10M[:1M]]] [--no-build] [--work DIR] [--imports-only]
# A size ORDERS:CUSTOMERS sets the customer count (default one customer per 6 orders).
# Every step runs as a child process measured by `crmbench measure` (wall time, peak RSS
# from wait4). Import and aggregation run the same work through the sqlite3 shell in the
# same run, and the table shows the ratio (ours ÷ peer: below 1 = faster than the peer).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/.." && pwd)"
build="$source_dir/build/bench"
sizes="100k,1M"
do_build=1
imports_only=0
work=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --no-build) do_build=0; shift ;;
        --imports-only) imports_only=1; shift ;;
        --work) work="$2"; shift 2 ;;
        *) echo "usage: $0 [--sizes 100k,1M,10M] [--no-build] [--work DIR] [--imports-only]" >&2; exit 1 ;;
    esac
done
work="${work:-$build/work}"
export QT_QPA_PLATFORM=offscreen  # crmwb report paints with Qt Gui
mkdir -p "$work"

if [[ $do_build == 1 ]]; then
    [[ -f "$build/build.ninja" ]] || cmake --preset bench -B "$build" >/dev/null
    cmake --build "$build" -j2 --target crmbench crmwb
fi
crmbench="$build/bench/crmbench"
crmwb="${CRMWB:-$build/app/crmwb}"  # CRMWB=path: time another build's crmwb
build_kind="Release build"
[[ -n "${CRMWB:-}" ]] && build_kind="crmwb from $CRMWB"
command -v sqlite3 >/dev/null || { echo "sqlite3 shell not found (apt-get install sqlite3)" >&2; exit 1; }

has_command() { "$crmwb" --help 2>/dev/null | grep -qE "^  $1 "; }
analyzers() { "$crmwb" analyze --help 2>/dev/null | sed -n 's/^ *\(rfm\|tiers\|lifecycle\|cohorts\|funnel\|campaigns\|clv\|clusters\)\b.*/\1/p' | sort -u; }

# measure OUTFILE CMD... -> sets m_seconds m_cpu m_kib m_exit
measure() {
    local stdout_file="$1"; shift
    local line
    line=$("$crmbench" measure --stdout "$stdout_file" -- "$@")
    m_seconds=$(sed -n 's/.*seconds=\([0-9.e+-]*\).*/\1/p' <<<"$line")
    m_cpu=$(sed -n 's/.*cpu=\([0-9.e+-]*\).*/\1/p' <<<"$line")
    m_kib=$(sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p' <<<"$line")
    m_exit=$(sed -n 's/.*exit=\(-\?[0-9]*\).*/\1/p' <<<"$line")
}
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
secs() { awk -v s="$1" 'BEGIN { printf "%.2f", s }'; }

rows=()
row() { rows+=("| $* |"); }
# add_row NAME ROWS SECONDS CPU KIB EXIT [PEER_NAME PEER_SECONDS PEER_CPU PEER_KIB]
add_row() {
    local name="$1" n="$2" s="$3" c="$4" k="$5" e="$6" peer="${7:-}" ps="${8:-}" pc="${9:-}" pk="${10:-}"
    local status=""
    [[ "$e" == 0 ]] || status=" (exit $e)"
    if [[ -n "$peer" ]]; then
        row "$name$status | $n | $(secs "$s") | $(secs "$c") | $(rate "$n" "$c") | $(mib "$k") | $peer | $(secs "$ps") | $(secs "$pc") | $(mib "$pk") | $(ratio "$c" "$pc")"
    else
        row "$name$status | $n | $(secs "$s") | $(secs "$c") | $(rate "$n" "$c") | $(mib "$k") | - | - | - | - | -"
    fi
}

peer_import_sql() {
    cat <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE orders (order_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, ordered_at TEXT NOT NULL,
    amount TEXT NOT NULL, channel TEXT, store TEXT, campaign_id TEXT, status TEXT NOT NULL);
CREATE INDEX orders_by_customer ON orders(customer_id, ordered_at);
CREATE INDEX orders_by_date ON orders(ordered_at);
.mode csv
.import --skip 1 $1 orders
SQL
}
# The per-customer-day GROUP BY of core/analysis/common/purchasehistory.cpp, as the shell runs it.
peer_history_sql() {
    cat <<SQL
SELECT customer_id, substr(ordered_at, 1, 10) AS day,
  SUM(CASE WHEN status = 'purchase' THEN 1 ELSE 0 END),
  SUM(CASE WHEN status = 'purchase' THEN amount_minor ELSE 0 END),
  SUM(CASE WHEN status = 'return' THEN amount_minor ELSE 0 END)
FROM orders WHERE substr(ordered_at, 1, 10) < '$1'
GROUP BY customer_id, substr(ordered_at, 1, 10) ORDER BY customer_id, day;
SQL
}
# The aggregations of the refresh that SQL can express, as the shell runs them in one go:
# the RFM GROUP BY, the tier spend of the 12 months before D with the tier distribution,
# and the monthly cohort matrix (cohort sizes, active customers and revenue per period).
peer_refresh_sql() {
    cat <<SQL
CREATE TEMP TABLE rfm AS SELECT customer_id, MAX(CASE WHEN status = 'purchase' THEN substr(ordered_at, 1, 10) END) AS last_day,
  SUM(CASE WHEN status = 'purchase' THEN 1 ELSE 0 END) AS frequency, SUM(amount_minor) AS monetary
FROM orders WHERE ordered_at < '$1' GROUP BY customer_id;
SELECT CASE WHEN spend >= 2000000 THEN 'Diamond' WHEN spend >= 500000 THEN 'Gold' WHEN spend >= 100000 THEN 'Silver'
  ELSE 'Regular' END AS tier, COUNT(*), SUM(spend)
FROM (SELECT c.customer_id, COALESCE(SUM(o.amount_minor), 0) AS spend FROM customers c
  LEFT JOIN orders o ON o.customer_id = c.customer_id AND o.ordered_at >= date('$1', '-12 months') AND o.ordered_at < '$1'
  GROUP BY c.customer_id) GROUP BY tier;
CREATE TEMP TABLE firsts (customer_id TEXT PRIMARY KEY, cohort TEXT);
INSERT INTO firsts SELECT customer_id, MIN(substr(ordered_at, 1, 7)) FROM orders
WHERE status = 'purchase' AND ordered_at < '$1' GROUP BY customer_id;
SELECT cohort, COUNT(*) FROM firsts GROUP BY cohort;
SELECT f.cohort, (CAST(substr(a.month, 1, 4) AS INTEGER) * 12 + CAST(substr(a.month, 6, 2) AS INTEGER))
  - (CAST(substr(f.cohort, 1, 4) AS INTEGER) * 12 + CAST(substr(f.cohort, 6, 2) AS INTEGER)) AS period,
  SUM(a.active), SUM(a.revenue)
FROM (SELECT customer_id, substr(ordered_at, 1, 7) AS month, MAX(status = 'purchase') AS active,
  SUM(amount_minor) AS revenue FROM orders WHERE ordered_at < '$1' GROUP BY customer_id, month) a
JOIN firsts f ON f.customer_id = a.customer_id
WHERE a.month >= f.cohort GROUP BY 1, 2 ORDER BY 1, 2;
SQL
}
# Drops the page cache (root only) so the next run reads the workspace from disk.
drop_caches() {
    sync
    [[ -w /proc/sys/vm/drop_caches ]] && echo 3 >/proc/sys/vm/drop_caches 2>/dev/null
}
# Per-customer RFM inputs in one GROUP BY (recency day, frequency, net monetary).
peer_rfm_sql() {
    cat <<SQL
SELECT customer_id, MAX(CASE WHEN status = 'purchase' THEN substr(ordered_at, 1, 10) END),
  SUM(CASE WHEN status = 'purchase' THEN 1 ELSE 0 END), SUM(amount_minor)
FROM orders WHERE substr(ordered_at, 1, 10) < '$1' GROUP BY customer_id ORDER BY customer_id;
SQL
}

IFS=',' read -r -a size_list <<<"$sizes"
for spec in "${size_list[@]}"; do
    size="${spec%%:*}"
    customers_option=()
    if [[ "$spec" == *:* ]]; then
        customers_option=(--customers "${spec#*:}")
        size="$size-${spec#*:}"
    fi
    csv="$work/orders-$size.csv"
    xlsx="$work/orders-$size.xlsx"
    n=$("$crmbench" generate --orders "${spec%%:*}" "${customers_option[@]}" --csv /dev/null 2>/dev/null | sed -n 's/^orders=\([0-9]*\).*/\1/p')
    # Excel holds at most 1,048,576 rows per sheet: no xlsx beyond 1M orders.
    make_xlsx=0
    (( n <= 1048575 )) && make_xlsx=1
    if [[ ! -f "$csv" || ( $make_xlsx == 1 && ! -f "$xlsx" ) ]]; then
        if [[ $make_xlsx == 1 ]]; then
            measure /dev/null "$crmbench" generate --orders "${spec%%:*}" "${customers_option[@]}" --csv "$csv" --xlsx "$xlsx"
        else
            measure /dev/null "$crmbench" generate --orders "${spec%%:*}" "${customers_option[@]}" --csv "$csv"
        fi
        add_row "generate CSV$([[ $make_xlsx == 1 ]] && echo ' + xlsx') ($(du -h "$csv" | cut -f1) CSV)" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit"
    fi

    # CSV import: ours against sqlite3 .import into the same columns and indexes.
    peer_db="$work/peer-$size.db"
    rm -f "$peer_db" "$peer_db-wal" "$peer_db-shm"
    peer_import_sql "$csv" >"$work/peer-import.sql"
    measure /dev/null sqlite3 "$peer_db" -init "$work/peer-import.sql" .quit
    peer_s="$m_seconds" peer_c="$m_cpu" peer_k="$m_kib"
    if has_command import; then
        ws="$work/import-$size.crmdb"
        rm -f "$ws" "$ws-wal" "$ws-shm"
        measure "$work/import-$size.out" "$crmwb" import "$csv" --db "$ws" --kind orders
        add_row "CSV import (crmwb import)" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit" "sqlite3 .import" "$peer_s" "$peer_c" "$peer_k"
        if [[ $make_xlsx == 1 ]]; then
            ws="$work/import-xlsx-$size.crmdb"
            rm -f "$ws" "$ws-wal" "$ws-shm"
            measure "$work/import-xlsx-$size.out" "$crmwb" import "$xlsx" --db "$ws" --kind orders
            add_row "xlsx import (crmwb import)" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit" "sqlite3 .import of the CSV" "$peer_s" "$peer_c" "$peer_k"
        fi
        # The SQLite floor of that import: the same rows bound straight to the importer's
        # INSERT with its big-file steps (crmbench floor); what is above it is ours.
        floor_db="$work/floor-$size.crmdb"
        rm -f "$floor_db" "$floor_db-wal" "$floor_db-shm"
        measure /dev/null "$crmbench" floor --csv "$csv" --db "$floor_db"
        add_row "SQLite floor of the CSV import (crmbench floor: no parsing, same INSERT, indexes, day cache)" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit" "sqlite3 .import" "$peer_s" "$peer_c" "$peer_k"
        # Reading alone, nothing stored: what a spreadsheet library or converter does.
        measure /dev/null "$crmbench" read --file "$csv"
        add_row "CSV read (crmbench read: openTableReader, every row)" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit"
        if [[ $make_xlsx == 1 ]]; then
            measure /dev/null "$crmbench" read --file "$xlsx"
            read_s="$m_seconds" read_c="$m_cpu" read_k="$m_kib" read_e="$m_exit"
            # The Debian package (python3-openpyxl) lives in the system Python, which a
            # pyenv or venv python3 on PATH does not see.
            python_with_openpyxl=""
            for python in python3 /usr/bin/python3; do
                if "$python" -c 'import openpyxl' 2>/dev/null; then
                    python_with_openpyxl="$python"
                    break
                fi
            done
            if [[ -n $python_with_openpyxl ]]; then
                measure /dev/null "$python_with_openpyxl" -c 'import sys, openpyxl
rows = 0
for row in openpyxl.load_workbook(sys.argv[1], read_only=True).active.iter_rows(values_only=True):
    rows += 1
print(rows)' "$xlsx"
                add_row "xlsx read (crmbench read: openTableReader, every row)" "$n" "$read_s" "$read_c" "$read_k" "$read_e" "openpyxl read-only" "$m_seconds" "$m_cpu" "$m_kib"
            else
                add_row "xlsx read (crmbench read: openTableReader, every row; no openpyxl for a peer)" "$n" "$read_s" "$read_c" "$read_k" "$read_e"
            fi
        fi
    else
        add_row "CSV import: crmwb import not in this build; peer only" "$n" 0 0 0 0 "sqlite3 .import" "$peer_s" "$peer_c" "$peer_k"
    fi

    # Analyses run on a workspace written directly (same orders), so they do not depend
    # on the importer's state.
    [[ $imports_only == 1 ]] && continue
    ws="$work/analysis-$size.crmdb"
    if [[ ! -f "$ws" ]]; then
        measure /dev/null "$crmbench" workspace --orders "${spec%%:*}" "${customers_option[@]}" --db "$ws"
        add_row "workspace build (direct insert, reference)" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit"
    fi
    as_of=$(sqlite3 "$ws" "SELECT date(MAX(substr(ordered_at, 1, 10)), '+1 day') FROM orders")
    peer_history_sql "$as_of" >"$work/peer-history.sql"
    measure /dev/null sqlite3 "$ws" -init "$work/peer-history.sql" .quit
    peer_s="$m_seconds" peer_c="$m_cpu" peer_k="$m_kib"
    measure /dev/null "$crmbench" history --db "$ws"
    add_row "per-customer scan (loadPurchaseHistory)" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit" "sqlite3 GROUP BY customer, day" "$peer_s" "$peer_c" "$peer_k"

    peer_rfm_sql "$as_of" >"$work/peer-rfm.sql"
    measure /dev/null sqlite3 "$ws" -init "$work/peer-rfm.sql" .quit
    rfm_s="$m_seconds" rfm_c="$m_cpu" rfm_k="$m_kib"
    total=0
    total_c=0
    total_k=0
    for name in $(analyzers); do
        measure /dev/null "$crmwb" analyze "$name" --db "$ws" --as-of "$as_of" --format csv --out "$work/$name-$size.csv"
        total=$(awk -v a="$total" -v b="$m_seconds" 'BEGIN { print a + b }')
        total_c=$(awk -v a="$total_c" -v b="$m_cpu" 'BEGIN { print a + b }')
        (( m_kib > total_k )) && total_k=$m_kib
        if [[ $name == rfm ]]; then
            add_row "analyze rfm" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit" "sqlite3 GROUP BY customer" "$rfm_s" "$rfm_c" "$rfm_k"
        elif [[ $name == clv ]]; then
            add_row "analyze clv (BG/NBD + Gamma-Gamma fit and scoring)" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit"
        else
            add_row "analyze $name" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit"
        fi
    done
    if [[ "$total" != 0 ]]; then
        add_row "full analysis refresh ($(analyzers | tr '\n' ' ' | sed 's/ $//'))" "$n" "$total" "$total_c" "$total_k" 0 "sqlite3 GROUP BY customer" "$rfm_s" "$rfm_c" "$rfm_k"
    fi
    # The dashboard refresh in one process: one scan, five analyses at once, against the
    # shell running the same aggregations as SQL. Cold = page cache dropped before each run.
    if "$crmwb" analyze --help 2>/dev/null | grep -qE '^ +refresh '; then
        peer_refresh_sql "$as_of" >"$work/peer-refresh.sql"
        customer_count=$(sqlite3 "$ws" "SELECT COUNT(*) FROM customers")
        for cache in cold warm; do
            label="$cache page cache"
            if [[ $cache == cold ]] && ! drop_caches; then
                label="page cache not dropped (not root)"
            fi
            measure "$work/refresh-$size.csv" "$crmwb" analyze refresh --db "$ws" --as-of "$as_of" --format csv
            r_s="$m_seconds" r_c="$m_cpu" r_k="$m_kib" r_e="$m_exit"
            [[ $cache == cold ]] && drop_caches
            measure /dev/null sqlite3 "$ws" -init "$work/peer-refresh.sql" .quit
            add_row "analysis refresh, one scan: rfm tiers lifecycle cohorts funnel ($customer_count customers, $label)" "$n" "$r_s" "$r_c" "$r_k" "$r_e" "sqlite3: RFM GROUP BY + tiers + cohort matrix" "$m_seconds" "$m_cpu" "$m_kib"
        done
    fi
    if has_command report; then
        measure /dev/null "$crmwb" report --db "$ws" --as-of "$as_of" --out "$work/report-$size.pdf"
        add_row "report (PDF)" "$n" "$m_seconds" "$m_cpu" "$m_kib" "$m_exit"
    fi
done

# An imports-only run has its own table, so it does not erase the analysis figures.
results="$here/RESULTS.md"
[[ $imports_only == 1 ]] && results="$here/RESULTS-import.md"
machine="$(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPUs available, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(. /etc/os-release && echo "$PRETTY_NAME")"
{
    echo "# Benchmark results"
    echo
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') at commit $(git -C "$source_dir" rev-parse --short HEAD 2>/dev/null || echo unknown) by \`bench/run_benchmarks.sh --sizes $sizes$([[ $imports_only == 1 ]] && echo ' --imports-only')\`."
    echo
    echo "Machine: $machine; $(sqlite3 --version | cut -d' ' -f1,2 | sed 's/^/SQLite shell /'); $build_kind ($(${CXX:-c++} --version | head -1))."
    echo "Load during the run: $(cut -d' ' -f1-3 /proc/loadavg) (other jobs shared the machine; treat times as upper bounds)."
    echo
    echo "| benchmark | orders | wall s | CPU s | orders per CPU s | peak MiB | peer | peer wall s | peer CPU s | peer peak MiB | ours ÷ peer (CPU) |"
    echo "|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Orders are generated by \`crmbench generate\` (deterministic, seed 20261123): ~1 customer per 6 orders unless a size says ORDERS-CUSTOMERS,"
    echo "3 years, log-normal baskets, 3% returns, 4 channels, 40 stores, 10% campaign orders. Peak memory is the"
    echo "child's ru_maxrss (wait4); CPU is user + system time from wait4, the fair measure on a shared machine"
    echo "(wall time includes waiting for a CPU). The sqlite3 peer imports the CSV into the same columns and indexes without"
    echo "type conversion, validation or mapping; it reads no xlsx, so xlsx import is compared with its CSV import."
} >"$results"
cat "$results"

#!/usr/bin/env bash
# A throwaway PostgreSQL server for the portability tests: the per-customer aggregation must
# run unchanged on PostgreSQL, where teams will point the workbench at a shared server.
#   source .ci/postgres.sh start   initdb + start on a Unix socket only; exports CRM_TEST_PG_*
#   .ci/postgres.sh stop           stops it and removes its directory
# Without the postgresql package it says so and exports nothing (the tests then skip).
set -uo pipefail

crm_pg_dir="${CRM_PG_DIR:-/tmp/crm-workbench-pg}"
crm_pg_port="${CRM_PG_PORT:-54329}"

crm_pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

# initdb and the server refuse to run as root: use the package's postgres account then.
crm_pg_run() {
    if [[ "$(id -u)" == "0" ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

crm_pg_start() {
    local bin
    bin=$(crm_pg_bin) || { echo "PostgreSQL not installed; the PostgreSQL portability tests will skip."; return 0; }
    crm_pg_stop >/dev/null 2>&1
    mkdir -p "$crm_pg_dir"
    [[ "$(id -u)" == "0" ]] && chown postgres: "$crm_pg_dir"
    crm_pg_run "$bin/initdb" -D "$crm_pg_dir/data" -A trust -U crm -E UTF8 --locale=C.UTF-8 >"$crm_pg_dir/initdb.log" 2>&1 \
        || { cat "$crm_pg_dir/initdb.log" >&2; return 1; }
    crm_pg_run "$bin/pg_ctl" -D "$crm_pg_dir/data" -l "$crm_pg_dir/server.log" -w \
        -o "-k $crm_pg_dir -p $crm_pg_port -c listen_addresses='' -c fsync=off" start >/dev/null \
        || { cat "$crm_pg_dir/server.log" >&2; return 1; }
    export CRM_TEST_PG_HOST="$crm_pg_dir" CRM_TEST_PG_PORT="$crm_pg_port" CRM_TEST_PG_USER=crm CRM_TEST_PG_DATABASE=postgres
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the portability tests on $crm_pg_dir:$crm_pg_port"
}

crm_pg_stop() {
    local bin
    bin=$(crm_pg_bin) || return 0
    if [[ -f "$crm_pg_dir/data/postmaster.pid" ]]; then
        crm_pg_run "$bin/pg_ctl" -D "$crm_pg_dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$crm_pg_dir"
}

case "${1:-}" in
start) crm_pg_start ;;
stop) crm_pg_stop ;;
*) echo "usage: source .ci/postgres.sh start | .ci/postgres.sh stop" >&2 ;;
esac

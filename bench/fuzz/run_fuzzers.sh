#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a set time or number of runs.
#   bench/fuzz/run_fuzzers.sh [--seconds N] [--runs R] [--jobs J] [--build-only]
#                             [--freexl-source DIR] [target...]
# --runs stops a target after R executions (--seconds is then only a cap, default none).
# --freexl-source builds FreeXL from DIR (holding src/freexl.c, e.g. from `apt-get source
# freexl`) with the sanitizers, so ASan sees FreeXL's own reads, not only its memcpy calls.
# Corpora grow in build/fuzz/corpus/<target>; crashes land in build/fuzz/artifacts/<target>/
# (copy each into tests/data/fuzz/<target>/ as a regression fixture; tst_fuzzregressions
# replays them). Prints the executions of every run; each target's latest row goes to
# build/fuzz/summary/<target>.md and all of them to build/fuzz/SUMMARY.md, so two runs of
# the script on different targets (the machine has two cores) do not overwrite each other.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build="$source_dir/build/fuzz"
seconds=
runs=
jobs=1
build_only=0
freexl_source=
targets=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        --build-only) build_only=1; shift ;;
        --freexl-source) freexl_source="$(cd "$2" && pwd)"; shift 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=(values csvparser mapping csvreader xlsxsheet tablereader)

if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DBUILD_TESTING=OFF -DCRM_BUILD_BENCHMARKS=ON \
        -DCRM_BUILD_FUZZERS=ON >/dev/null
fi
if [[ -n $freexl_source ]]; then
    cmake -S "$source_dir" -B "$build" -DCRM_FUZZ_FREEXL_SOURCE="$freexl_source" >/dev/null
fi
cmake --build "$build" -j2 --target $(printf 'fuzz_%s ' "${targets[@]}") ||
    echo "run_fuzzers: build failed; running the binaries already built" >&2
[[ $build_only == 1 ]] && exit 0

shared="$source_dir/../shared/corpora"
# The largest input per target. Bugs of a reader show in small inputs; large ones only make
# each execution slower (a 256 KB seed made the whole-file readers run ~10 inputs a second),
# so seeds above the limit are left out. Inputs of the whole-file targets are bounded by what
# a small real file needs: a CSV sniff buffer's worth, a compact workbook.
max_len_of() {
    case "$1" in
        values) echo 256 ;;
        mapping) echo 1024 ;;
        csvreader) echo 8192 ;;
        csvparser|xlsxsheet) echo 16384 ;;
        tablereader) echo 65536 ;;
        *) echo 65536 ;;
    esac
}
seed_corpus() {
    local target="$1" dir="$build/corpus/$1"
    [[ -d "$dir" ]] && return 0
    mkdir -p "$dir"
    [[ -d "$here/seeds/$target" ]] && cp -r "$here/seeds/$target/." "$dir/"
    local pattern=()
    case "$target" in
        csvparser|csvreader) pattern=(-iname '*.csv' -o -iname '*.tsv' -o -iname '*.txt') ;;
        tablereader) pattern=(-iname '*.xlsx' -o -iname '*.xlsm' -o -iname '*.xls' -o -iname '*.csv') ;;
        *) return 0 ;;
    esac
    for root in "$source_dir/tests/data" "$shared"; do
        [[ -d "$root" ]] || continue
        find "$root" -type f \( "${pattern[@]}" \) -size -"$(max_len_of "$target")"c -print0 |
            while IFS= read -r -d '' file; do cp "$file" "$dir/$(echo "$file" | md5sum | cut -c1-16)"; done
    done
}

[[ -n $seconds || -n $runs ]] || seconds=60
limits=()
[[ -n $seconds ]] && limits+=(-max_total_time="$seconds")
[[ -n $runs ]] && limits+=(-runs="$runs")
mkdir -p "$build/summary"
for target in "${targets[@]}"; do
    seed_corpus "$target"
    mkdir -p "$build/artifacts/$target"
    log="$build/fuzz_$target.log"
    max_len=$(max_len_of "$target")
    # -jobs runs children that log to fuzz-<n>.log in the working directory: one per target.
    parallel=()
    [[ $jobs -gt 1 ]] && parallel=(-jobs="$jobs" -workers="$jobs")
    workdir="$build/run/$target"
    rm -rf "$workdir" && mkdir -p "$workdir"
    started=$(date +%s)
    set +e
    (cd "$workdir" && ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        "$build/bench/fuzz/fuzz_$target" "$build/corpus/$target" "${limits[@]}" \
        -max_len=$max_len -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target/" "${parallel[@]}" >"$log" 2>&1)
    set -e
    elapsed=$(($(date +%s) - started))
    executed=$({ cat "$log" "$workdir"/fuzz-*.log 2>/dev/null || true; } | awk '/stat::number_of_executed_units/ {s+=$2} END {print s+0}')
    crashes=$(find "$build/artifacts/$target" -type f | wc -l)
    corpus=$(find "$build/corpus/$target" -type f | wc -l)
    echo "| $target | $elapsed | $executed | $((executed / (elapsed > 0 ? elapsed : 1))) | $corpus | $crashes |" \
        >"$build/summary/$target.md"
    echo "fuzz_$target: $executed executions in ${elapsed}s, $crashes crash file(s)"
done
{
    echo "| target | seconds | executions | exec/s | corpus | crashes |"
    echo "|---|---:|---:|---:|---:|---:|"
    cat "$build"/summary/*.md
} >"$build/SUMMARY.md"
cat "$build/SUMMARY.md"

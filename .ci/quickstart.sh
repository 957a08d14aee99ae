#!/usr/bin/env bash
# Quick start on a fresh Debian 12 / Ubuntu 24.04 machine.
#   bash .ci/quickstart.sh run    install what is missing, build, create the demo workspace, start the app
#   bash .ci/quickstart.sh test   install what is missing, build with warnings as errors, check format, run all tests
set -euo pipefail

mode="${1:-}"
if [[ "$mode" != "run" && "$mode" != "test" ]]; then
    echo "usage: bash .ci/quickstart.sh run|test" >&2
    exit 1
fi
cd "$(dirname "$0")/.."

install_packages() {
    local sudo=""
    if [[ "$(id -u)" != "0" ]]; then
        sudo="sudo"
    fi
    local missing=()
    while read -r package; do
        [[ -z "$package" ]] && continue
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done < .ci/packages.txt
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        $sudo apt-get update
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

check_format() {
    local files
    files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests bench -name '*.cpp' -o -name '*.h')
    # shellcheck disable=SC2086
    clang-format --dry-run -Werror $files
}

# CI only: build the .deb, install it, and run the installed programs once.
package_smoke_test() {
    (cd build/testing && cpack -G DEB)
    apt-get install -y --no-install-recommends ./build/testing/crm-workbench_*.deb
    local dir
    dir=$(mktemp -d)
    /usr/bin/crmwb --version
    /usr/bin/crmwb demo --db "$dir/installed.crmdb" --customers 300
    local status=0
    HOME="$dir" QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/crm-workbench "$dir/installed.crmdb" || status=$?
    if [[ "$status" != "124" ]]; then
        echo "crm-workbench exited early with status $status" >&2
        exit 1
    fi
    echo "Installed package works: crmwb and crm-workbench run from /usr/bin."
    rm -rf "$dir"
}

install_packages

if [[ "$mode" == "run" ]]; then
    cmake --preset release
    cmake --build --preset release
    demo="build/release/demo.crmdb"
    if [[ ! -f "$demo" ]]; then
        build/release/app/crmwb demo --db "$demo"
    fi
    if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display found; starting under xvfb-run (set DISPLAY to see the window)."
        exec xvfb-run -a build/release/app/crm-workbench "$demo"
    fi
    exec build/release/app/crm-workbench "$demo"
fi

check_format
# The analyses' SQL is also checked on PostgreSQL (tst_postgresportability), on a private server.
# shellcheck source=postgres.sh
source .ci/postgres.sh start
trap 'bash .ci/postgres.sh stop' EXIT
cmake --preset testing
cmake --build --preset testing
if [[ "${CI:-}" == "true" ]]; then
    package_smoke_test
fi
ctest --preset testing -j2

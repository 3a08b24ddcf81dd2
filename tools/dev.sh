#!/usr/bin/env bash
# Tidemark's developer entry point on Debian 12 (run as root, or as a user with sudo).
#
#   bash tools/dev.sh demo    install what is missing, build, open the desktop app on the demo workspace
#   bash tools/dev.sh test    install what is missing, build (warnings are errors), run every test
#   bash tools/dev.sh build   install what is missing and build
#   bash tools/dev.sh bench   build and run the benchmarks
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TIDEMARK_BUILD_DIR:-$here/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

# What building and running need, and what the tests need on top (servers, keychain, a display).
build_packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev libqt6opengl6-dev libgl-dev libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqt6sql6-odbc
    qtkeychain-qt6-dev nlohmann-json3-dev qt6-httpserver-dev qt6-websockets-dev qt6-l10n-tools
    qt6-charts-dev libyaml-cpp-dev libsimdjson-dev libsqlite3-dev
    qt6-qpa-plugins fonts-dejavu-core
)
test_packages=(
    postgresql mariadb-server gnome-keyring dbus dbus-x11 xvfb xauth python3 clang-format
    unixodbc odbc-postgresql odbc-mariadb libsqliteodbc
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local wanted=("$@") missing=()
    for p in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "tidemark: installing ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

configure() {
    local dir="$1"; shift
    cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
}

configure_and_build() {
    configure "$@"
    cmake --build "$1" -j "$jobs"
}

cmd="${1:-}"
case "$cmd" in
demo)
    install_missing "${build_packages[@]}"
    # Only what the window needs: the app and the libraries under it, no tests or benchmarks.
    configure "$build"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        cmake --build "$build" -j "$jobs" --target tidemark
        exec "$build/app/desktop/tidemark" --demo
    fi
    # No display (a server or a container): show the demo on a virtual one and save its screens.
    install_missing xvfb xauth
    cmake --build "$build" -j "$jobs" --target tidemark tidemark-screenshots
    shots="$build/demo-screens"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tools/screenshots/tidemark-screenshots" "$shots"
    echo "tidemark: no display here; the demo ran on a virtual display and its screens are in $shots"
    ;;
build)
    install_missing "${build_packages[@]}"
    configure_and_build "$build"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    # The core must build and pass its tests with the GUI switched off.
    configure_and_build "$build-core" -DTIDEMARK_BUILD_GUI=OFF -DTIDEMARK_BUILD_BENCHMARKS=OFF \
        -DTIDEMARK_WARNINGS_AS_ERRORS=ON
    ctest --test-dir "$build-core" --output-on-failure -j "$jobs"
    configure_and_build "$build" -DTIDEMARK_WARNINGS_AS_ERRORS=ON
    ctest --test-dir "$build" --output-on-failure -j "$jobs"
    ;;
bench)
    install_missing "${build_packages[@]}"
    configure_and_build "$build"
    cmake --build "$build" --target benchmarks
    ;;
*)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac

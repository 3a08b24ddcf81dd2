#!/usr/bin/env bash
# Runs a test inside its own D-Bus session with a real, unlocked gnome-keyring (Secret Service),
# in a throwaway home, so the keychain tests meet the real keychain and never the user's own.
#   with_keyring.sh TEST_BINARY [ARGS...]
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: with_keyring.sh TEST_BINARY [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with_keyring.sh: $tool is not installed (Debian: apt-get install dbus gnome-keyring)" >&2
        exit 2
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/tidemark-keyring.XXXXXX")
cleanup() {
    # The daemon leaves with the session bus; give it a moment before its files go.
    sleep 0.2
    rm -rf "$home"
}
trap cleanup EXIT

export HOME="$home"
export XDG_RUNTIME_DIR="$home/run"
export XDG_DATA_HOME="$home/data"
export XDG_CONFIG_HOME="$home/config"
export XDG_CACHE_HOME="$home/cache"
mkdir -m 700 "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# No desktop session here: keep QtKeychain on the Secret Service and keep D-Bus from autolaunching.
unset DISPLAY WAYLAND_DISPLAY KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL
export XDG_CURRENT_DESKTOP=GNOME
export TIDEMARK_TEST_KEYRING=1

# gnome-keyring-daemon --unlock reads the password on stdin and creates or unlocks the login keyring;
# --start then has that daemon take the Secret Service's name on the bus before the test asks for it.
dbus-run-session -- sh -c '
    printf tidemark-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 2
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1 || exit 2
    exec "$@"' sh "$@"

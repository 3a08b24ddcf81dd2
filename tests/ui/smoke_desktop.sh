#!/usr/bin/env bash
# Starts the real main window on a virtual X display (tidemark-screenshots, the app's own widgets
# and context): it opens the demo, waits for the diffs and saves a PNG of each main screen. Fails unless every screen was saved and looks
# like a filled window. The user's own settings, keychain and results are never touched: HOME and
# the XDG folders point into a throwaway directory.
set -euo pipefail
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "smoke_desktop.sh: xvfb-run is not installed (Debian: apt-get install xvfb xauth)" >&2
    exit 1
fi
app="$1"
out="$2"
mkdir -p "$out"
rm -f "$out"/*.png
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$HOME"
timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$out"
expected=(pull_request_overview pull_request_columns pull_request_values pull_request_profiles pull_request_lineage pull_requests
          integration_settings integration_settings_advanced adhoc_diff)
for name in "${expected[@]}"; do
    shot="$out/$name.png"
    test -s "$shot" || { echo "no screenshot at $shot"; exit 1; }
    head -c 8 "$shot" | od -An -tx1 | grep -q "89 50 4e 47" || { echo "$shot is not a PNG"; exit 1; }
    size=$(stat -c %s "$shot")
    # A blank window compresses to a few kilobytes; every screen here shows tables or a graph.
    if [ "$size" -lt 20000 ]; then
        echo "screenshot $shot is only $size bytes: the window looks empty"
        exit 1
    fi
    echo "saved $shot ($size bytes)"
done

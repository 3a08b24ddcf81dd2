#!/usr/bin/env bash
# Starts the real tidemark binary on a virtual X display, opens the demo and saves the window as PNG.
# Fails unless the window was shown, loaded the demo and produced a non-trivial picture.
set -euo pipefail
app="$1"
out="$2"
mkdir -p "$out"
shot="$out/demo_pull_request.png"
rm -f "$shot"
timeout 60 xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo --screenshot "$shot"
test -s "$shot" || { echo "no screenshot at $shot"; exit 1; }
size=$(stat -c %s "$shot")
# A blank 1280x720 window compresses to a few kilobytes; the demo's table is far larger.
if [ "$size" -lt 20000 ]; then
    echo "screenshot $shot is only $size bytes: the window looks empty"
    exit 1
fi
head -c 8 "$shot" | od -An -tx1 | grep -q "89 50 4e 47" || { echo "$shot is not a PNG"; exit 1; }
echo "saved $shot ($size bytes)"

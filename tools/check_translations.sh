#!/usr/bin/env bash
# Fails, naming the messages, when a message of the code has no translation in a
# translations/tidemark_<lang>.ts: lupdate scans the sources into a throwaway copy of each file and
# every message it had to add, or left unfinished, is listed. Fix: build the update_translations
# target and translate what it adds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="$(command -v lupdate || command -v lupdate-qt6 || true)"
[ -n "$lupdate" ] || [ ! -x /usr/lib/qt6/bin/lupdate ] || lupdate=/usr/lib/qt6/bin/lupdate
if [ -z "$lupdate" ]; then
    echo "check_translations.sh: lupdate is not installed (Debian: apt-get install qt6-l10n-tools)" >&2
    exit 1
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$here"
status=0
for ts in translations/tidemark_*.ts; do
    copy="$scratch/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none ui app/desktop core -ts "$copy" >/dev/null 2>&1
    missing=$(python3 - "$copy" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
for message in re.findall(r"<message[^>]*>(.*?)</message>", text, re.S):
    if 'type="unfinished"' in message:
        print("  " + re.search(r"<source>(.*?)</source>", message, re.S).group(1))
PY
)
    if [ -n "$missing" ]; then
        echo "$ts: messages of the code without a translation:" >&2
        echo "$missing" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "every message of the code is translated"
exit "$status"

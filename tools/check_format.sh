#!/usr/bin/env bash
# Fails, naming the files, when a C++ source of the repository is not formatted as .clang-format
# says (Qt style, 100 columns). Fix with: clang-format -i <file>... (or tools/check_format.sh --fix).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v clang-format >/dev/null 2>&1; then
    echo "check_format.sh: clang-format is not installed (Debian: apt-get install clang-format)" >&2
    exit 1
fi
cd "$here"
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core ui app tests bench tools \( -name '*.cpp' -o -name '*.h' \))
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if [ "${#bad[@]}" -gt 0 ]; then
    echo "not formatted as .clang-format says (fix: tools/check_format.sh --fix):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "all ${#files[@]} C++ files are formatted"

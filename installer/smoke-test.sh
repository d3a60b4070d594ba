#!/usr/bin/env bash
# Smoke test of a packaged app-image, run by .ci/run after the test suite so the packaging cannot
# rot: the packaged runtime must hold every module the app reaches (database, reports with their
# Chinese fonts, Excel, the window). Fails loudly on the first thing that does not work.
#
# Usage: installer/smoke-test.sh [IMAGE_DIR]      (needs a display, or Xvfb to start one)
set -euo pipefail
installer_dir=$(cd "$(dirname "$0")" && pwd)
cd "$(dirname "$0")/.."
image=${1:-target/installer/integrity-desk}
launcher=$(ls "$image"/bin/* | head -1)
source "$installer_dir/display.sh"
start_display 60
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${display_pid:-}" ] && kill "$display_pid" 2>/dev/null || true' EXIT

echo Demo@2026 | "$launcher" demo --data-dir "$work/data" --cadres 30 > "$work/demo.txt"
grep -q . "$work/demo.txt" || { echo "smoke: demo printed nothing" >&2; exit 1; }
echo Demo@2026 | "$launcher" report cadre-file --data-dir "$work/data" --user inspector --all --out "$work/file.pdf" >/dev/null
[ -s "$work/file.pdf" ] || { echo "smoke: no PDF from the packaged app" >&2; exit 1; }
echo Demo@2026 | "$launcher" audit export --data-dir "$work/data" --user admin --purpose smoke --out "$work/audit.xlsx" >/dev/null
[ -s "$work/audit.xlsx" ] || { echo "smoke: no Excel file from the packaged app" >&2; exit 1; }
if [ "$has_display" = no ]; then
    echo "packaged app: demo, PDF report and Excel export work; NO window test (no display and no Xvfb here)"
    exit 0
fi
startup=$("$launcher" --data-dir "$work/data" --startup-probe 2>/dev/null | sed -n 's/^startup-ms=//p')
[ -n "$startup" ] || { echo "smoke: the packaged app showed no window" >&2; exit 1; }
echo "packaged app: demo, PDF report ($(stat -c %s "$work/file.pdf") bytes), Excel export and window all work"
echo "packaged-startup-ms=$startup"

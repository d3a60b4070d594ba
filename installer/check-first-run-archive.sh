#!/usr/bin/env bash
# Checks on a built app-image that the app makes its own class-data-sharing archive at its first
# start (ClassDataArchive, the way the Windows MSI gets one): with the archive named in the
# launcher's .cfg but missing, one start (--startup-probe) must leave lib/app/app-cds.jsa behind
# (and no training file or stray process), and the next start must map it (-Xshare:on would stop
# the JVM otherwise; the class-loading log must show classes from the archive) and not train again.
# With --measure N it then times N starts with and N without the archive, alternating.
#
# Usage: installer/check-first-run-archive.sh [IMAGE_DIR] [--measure N]
#        (after build-linux.sh; needs a display, or Xvfb to start one). Not part of mvn verify.
set -euo pipefail
installer_dir=$(cd "$(dirname "$0")" && pwd)
cd "$(dirname "$0")/.."
image=target/installer/integrity-desk
runs=0
while [ $# -gt 0 ]; do
    case "$1" in
        --measure) runs=$2; shift 2 ;;
        *) image=$1; shift ;;
    esac
done
image=$(cd "$image" && pwd)
launcher=$(ls "$image"/bin/* | head -1)
cfg=$(ls "$image"/lib/app/*.cfg | head -1)
archive=$image/lib/app/app-cds.jsa
source "$installer_dir/display.sh"
start_display 80
[ "$has_display" = yes ] || { echo "no display and no Xvfb: cannot start the window" >&2; exit 1; }
work=$(mktemp -d)
cp "$cfg" "$work/cfg.orig"
trap 'cp "$work/cfg.orig" "$cfg"; rm -rf "$work"; [ -n "${display_pid:-}" ] && kill "$display_pid" 2>/dev/null || true' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

grep -q '^java-options=-XX:SharedArchiveFile=\$APPDIR/app-cds.jsa$' "$cfg" || fail "the launcher does not name app-cds.jsa"
echo Demo@2026 | "$launcher" demo --data-dir "$work/data" --cadres 20 >/dev/null

# 1. the first start: the archive is missing; the window comes up and the app makes it after closing
rm -f "$archive" "$archive.training" "$archive.lock"
start=$(date +%s%N)
first=$(timeout 300 "$launcher" --data-dir "$work/data" --startup-probe 2>"$work/first.err") || fail "first start failed: $(cat "$work/first.err")"
took=$((($(date +%s%N) - start) / 1000000))
echo "first start: ${first} (process ran ${took} ms, with the training)"
[ -s "$archive" ] || fail "no archive after the first start"
[ ! -e "$archive.training" ] && [ ! -e "$archive.lock" ] || fail "the training or lock file was left behind"
! pgrep -f -- "$image/.*--cds-training" >/dev/null || fail "a training JVM is still running"
echo "archive made: $(du -m "$archive" | cut -f1) MB"
made=$(stat -c %Y%N "$archive")

# 2. the next start maps it: -Xshare:on makes a refused archive fatal; classes come from the top layer
second=$(JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/load.log" \
    timeout 120 "$launcher" --data-dir "$work/data" --startup-probe 2>"$work/second.err") \
    || fail "second start with -Xshare:on failed: $(cat "$work/second.err")"
from_archive=$(grep -c 'source: shared objects file (top)' "$work/load.log" || true)
echo "second start: ${second}; classes from the app archive: $from_archive"
[ "$from_archive" -gt 1000 ] || fail "the second start did not use the app archive"
[ "$(stat -c %Y%N "$archive")" = "$made" ] || fail "the second start made the archive again"

echo "first-run archive: OK"

[ "$runs" -gt 0 ] || exit 0
probe() {
    timeout 120 "$launcher" --data-dir "$work/data" --startup-probe 2>/dev/null | sed -n 's/^startup-ms=//p'
}
median() {
    printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'
}
with=()
without=()
grep -v SharedArchiveFile "$work/cfg.orig" >"$work/cfg.without"
for i in $(seq "$runs"); do
    cp "$work/cfg.orig" "$cfg"
    w=$(probe)
    # not named at all, so nothing is trained either: the start as without this mechanism
    cp "$work/cfg.without" "$cfg"
    n=$(probe)
    echo "run $i: with-archive=$w ms without=$n ms"
    with+=("$w")
    without+=("$n")
done
cp "$work/cfg.orig" "$cfg"
echo "startup-ms-median-with-archive=$(median "${with[@]}")"
echo "startup-ms-median-without-archive=$(median "${without[@]}")"

#!/usr/bin/env bash
# Start-up of the packaged app beside the smallest JavaFX window on the same runtime, alternating
# runs so both see the same machine (issue 8: the app within 1.2 s and 1.3 times the minimal window).
# Prints each run, then the medians (with their range) and their ratio. On a shared machine run it
# with a real-time priority for itself and the X server (`chrt -r 1`), or the figures mean little.
#
# Usage: installer/measure-startup.sh [IMAGE_DIR] [RUNS]     (after build-linux.sh and test-compile;
#        needs a display, or Xvfb to start one)
set -euo pipefail
installer_dir=$(cd "$(dirname "$0")" && pwd)
cd "$(dirname "$0")/.."
image=${1:-target/installer/integrity-desk}
runs=${2:-5}
launcher=$(ls "$image"/bin/* | head -1)
java=$image/lib/runtime/bin/java
[ -f target/test-classes/org/integritydesk/app/MinimalWindow.class ] \
    || { echo "MinimalWindow is not compiled: run mvn -B -q test-compile" >&2; exit 1; }
source "$installer_dir/display.sh"
start_display 80
[ "$has_display" = yes ] || { echo "no display and no Xvfb: cannot show a window to time" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${display_pid:-}" ] && kill "$display_pid" 2>/dev/null || true' EXIT

echo Demo@2026 | "$launcher" demo --data-dir "$work/data" --cadres 150 >/dev/null
probe() {
    timeout 60 "$@" 2>/dev/null | sed -n 's/^startup-ms=//p'
}
# the app once more without its launcher: the runtime's java with the launcher's options and class
# path. JDK 17's Linux launcher first asks rpm and dpkg which package owns it (twice; `dpkg -S`
# reads every package's file list), which the Windows launcher does not do (docs/performance.md)
cfg=$(ls "$image"/lib/app/*.cfg | head -1)
app_dir=$(cd "$image/lib/app" && pwd)
class_path=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app_dir#" | paste -sd: -)
mapfile -t java_options < <(sed -n 's/^java-options=//p' "$cfg" | sed "s#\$APPDIR#$app_dir#")
app=()
direct=()
minimal=()
for i in $(seq "$runs"); do
    a=$(probe "$launcher" --data-dir "$work/data" --startup-probe)
    d=$(probe "$java" "${java_options[@]}" -cp "$class_path" org.integritydesk.app.Launcher --data-dir "$work/data" --startup-probe)
    # the same JVM flags as the app's launcher, without its class-data archive
    m=$(probe "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \
        -cp "target/test-classes:$image/lib/app/integrity-desk.jar" org.integritydesk.app.MinimalWindow)
    echo "run $i: app=$a ms app-without-launcher=$d ms minimal-window=$m ms"
    app+=("$a")
    direct+=("$d")
    minimal+=("$m")
done
median() {
    printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'
}
range() {
    printf '%s\n' "$@" | sort -n | sed -n '1p;$p' | paste -sd- -
}
app_median=$(median "${app[@]}")
direct_median=$(median "${direct[@]}")
minimal_median=$(median "${minimal[@]}")
echo "startup-ms-median=$app_median ($(range "${app[@]}"))"
echo "without-launcher-ms-median=$direct_median ($(range "${direct[@]}"))"
echo "minimal-window-ms-median=$minimal_median ($(range "${minimal[@]}"))"
awk -v a="$app_median" -v m="$minimal_median" 'BEGIN {printf "ratio=%.2f\n", a / m}'
awk -v a="$direct_median" -v m="$minimal_median" 'BEGIN {printf "ratio-without-launcher=%.2f\n", a / m}'

#!/usr/bin/env bash
# Makes the class-data-sharing archive of an app-image where the image lies, and tells its launcher
# to use it. One start of the image up to its first window (--startup-probe on a small demo folder,
# so the login window's classes are in) records the classes; the next starts map them instead of
# loading and verifying them again (FACTS.md: about 0.6 s less). An archive made elsewhere is
# refused by the JVM at start (the class path must match), so this runs after the image has been
# moved to its final place; with a refused or missing archive the app still starts, just slower.
#
# Usage: installer/make-cds-archive.sh IMAGE_DIR      (needs a display, or Xvfb to start one)
set -euo pipefail
installer_dir=$(cd "$(dirname "$0")" && pwd)
image=$(cd "$1" && pwd)
launcher=$(ls "$image"/bin/* | head -1)
cfg=$(ls "$image"/lib/app/*.cfg | head -1)
archive=$image/lib/app/app-cds.jsa
source "$installer_dir/display.sh"
start_display 70
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${display_pid:-}" ] && kill "$display_pid" 2>/dev/null || true' EXIT

name_archive() {
    sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/app-cds.jsa' "$cfg"
}
# the archive option must not be in force while the archive is being made
sed -i '/SharedArchiveFile/d' "$cfg"
rm -f "$archive" "$archive.training"
if [ "$has_display" = no ]; then
    # named but missing: the app makes it itself when its first window closes (ClassDataArchive)
    name_archive
    echo "no display and no Xvfb: no class-data-sharing archive made; the first start of the app makes it"
    exit 0
fi

echo Demo@2026 | "$launcher" demo --data-dir "$work/data" --cadres 20 >/dev/null
# written under another name first: JDK 17 crashes (SIGBUS) on a cut archive, so only a whole one
# that a JVM with -Xshare:on accepts gets the name the launcher reads
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive.training" "$launcher" --data-dir "$work/data" --startup-probe \
    2>&1 | grep -v 'Picked up JAVA_TOOL_OPTIONS' || true
[ -s "$archive.training" ] || { echo "no class-data-sharing archive was written" >&2; exit 1; }
if JAVA_TOOL_OPTIONS="-XX:SharedArchiveFile=$archive.training -Xshare:on" "$launcher" --version >/dev/null 2>&1; then
    mv "$archive.training" "$archive"
else
    rm -f "$archive.training"
    echo "warning: the JVM refused the new archive (-Xshare:on); the first start of the app makes one" >&2
fi
name_archive
if [ -f "$archive" ]; then echo "cds-archive-mb=$(du -m "$archive" | cut -f1)"; fi

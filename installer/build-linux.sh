#!/usr/bin/env bash
# Builds Integrity Desk (廉政工作台) for Linux with jpackage and a jlink-trimmed runtime:
#   target/installer/integrity-desk/         the app-image (bin/integrity-desk starts it)
#   target/installer/integrity-desk_*.deb    with --deb: a Debian package of that image (for testing)
# and prints the image's size. The image carries a class-data-sharing archive made by one start of
# the image where it lies (FACTS.md: an archive only works at the place it was made), so the start
# is measured as a user gets it.
#
# Usage: installer/build-linux.sh [--no-build] [--deb]        (NATIVE_LAUNCHER=yes keeps jpackage's launcher)
#   --no-build  use target/dist as it is (after `mvn -B -DskipTests package`)
#   --deb       also build the .deb (needs fakeroot and dpkg-deb)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build=yes
deb=no
for arg in "$@"; do
    case "$arg" in
        --no-build) build=no ;;
        --deb) deb=yes ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

if [ "$build" = yes ]; then
    mvn -B -q -DskipTests package
fi
lib=$root/target/dist/lib
[ -f "$lib/integrity-desk.jar" ] || { echo "target/dist/lib is missing: run without --no-build" >&2; exit 1; }

out=$root/target/installer
name=integrity-desk
image=$out/$name
rm -rf "$out"
mkdir -p "$out/input" "$out/jfx"
# JavaFX's platform jars are modules linked into the runtime; its classifier-less jars are empty
# stand-ins that only name the module, so they are left out; every other jar goes on the class path.
for jar in "$lib"/*.jar; do
    base=$(basename "$jar")
    case "$base" in
        javafx-*-linux.jar) cp "$jar" "$out/jfx/" ;;
        javafx-*.jar) ;;
        *) cp "$jar" "$out/input/" ;;
    esac
done

version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties | sed 's/-.*//')
modules=$(grep -v '^#' installer/modules.txt | grep -v '^$' | paste -sd, -)
# the launcher's JVM flags: the same as src/dist/bin/integrity-desk (why: docs/performance.md)
java_options=(-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8
    -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -Xmx768m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40)
jpackage_options=()
for option in "${java_options[@]}"; do
    jpackage_options+=(--java-options "$option")
done

jpackage --type app-image --dest "$out" --name "$name" --app-version "$version" \
    --vendor "Integrity Desk" --description "廉政工作台 Integrity Desk" \
    --icon installer/linux/integrity-desk.png \
    --input "$out/input" --main-jar integrity-desk.jar --main-class org.integritydesk.app.Launcher \
    --module-path "$out/jfx" --add-modules "$modules" \
    --jlink-options "--strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 --include-locales=en,zh --generate-cds-archive --strip-native-debug-symbols=exclude-debuginfo-files" \
    "${jpackage_options[@]}"
rm -rf "$out/input" "$out/jfx"
# jlink's --strip-native-debug-symbols drops the debug sections but keeps the symbol tables:
# libjvm.so alone is 3.5 MB smaller without them (symbols only name functions in a crash report)
if command -v strip >/dev/null; then
    find "$image/lib/runtime" -name '*.so' -exec strip --strip-unneeded {} +
fi
# the base archive for heaps over 32 GB (compressed pointers off): an office PC never runs one
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"
# the native launcher spends 160 ms of each start asking rpm and dpkg who owns it: a script that
# starts the runtime from the same configuration instead (installer/linux/launcher.sh says more)
if [ "${NATIVE_LAUNCHER:-no}" != yes ]; then
    install -m 755 installer/linux/launcher.sh "$image/bin/$name"
fi

installer/make-cds-archive.sh "$image"

echo "app-image: $image"
echo "app-image-mb=$(du -sm "$image" | cut -f1)"
echo "runtime-mb=$(du -sm "$image/lib/runtime" | cut -f1)"
echo "app-jars-mb=$(du -sm "$image/lib/app" | cut -f1)"

if [ "$deb" = yes ]; then
    jpackage --type deb --dest "$out" --app-image "$image" --name "$name" --app-version "$version" \
        --vendor "Integrity Desk" --description "廉政工作台 Integrity Desk" \
        --linux-shortcut --linux-menu-group Office --linux-app-category office \
        --linux-package-name integrity-desk --install-dir /opt \
        --resource-dir installer/linux
    ls -l "$out"/*.deb
fi

#!/usr/bin/env bash
# Integrity Desk (廉政工作台): the Linux app-image's launcher, in place of jpackage's native one.
# JDK 17's native Linux launcher first asks rpm and dpkg which package owns it (`dpkg -S` reads
# every installed package's file list): about 160 ms of every start, a fifth of the whole start-up
# (docs/performance.md, docs/decisions/0014). This script starts the image's runtime the way that
# launcher does: the class path, main class and JVM options from lib/app/<name>.cfg (which
# make-cds-archive.sh and the app's first-run archive both rely on), $APPDIR being lib/app, and
# jpackage.app-path naming this launcher. The Windows launcher asks no such thing and stays native.
set -e
launcher=$(readlink -f "$0")
image=${launcher%/bin/*}
app_dir=$image/lib/app
cfg=$app_dir/$(basename "$launcher").cfg
class_path=
main_class=
options=()
section=
while IFS= read -r line || [ -n "$line" ]; do
    line=${line//\$APPDIR/$app_dir}
    case "$line" in
        '['*']') section=$line ;;
        app.classpath=*) class_path=${class_path:+$class_path:}${line#app.classpath=} ;;
        app.mainclass=*) main_class=${line#app.mainclass=} ;;
        java-options=*) [ "$section" = '[JavaOptions]' ] && options+=("${line#java-options=}") ;;
    esac
done < "$cfg"
exec "$image/lib/runtime/bin/java" "${options[@]}" "-Djpackage.app-path=$launcher" \
    -cp "$class_path" "$main_class" "$@"

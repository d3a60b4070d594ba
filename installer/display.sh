# Sourced by the installer scripts that start the app's window: gives them a display. With none
# set, starts a private Xvfb on the first free number from $1 and stops it when the script exits.
# Sets has_display=yes or no (no Xvfb on this machine), and display_pid when it started one; the
# script's exit trap stops it.
# shellcheck shell=bash
start_display() {
    has_display=yes
    [ -n "${DISPLAY:-}" ] && return
    if ! command -v Xvfb >/dev/null; then
        has_display=no
        return
    fi
    local n
    for n in $(seq "$1" $(($1 + 9))); do
        if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
            Xvfb ":$n" -screen 0 1280x800x24 >/dev/null 2>&1 &
            display_pid=$!
            export DISPLAY=":$n"
            sleep 1
            return
        fi
    done
    has_display=no
}

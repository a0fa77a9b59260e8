#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# under a throw-away HOME, so the test uses a real keyring and never the developer's own.
# Usage: keyring-launcher.sh <test executable> [args...]
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/vpw-keyring-home.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    echo -n vpw-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring-test "$@"

#!/usr/bin/env bash
# Start-up time of an installed (or app-image) launcher, median of N runs after one warm-up.
#
#   measure-startup.sh MODE LAUNCHER [N] [CFG ...]
#
#   MODE     command: time of `LAUNCHER --data-dir D charters` until it exits
#            window:  time until a visible window whose name contains "Secretariat" exists
#                     (needs DISPLAY, e.g. an Xvfb, and xdotool)
#   CFG ...  launcher configurations to compare (copies of lib/app/secretariat.cfg with other
#            java-options); they are put in place in turn, one run of each per round, so that
#            load from other processes falls on all of them alike. The original is restored.
#
# The data folder (DATA, default a new temporary one) is set up once (charter cerra), so the
# window opens on the home screen as on every start but the first.
set -euo pipefail
MODE=$1
LAUNCHER=$2
N=${3:-5}
shift 3 2>/dev/null || shift $#
VARIANTS=("$@")
APPDIR=$(cd "$(dirname "$LAUNCHER")/../lib/app" && pwd)
CFG="$APPDIR/$(basename "$LAUNCHER").cfg"
DATA=${DATA:-$(mktemp -d)}
LOG=$(mktemp)
cp "$CFG" "$LOG.orig"
trap 'cp "$LOG.orig" "$CFG"; rm -f "$LOG" "$LOG.orig"' EXIT
[ -e "$DATA/secretariat.mv.db" ] || "$LAUNCHER" --data-dir "$DATA" setup --charter cerra >/dev/null

now() { date +%s%N; }

one_command() {
    local t0 t1
    t0=$(now)
    "$LAUNCHER" --data-dir "$DATA" charters >"$LOG" 2>&1 || { cat "$LOG" >&2; return 1; }
    t1=$(now)
    echo $(((t1 - t0) / 1000000))
}

one_window() {
    local t0 t1 pid
    t0=$(now)
    "$LAUNCHER" --data-dir "$DATA" >"$LOG" 2>&1 &
    pid=$!
    # xdotool's own --sync polls only twice a second; poll every 10 ms instead.
    until xdotool search --onlyvisible --name Secretariat >/dev/null 2>&1; do
        sleep 0.01
        kill -0 "$pid" 2>/dev/null || { echo "the app exited before showing a window:" >&2; cat "$LOG" >&2; return 1; }
    done
    t1=$(now)
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo $(((t1 - t0) / 1000000))
}

run() { if [ "$MODE" = window ]; then one_window; else one_command; fi; }

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

if [ ${#VARIANTS[@]} -eq 0 ]; then
    run >/dev/null # warm-up: page cache
    times=()
    for _ in $(seq "$N"); do times+=("$(run)"); done
    echo "$MODE runs (ms): ${times[*]}  median: $(median "${times[@]}")"
    exit 0
fi

declare -A results
for v in "${VARIANTS[@]}"; do
    cp "$v" "$CFG"
    run >/dev/null # warm-up
done
for _ in $(seq "$N"); do
    for v in "${VARIANTS[@]}"; do
        cp "$v" "$CFG"
        results[$v]="${results[$v]:-} $(run)"
    done
done
for v in "${VARIANTS[@]}"; do
    # shellcheck disable=SC2086
    echo "$MODE $(basename "$v") runs (ms):${results[$v]}  median: $(median ${results[$v]})"
done

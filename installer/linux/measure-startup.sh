#!/usr/bin/env bash
# Start-up time of an installed (or app-image) launcher: median of N runs after one warm-up.
#
#   installer/linux/measure-startup.sh LAUNCHER command [N]   time of `LAUNCHER --data-dir D charters`
#   installer/linux/measure-startup.sh LAUNCHER window  [N]   time until a visible window whose name
#                                                             contains "Secretariat" exists (needs
#                                                             DISPLAY, e.g. Xvfb, and xdotool)
# Prints each run in ms and the median. The data folder is set up once (charter cerra) so the
# window opens on the home screen, as it does on every start but the first.
set -euo pipefail
LAUNCHER=$1
MODE=$2
N=${3:-5}
DATA=${DATA:-$(mktemp -d)}
[ -e "$DATA/secretariat.mv.db" ] || "$LAUNCHER" --data-dir "$DATA" setup --charter cerra >/dev/null

now() { date +%s%N; }

one_command() {
    local t0 t1
    t0=$(now)
    "$LAUNCHER" --data-dir "$DATA" charters >/dev/null
    t1=$(now)
    echo $(((t1 - t0) / 1000000))
}

one_window() {
    local t0 t1 pid
    t0=$(now)
    "$LAUNCHER" --data-dir "$DATA" >/dev/null 2>&1 &
    pid=$!
    # xdotool's own --sync polls only twice a second; poll every 10 ms instead.
    until xdotool search --onlyvisible --name Secretariat >/dev/null 2>&1; do
        sleep 0.01
        kill -0 "$pid" 2>/dev/null || { echo "the app exited before showing a window" >&2; return 1; }
    done
    t1=$(now)
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo $(((t1 - t0) / 1000000))
}

run() { if [ "$MODE" = window ]; then one_window; else one_command; fi; }

run >/dev/null # warm-up: page cache
times=()
for _ in $(seq "$N"); do times+=("$(run)"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n "$(((N + 1) / 2))p")
echo "$MODE runs (ms): ${times[*]}  median: $median"

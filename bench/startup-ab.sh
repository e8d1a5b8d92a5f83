#!/usr/bin/env bash
# Start-up of two (or more) builds compared fairly on a busy machine: the README's command for each jar in turn, RUNS
# rounds alternating them, each on a fresh data directory; per start, the wall time to the first 200 on /health and the
# processor time the launcher and its JVM had used by then (less swayed by other load than the wall time). Each jar
# starts once first to write its class-data-sharing archive. Prints every start and the medians per jar.
# Usage: bash bench/startup-ab.sh BEFORE.jar AFTER.jar [...]; environment: RUNS (6).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-6}
[ $# -ge 2 ] || { echo "usage: bash bench/startup-ab.sh BEFORE.jar AFTER.jar [...]" >&2; exit 2; }

cpu_ms() {
  local ticks=0 pid fields
  for pid in "$1" $(pgrep -P "$1"); do
    read -r -a fields <"/proc/$pid/stat"
    ticks=$((ticks + fields[13] + fields[14]))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# one_start JAR: prints "wall_ms cpu_ms".
one_start() {
  local dir port started ready cpu
  dir=$(mktemp -d "$OUT/startup-ab.XXXX")
  port=$((20000 + RANDOM % 40000))
  started=$(date +%s%N)
  start plara "$dir/server.log" env -i PATH="$PATH" HOME="$HOME" PORT="$port" \
    bash -c "cd '$dir' && exec java -jar '$1'"
  until curl -fso /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$STARTED_PID" || { tail -20 "$dir/server.log" >&2; exit 1; }
    sleep 0.01
  done
  ready=$(date +%s%N)
  cpu=$(cpu_ms "$STARTED_PID")
  stop_started
  rm -rf "$dir"
  echo "$(( (ready - started) / 1000000 )) $cpu"
}

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for jar in "$@"; do one_start "$jar" >/dev/null; done
declare -A walls cpus
for round in $(seq "$RUNS"); do
  for jar in "$@"; do
    read -r wall cpu < <(one_start "$jar")
    walls[$jar]+="$wall "
    cpus[$jar]+="$cpu "
    echo "round $round $jar: first 200 after $wall ms, $cpu ms of processor time"
  done
done
for jar in "$@"; do
  # shellcheck disable=SC2086
  echo "$jar: median $(median ${walls[$jar]}) ms to the first 200, $(median ${cpus[$jar]}) ms of processor time"
done

#!/usr/bin/env bash
# Start-up and footprint of the README's run command on the embedded default: the time from process start to the
# first 200 on /health, and the resident memory once idle (the launcher and the JVM it starts, summed), over RUNS fresh
# starts (each on a new data directory).
# Environment: RUNS (5), IDLE_SECONDS (10), BENCH_SKIP_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-5}
IDLE_SECONDS=${IDLE_SECONDS:-10}
build

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

: >"$OUT/startup.txt"
times=()
residents=()
for run in $(seq "$RUNS"); do
  dir=$OUT/startup-$run
  rm -rf "$dir" && mkdir -p "$dir"
  port=$(free_port)
  started=$(date +%s%N)
  start plara "$dir/server.log" env -i PATH="$PATH" HOME="$HOME" PORT="$port" \
    bash -c "cd '$dir' && exec java -jar '$PLARA_JAR'"
  until curl -fso /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$STARTED_PID" || { tail -20 "$dir/server.log"; exit 1; }
    sleep 0.01
  done
  ready=$(date +%s%N)
  sleep "$IDLE_SECONDS"
  read -r rss peak < <(memory_mib "$STARTED_PID")
  times+=($(( (ready - started) / 1000000 )))
  residents+=("$rss")
  echo "run $run: first 200 on /health after ${times[-1]} ms; idle RSS $rss MiB (peak $peak MiB)" | tee -a "$OUT/startup.txt"
  stop_started
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "start-up over $RUNS runs: min ${sorted[0]} ms, median $(median "${times[@]}") ms, max ${sorted[-1]} ms;" \
  "idle RSS median $(median "${residents[@]}") MiB" | tee -a "$OUT/startup.txt"

# shellcheck shell=bash
# Shared by the bench scripts: where things are, the build, and starting, watching and stopping the servers they
# measure. Every process a script starts is stopped by its own id when the script ends.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
OUT=${BENCH_OUT:-$BENCH_DIR/out}
PLARA_JAR=${PLARA_JAR:-$ROOT/app/target/plara.jar}
BENCH_JAR=${BENCH_JAR:-$BENCH_DIR/target/plara-bench.jar}
STARTED=()
mkdir -p "$OUT"

stop_started() {
  local pid
  for pid in "${STARTED[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  STARTED=()
}
trap stop_started EXIT

# The server jar and the bench jar, unless BENCH_SKIP_BUILD=1 says they are built already. From clean: the shade
# plugin, run again on a jar it shaded before, keeps the classes that jar already held, so a changed module would not
# reach plara.jar.
build() {
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    (cd "$ROOT" && mvn -q -B -ntp -Pbench -DskipTests clean package)
  fi
}

# Polar's official Express adapter, the mongodb driver and the standardwebhooks library, from the npm registry, as the
# lock file pins them.
install_peer() {
  (cd "$BENCH_DIR/peer" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
}

# A random secret of the given prefix (never committed, never printed).
new_secret() {
  echo "$1$(head -c 30 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
}

# start NAME LOG COMMAND...: runs COMMAND in the background, logging to LOG; sets STARTED_PID.
start() {
  local name=$1 log=$2
  shift 2
  "$@" >"$log" 2>&1 &
  STARTED_PID=$!
  STARTED+=("$STARTED_PID")
  echo "started $name (pid $STARTED_PID), log $log" >&2
}

# listening_url LOG PID WORDS [SCHEME]: waits (60 s at most) for the process to log WORDS and a URL after them
# (http unless SCHEME says otherwise), and prints that URL's scheme, host and port, localhost as 127.0.0.1.
listening_url() {
  local log=$1 pid=$2 words=$3 scheme=${4:-http} url=""
  for _ in $(seq 600); do
    url=$(grep -o -m1 "$words *$scheme://[^/ ]*" "$log" 2>/dev/null | grep -o "$scheme://.*" \
      | sed 's/localhost/127.0.0.1/' || true)
    if [ -n "$url" ]; then
      echo "$url"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "process $pid exited before it listened:" >&2
      tail -20 "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "process $pid did not listen within 60 s" >&2
  return 1
}

# start_plara DIR WEBHOOK_SECRET JWT_SECRET [STORE_URI]: the README's run command on a fresh data directory, with only
# the environment given here: the embedded default in demo mode, or the MongoDB that STORE_URI names (on a database of
# its own), and PLARA_STORE_ROUND_MS when it is set (0 compares the same build without store rounds). Sets PLARA_URL
# and PLARA_PID.
start_plara() {
  local dir=$1 store=()
  rm -rf "$dir" && mkdir -p "$dir"
  if [ -n "${4:-}" ]; then
    store=(MONGODB_URI="$4" MONGODB_DATABASE="bench-$(date +%s%N)")
  fi
  if [ -n "${PLARA_STORE_ROUND_MS:-}" ]; then
    store+=(PLARA_STORE_ROUND_MS="$PLARA_STORE_ROUND_MS")
  fi
  start plara "$dir/server.log" env -i PATH="$PATH" HOME="$HOME" PORT=0 PLARA_DATA_DIR="$dir/data" "${store[@]}" \
    POLAR_WEBHOOK_SECRET="$2" PLARA_JWT_SECRET="$3" bash -c "cd '$dir' && exec java ${PLARA_JAVA_OPTS:-} -jar '$PLARA_JAR'"
  PLARA_PID=$STARTED_PID
  PLARA_URL=$(listening_url "$dir/server.log" "$PLARA_PID" "open:")
}

# start_store DIR: the embedded default's store in a process of its own (java -jar plara.jar embedded-store), so that
# a benchmark can tell its work from its client's; sets STORE_URI and STORE_PID.
start_store() {
  local dir=$1
  rm -rf "$dir" && mkdir -p "$dir"
  start store "$dir/store.log" java -jar "$PLARA_JAR" embedded-store --port 0 --data "$dir/data"
  STORE_PID=$STARTED_PID
  STORE_URI=$(listening_url "$dir/store.log" "$STORE_PID" "listening on" mongodb)
}

# The resident and peak resident memory of a process and of the processes it started (a launcher's JVM), in MiB:
# "rss peak", each the sum over those processes.
memory_mib() {
  local files=("/proc/$1/status") child
  for child in $(pgrep -P "$1"); do files+=("/proc/$child/status"); done
  awk '/^VmRSS:/ {rss+=$2} /^VmHWM:/ {hwm+=$2} END {printf "%.0f %.0f\n", rss/1024, hwm/1024}' "${files[@]}"
}

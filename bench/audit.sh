#!/usr/bin/env bash
# The audit over a ledger that grows: card credits confirmed through the core (the MongoDB adapter over the wire
# protocol to Plara's embedded store, started here in a process of its own with the 192 MiB heap plara.jar's launcher gives it) up
# to each size in CREDITS, then GET /api/admin/audit's work (the core's audit), timed, with the store's resident memory
# before it and its peak during it. Exit 1 when an audit is not clean or does not answer within TIMEOUT seconds.
# Environment: CREDITS (10000,50000,100000), USERS (1000), THREADS (8), TIMEOUT (120),
# BENCH_SKIP_BUILD=1, PLARA_JAR and BENCH_JAR (lib.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build
dir="$OUT/audit-store"
rm -rf "$dir" && mkdir -p "$dir"
start store "$dir/store.log" java -jar "$PLARA_JAR" embedded-store --port 0 --data "$dir/data"
STORE_PID=$STARTED_PID
STORE_URI=$(listening_url "$dir/store.log" "$STORE_PID" "listening on" mongodb)
java -jar "$BENCH_JAR" audit --mongodb-uri "$STORE_URI" --store-pid "$STORE_PID" --credits "${CREDITS:-10000,50000,100000}" \
  --users "${USERS:-1000}" --threads "${THREADS:-8}" --timeout "${TIMEOUT:-120}" | tee "$OUT/audit.txt"

#!/usr/bin/env bash
# Webhook ingest, three servers side by side on the same unique Polar-signed order.paid deliveries, on loopback:
#   plara   - the bundled server on its embedded default, exactly as the README runs it (verify, parse, dedupe by
#             webhook-id, ledger append, notification, outbox message);
#   peer    - Polar's official Express adapter (@polar-sh/express Webhooks), which verifies and parses and persists nothing;
#   ceiling - a bare Javalin endpoint that reads the body and answers 200.
# Prints throughput, p50/p99/max latency and peak RSS per concurrency level, Plara's ratios to the others, and checks
# that Plara credited every order exactly once. Writes bench/out/ingest.json.
# Environment: LEVELS (1,8,32), COUNT per level (5000), WARMUP (2000), USERS (1000), BENCH_SKIP_BUILD=1;
# SPLIT_STORE=1 runs the embedded store in a process of its own and reports its processor time apart from Plara's;
# MONGODB_URI points Plara at another MongoDB instead.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
LEVELS=${LEVELS:-1,8,32}
COUNT=${COUNT:-5000}
WARMUP=${WARMUP:-2000}
USERS=${USERS:-1000}

build
install_peer
webhook_secret=$(new_secret polar_whs_)
jwt_secret=$(new_secret jwt-)

store_pid=0
report=$OUT/ingest.json
if [ "${SPLIT_STORE:-0}" = 1 ]; then
  start_store "$OUT/ingest-store"
  store_pid=$STORE_PID
  report=$OUT/ingest-split-store.json
fi
start_plara "$OUT/ingest-plara" "$webhook_secret" "$jwt_secret"
start peer "$OUT/ingest-peer.log" env POLAR_WEBHOOK_SECRET="$webhook_secret" PORT=0 node "$BENCH_DIR/peer/server.mjs"
peer_pid=$STARTED_PID
peer_url=$(listening_url "$OUT/ingest-peer.log" "$peer_pid" "listening on")
start ceiling "$OUT/ingest-ceiling.log" java -jar "$BENCH_JAR" ceiling --port 0
ceiling_pid=$STARTED_PID
ceiling_url=$(listening_url "$OUT/ingest-ceiling.log" "$ceiling_pid" "listening on")

java -jar "$BENCH_JAR" ingest \
  --targets "plara=$PLARA_URL@$PLARA_PID,peer=$peer_url@$peer_pid,ceiling=$ceiling_url@$ceiling_pid" \
  --levels "$LEVELS" --count "$COUNT" --warmup "$WARMUP" --users "$USERS" \
  --webhook-secret "$webhook_secret" --jwt-secret "$jwt_secret" --store-pid "$store_pid" \
  --report "$report"

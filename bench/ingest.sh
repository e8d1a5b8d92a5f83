#!/usr/bin/env bash
# Webhook ingest, four servers side by side on the same unique Polar-signed order.paid deliveries, on loopback:
#   plara   - the bundled server in demo mode (verify, parse, dedupe by webhook-id, ledger append, notification, outbox
#             message), on Plara's embedded store in a process of its own (plara.jar embedded-store);
#   peer    - the handler a team would write on Node (peer/persisting.mjs: Express, Polar's Express adapter, the mongodb
#             driver: find the user, insert the transaction under a unique key, $inc the balance, $push a notification),
#             on an embedded-store process of its own;
#   adapter - Polar's official Express adapter alone (peer/server.mjs), which verifies and parses and persists nothing;
#   ceiling - a bare Javalin endpoint that reads the body and answers 200.
# Each target is first warmed up to a steady state: batches of WARMUP_BATCH deliveries at concurrency 8 until HotSpot's
# JIT compiler threads (C1/C2) used less than WARMUP_JIT_PERCENT of EACH of its JVMs' processor time over the last batch
# (its own and its store's; the peer's store for the peer, whose own V8 compiling is neither waited for nor shown; none
# for the Node adapter, which gets WARMUP only), or until WARMUP_MAX_SECONDS have passed: the same time for every
# target, since the JIT's work follows time under load (the last batch is cut to what the time left holds). At least
# WARMUP deliveries; WARMUP_MAX is a safety bound. It prints what each took; a ratio whose either side was stopped by
# a maximum is marked "(not steady)". Without it the JIT takes about half of Plara's and the stores' processor time
# for the first ~90 s of load, and the figures measure the JIT.
# Then prints throughput, p50/p99/max latency, peak RSS, processor time per delivery (each target's process and its
# store's), the JIT's part of it ("JIT ms/req": near 0 once steady) and store commands per delivery (from the store's
# serverStatus) per concurrency level, Plara's ratios to the others; after each of Plara's levels it waits (30 s at
# most) until Plara's outbox holds nothing unsent and counts that drain in the level's time (so in its throughput) and
# processor time, and prints it; per level it prints the GC pauses (count, sum, longest, full collections) of each
# target's JVMs and of its store's, from GC logs it turns on in the running JVMs with jcmd (in bench/out/gc/), so that
# every run says whether GC made its tail. Then it sends 100 deliveries again and checks that Plara and the peer each
# credited every order exactly once. Writes bench/out/ingest.json.
# Environment: LEVELS (1,8,32), COUNT per level (3000), WARMUP (2000, the minimum), WARMUP_BATCH (2000),
# WARMUP_JIT_PERCENT (5), WARMUP_MAX_SECONDS (60), WARMUP_MAX (15000: with 3 levels of 3000 and 100 again a default run
# stays under ~25,000 deliveries, what Plara's books check can audit in its 30 s; raise it with COUNT/LEVELS lowered),
# USERS (1000), BENCH_SKIP_BUILD=1;
# IN_PROCESS_STORE=1 runs Plara exactly as the README does (its store inside its own process); PLARA_STORE_ROUND_MS is
# handed to Plara when set (0: every command goes the moment it comes, for an A/B of the same build);
# MONGODB_URI points Plara at another MongoDB instead.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
LEVELS=${LEVELS:-1,8,32}
COUNT=${COUNT:-3000}
WARMUP=${WARMUP:-2000}
WARMUP_BATCH=${WARMUP_BATCH:-2000}
WARMUP_JIT_PERCENT=${WARMUP_JIT_PERCENT:-5}
WARMUP_MAX=${WARMUP_MAX:-15000}
WARMUP_MAX_SECONDS=${WARMUP_MAX_SECONDS:-60}
USERS=${USERS:-1000}

build
install_peer
webhook_secret=$(new_secret polar_whs_)
jwt_secret=$(new_secret jwt-)

plara_store=${MONGODB_URI:-}
plara_store_pid=0
report=$OUT/ingest.json
if [ -z "$plara_store" ] && [ "${IN_PROCESS_STORE:-0}" != 1 ]; then
  start_store "$OUT/ingest-plara-store"
  plara_store=$STORE_URI
  plara_store_pid=$STORE_PID
elif [ "${IN_PROCESS_STORE:-0}" = 1 ]; then
  report=$OUT/ingest-in-process-store.json
fi
start_plara "$OUT/ingest-plara" "$webhook_secret" "$jwt_secret" "$plara_store"
start_store "$OUT/ingest-peer-store"
peer_store=$STORE_URI
peer_store_pid=$STORE_PID
start peer "$OUT/ingest-peer.log" env POLAR_WEBHOOK_SECRET="$webhook_secret" MONGODB_URI="$peer_store" PORT=0 \
  node "$BENCH_DIR/peer/persisting.mjs"
peer_pid=$STARTED_PID
peer_url=$(listening_url "$OUT/ingest-peer.log" "$peer_pid" "listening on")
start adapter "$OUT/ingest-adapter.log" env POLAR_WEBHOOK_SECRET="$webhook_secret" PORT=0 node "$BENCH_DIR/peer/server.mjs"
adapter_pid=$STARTED_PID
adapter_url=$(listening_url "$OUT/ingest-adapter.log" "$adapter_pid" "listening on")
start ceiling "$OUT/ingest-ceiling.log" java -jar "$BENCH_JAR" ceiling --port 0
ceiling_pid=$STARTED_PID
ceiling_url=$(listening_url "$OUT/ingest-ceiling.log" "$ceiling_pid" "listening on")

java -jar "$BENCH_JAR" ingest \
  --targets "plara=$PLARA_URL@$PLARA_PID+$plara_store_pid,peer=$peer_url@$peer_pid+$peer_store_pid,adapter=$adapter_url@$adapter_pid,ceiling=$ceiling_url@$ceiling_pid" \
  --levels "$LEVELS" --count "$COUNT" --warmup "$WARMUP" --warmup-batch "$WARMUP_BATCH" \
  --warmup-jit-percent "$WARMUP_JIT_PERCENT" --warmup-max "$WARMUP_MAX" --warmup-max-seconds "$WARMUP_MAX_SECONDS" \
  --users "$USERS" \
  --webhook-secret "$webhook_secret" --jwt-secret "$jwt_secret" --peer-store "$peer_store" \
  ${plara_store:+--plara-store "$plara_store"} \
  --report "$report"

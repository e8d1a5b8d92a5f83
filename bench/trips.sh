#!/usr/bin/env bash
# MongoDB round trips and durable writes per money movement, through the real server: Plara (the README's command, in
# demo mode) talks to its embedded store (plara.jar embedded-store, a process of its own) through a recording proxy on
# the wire, and each operation is made through the HTTP API as Polar, a user and an admin make it: a card top-up
# checkout opened, its signed order.paid (the card credit), a content purchase from the balance, a bank deposit
# submitted, its approval, and a second card credit to the same wallet. Prints per operation each round trip named
# (command and collection), which are durable writes, what their answers said (an update that changed nothing), the
# totals and an estimate on a replica set.
# Environment: RUNS (5, each operation made that often for new users; the sequence most runs gave counts),
# BENCH_SKIP_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build
start_store "$OUT/trips-store"
rm -rf "$OUT/trips"
java -jar "$BENCH_JAR" trips --plara-jar "$PLARA_JAR" --store-uri "$STORE_URI" --runs "${RUNS_TRIPS:-${RUNS:-5}}" \
  --webhook-secret "$(new_secret polar_whs_)" --jwt-secret "$(new_secret jwt-)" --work-dir "$OUT/trips" \
  | tee "$OUT/trips.txt"

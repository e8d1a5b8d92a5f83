#!/usr/bin/env bash
# Wallet contention through the core as a service embeds it (the MongoDB adapter over the wire protocol to Plara's
# embedded store, started here in a process of its own, or to the MongoDB that MONGODB_URI names): concurrent
# purchases on one wallet, then over many; purchases/s, refusals, and the checks that exactly the affordable half went
# through and no wallet went below zero (exit 1 when not).
# Environment: THREADS (16), ONE_WALLET_ITEMS (4000), WALLETS (200), ITEMS_PER_WALLET (40), BENCH_SKIP_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build
if [ -z "${MONGODB_URI:-}" ]; then
  start_store "$OUT/contention-store"
  MONGODB_URI=$STORE_URI
fi
java -jar "$BENCH_JAR" contention --mongodb-uri "$MONGODB_URI" --threads "${THREADS:-16}" --one-wallet-items "${ONE_WALLET_ITEMS:-4000}" \
  --wallets "${WALLETS:-200}" --items-per-wallet "${ITEMS_PER_WALLET:-40}" | tee "$OUT/contention.txt"

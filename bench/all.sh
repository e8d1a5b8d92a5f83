#!/usr/bin/env bash
# Every benchmark in one go, figures in bench/out/. With --smoke, a short run of each (small counts, one JMH
# iteration, an ingest warm-up that does not wait for a steady state) that still fails when a target answers non-2xx
# or Plara's books or a wallet check are off: .ci/run runs it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--smoke" ]; then
  export LEVELS=1,8 COUNT=100 WARMUP=50 WARMUP_MAX=50 USERS=20
  export THREADS=4 ONE_WALLET_ITEMS=40 WALLETS=5 ITEMS_PER_WALLET=8
  export JMH_ARGS="-f 1 -wi 0 -i 1 -r 1s" NODE_SECONDS=1 NODE_ROUNDS=1
  export RUNS=1 IDLE_SECONDS=1
fi
build
export BENCH_SKIP_BUILD=1
bash "$BENCH_DIR/startup.sh"
bash "$BENCH_DIR/verify.sh"
bash "$BENCH_DIR/contention.sh"
bash "$BENCH_DIR/ingest.sh"
bash "$BENCH_DIR/trips.sh"

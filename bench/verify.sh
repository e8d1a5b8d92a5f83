#!/usr/bin/env bash
# Verification alone, per core, on the same signed order.paid deliveries: Plara's verifier under JMH (the signature
# check, and the check plus reading the event type as the endpoint does), then the standardwebhooks npm library that
# Polar's SDK verifies with. Writes bench/out/jmh-verify.json and bench/out/node-verify.json.
# Environment: JMH_ARGS (-f 1 -wi 3 -w 2s -i 5 -r 2s), NODE_SECONDS (2), NODE_ROUNDS (5), BENCH_SKIP_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build
install_peer
secret=$(new_secret polar_whs_)
payloads=$OUT/payloads.tsv
java -jar "$BENCH_JAR" payloads --count 1000 --webhook-secret "$secret" --out "$payloads"
# shellcheck disable=SC2086
BENCH_WEBHOOK_SECRET=$secret java -cp "$BENCH_JAR" org.openjdk.jmh.Main VerifierBenchmark -t 1 \
  ${JMH_ARGS:--f 1 -wi 3 -w 2s -i 5 -r 2s} -p payloads="$payloads" -rf json -rff "$OUT/jmh-verify.json"
# The npm library checks timestamps against the wall clock, so it runs right after the payloads were signed.
node "$BENCH_DIR/peer/verify.mjs" "$payloads" "$secret" "${NODE_SECONDS:-2}" "${NODE_ROUNDS:-5}" | tee "$OUT/node-verify.json"

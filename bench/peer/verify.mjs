// Verification alone in Node, on one core: the standardwebhooks npm library (what Polar's SDK verifies with) over the
// signed deliveries of a payload file, with the key derived as Polar's SDK derives it (the UTF-8 bytes of the secret).
// usage: node verify.mjs <payloads.tsv> <secret> [seconds per round] [rounds]
import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";

const [file, secret, seconds = "2", rounds = "5"] = process.argv.slice(2);
const deliveries = readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => {
  const [id, timestamp, signature, body] = line.split("\t");
  return { body, headers: { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": signature } };
});
const webhook = new Webhook(Buffer.from(secret, "utf-8").toString("base64"));

function round(millis) {
  let done = 0;
  const end = performance.now() + millis;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) {
      const delivery = deliveries[done % deliveries.length];
      webhook.verify(delivery.body, delivery.headers);
      done++;
    }
  }
  return done / (millis / 1000);
}

round(Number(seconds) * 1000); // warm-up, not counted
const perSecond = Array.from({ length: Number(rounds) }, () => round(Number(seconds) * 1000));
const mean = perSecond.reduce((a, b) => a + b, 0) / perSecond.length;
console.log(JSON.stringify({
  library: "standardwebhooks (npm) " + JSON.parse(readFileSync(new URL("./node_modules/standardwebhooks/package.json", import.meta.url))).version,
  node: process.version,
  deliveries: deliveries.length,
  ops_per_second_mean: Math.round(mean),
  ops_per_second_min: Math.round(Math.min(...perSecond)),
  ops_per_second_max: Math.round(Math.max(...perSecond)),
}));

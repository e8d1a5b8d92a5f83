// The persisting peer of the ingest benchmark: the handler a team would write on Node for Plara's job, on its own store.
// Express + Polar's official Express adapter (@polar-sh/express Webhooks verifies and parses) + the official mongodb
// driver. On order.paid: find the user, insert the transaction under a unique idempotency key, then $inc the balance and
// $push a notification. A delivery seen before hits the unique key and is answered 2xx without effect.
// Environment: POLAR_WEBHOOK_SECRET, MONGODB_URI, MONGODB_DATABASE (plara_peer), PORT (0).
import express from "express";
import { Webhooks } from "@polar-sh/express";
import { MongoClient } from "mongodb";

const secret = process.env.POLAR_WEBHOOK_SECRET;
const uri = process.env.MONGODB_URI;
if (!secret || !uri) {
  console.error("POLAR_WEBHOOK_SECRET and MONGODB_URI are required");
  process.exit(2);
}
const DUPLICATE_KEY = 11000;
const client = new MongoClient(uri, { maxPoolSize: 64 });
const db = client.db(process.env.MONGODB_DATABASE ?? "plara_peer");
const users = db.collection("users");
const transactions = db.collection("transactions");
await transactions.createIndex({ idempotencyKey: 1 }, { unique: true, name: "one_per_key" });

async function onOrderPaid(event) {
  const order = event.data;
  const userId = order.metadata?.plara_user_id ?? order.customer?.externalId;
  const user = await users.findOne({ _id: userId }, { projection: { _id: 1 } });
  if (!user) {
    throw new Error(`order ${order.id} names no known user`);
  }
  const key = `polar:order:${order.id}`;
  try {
    await transactions.insertOne({
      idempotencyKey: key, user: userId, amount: order.netAmount, currency: order.currency, at: new Date(),
    });
  } catch (error) {
    if (error.code === DUPLICATE_KEY) {
      return; // seen before: already credited
    }
    throw error;
  }
  await users.updateOne({ _id: userId }, {
    $inc: { balance: order.netAmount },
    $push: { notifications: { text: `Card deposit of ${order.netAmount} ${order.currency}`, key, at: new Date() } },
  });
}

const webhooks = Webhooks({ webhookSecret: secret, onOrderPaid });
const app = express();
// The adapter verifies JSON.stringify(req.body), so the body must be parsed first, as Polar's README shows.
app.use(express.json({ limit: "1mb" }));
// A failed write answers 500 (Polar then retries) instead of leaving the adapter's promise rejected.
app.post("/api/webhooks/polar", (req, res, next) => webhooks(req, res).catch(next));
const server = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`persisting peer listening on http://127.0.0.1:${server.address().port}`);
});
process.on("SIGTERM", () => server.close(() => client.close().then(() => process.exit(0))));

// The peer of the ingest benchmark: Polar's official Express adapter (@polar-sh/express Webhooks), which verifies the
// signature and parses the event, with a handler that does nothing but acknowledge. It persists nothing.
import express from "express";
import { Webhooks } from "@polar-sh/express";

const secret = process.env.POLAR_WEBHOOK_SECRET;
if (!secret) {
  console.error("POLAR_WEBHOOK_SECRET is required");
  process.exit(2);
}
const app = express();
// The adapter verifies JSON.stringify(req.body), so the body must be parsed first, as Polar's README shows.
app.use(express.json({ limit: "1mb" }));
app.post("/api/webhooks/polar", Webhooks({ webhookSecret: secret, onPayload: async () => {} }));
const server = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`peer listening on http://127.0.0.1:${server.address().port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));

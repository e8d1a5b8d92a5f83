package dev.plara.bench;

import dev.plara.polar.webhook.WebhookSigner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One {@code order.paid} delivery of the benchmark: the event id Polar repeats as {@code webhook-id}, whose wallet it
 * credits and by how much, and the compact JSON body exactly as Polar would send it.
 */
record Delivery(String webhookId, String user, long amount, byte[] body) {

    static final String PATH = "/api/webhooks/polar";

    Delivery {
        Objects.requireNonNull(webhookId, "webhook id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(body, "body");
        if (amount <= 0) {
            throw new IllegalArgumentException("a paid order is worth more than zero");
        }
    }

    /** The Standard Webhooks headers of an attempt at {@code unixSeconds}, signed by {@code signer}. */
    Signed sign(WebhookSigner signer, long unixSeconds) {
        return new Signed(webhookId, unixSeconds, signer.sign(webhookId, unixSeconds, body), body);
    }

    /** A signed attempt: what a verifier is handed. */
    record Signed(String webhookId, long timestamp, String signature, byte[] body) {

        /** The whole HTTP/1.1 request Polar's delivery worker would send to {@code host}. */
        byte[] request(String host) {
            var head = "POST " + PATH + " HTTP/1.1\r\n"
                    + "Host: " + host + "\r\n"
                    + "User-Agent: polar.sh webhooks\r\n"
                    + "Content-Type: application/json\r\n"
                    + "webhook-id: " + webhookId + "\r\n"
                    + "webhook-timestamp: " + timestamp + "\r\n"
                    + "webhook-signature: " + signature + "\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            var request = new ByteArrayOutputStream(head.length() + body.length);
            request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(body);
            return request.toByteArray();
        }
    }
}

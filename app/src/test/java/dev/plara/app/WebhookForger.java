package dev.plara.app;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes webhook deliveries the way an attacker (or a confused integrator) would: Standard Webhooks signatures computed
 * by hand over any bytes with any key, and requests with any headers, to Plara's webhook endpoint.
 */
final class WebhookForger {

    private final HttpCalls server;

    WebhookForger(HttpCalls server) {
        this.server = server;
    }

    /** The HMAC key Polar derives from this run's secret the standard way (base64 after {@code whsec_}). */
    static byte[] standardKey() {
        return Base64.getDecoder().decode(ProductionEnvironment.WEBHOOK_SECRET.substring("whsec_".length()));
    }

    /** {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body} under {@code key}, over the raw bytes. */
    static String signature(byte[] key, String id, long timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            var signed = new ByteArrayOutputStream();
            signed.writeBytes((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            signed.writeBytes(body);
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    /** Posts {@code body} with the three Standard Webhooks headers as given ({@code null} leaves one out). */
    HttpReply deliver(String id, String timestamp, String signature, byte[] body, String... extraHeaders) {
        var request = server.request(PolarWebhook.PATH).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        if (id != null) {
            request.header("webhook-id", id);
        }
        if (timestamp != null) {
            request.header("webhook-timestamp", timestamp);
        }
        if (signature != null) {
            request.header("webhook-signature", signature);
        }
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return server.send(request);
    }

    /** Posts {@code body} signed over its own bytes under {@code key} at {@code timestamp}. */
    HttpReply deliverSigned(byte[] key, String id, long timestamp, byte[] body, String... extraHeaders) {
        return deliver(id, String.valueOf(timestamp), signature(key, id, timestamp, body), body, extraHeaders);
    }
}

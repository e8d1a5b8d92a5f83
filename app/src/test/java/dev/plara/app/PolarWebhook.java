package dev.plara.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.polar.webhook.WebhookSigner;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * One Polar event as Polar delivers it: Polar's envelope {@code {"type","timestamp","data"}} as compact JSON around a
 * resource read back from the emulator's API, with the event id every attempt repeats as {@code webhook-id}.
 */
record PolarWebhook(String id, String type, byte[] body) {

    static final String PATH = "/api/webhooks/polar";
    private static final ObjectMapper JSON = new ObjectMapper();

    static PolarWebhook wrap(String id, String type, JsonNode data, Instant at) {
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("type", type);
        envelope.put("timestamp", at.toString());
        envelope.put("data", data);
        try {
            return new PolarWebhook(id, type, JSON.writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attempt at {@code unixSeconds}, signed by {@code signer}, to Plara's webhook endpoint on {@code server}. */
    HttpRequest.Builder attempt(HttpCalls server, WebhookSigner signer, long unixSeconds) {
        return server.request(PATH)
                .header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(unixSeconds))
                .header("webhook-signature", signer.sign(id, unixSeconds, body))
                .header("Content-Type", "application/json")
                .header("User-Agent", "polar.sh webhooks")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** An attempt signed now. */
    HttpRequest.Builder attempt(HttpCalls server, WebhookSigner signer) {
        return attempt(server, signer, Instant.now().getEpochSecond());
    }
}

package dev.plara.polar.webhook;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The three Standard Webhooks headers of a delivery, any of them {@code null} when absent. */
public record WebhookHeaders(String id, String timestamp, String signature) {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    /** Reads them through a case-insensitive header lookup, such as a web framework's {@code header(name)}. */
    public static WebhookHeaders from(UnaryOperator<String> header) {
        return new WebhookHeaders(header.apply(ID), header.apply(TIMESTAMP), header.apply(SIGNATURE));
    }

    /** Reads them from a header map whose names may be in any case. */
    public static WebhookHeaders from(Map<String, List<String>> headers) {
        return from(name -> headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse(null));
    }
}

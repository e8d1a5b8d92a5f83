package dev.plara.wallet.core.domain.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A webhook request as it arrived: headers (names in any case) and the raw body. */
public record WebhookRequest(Map<String, String> headers, byte[] body) {
    public WebhookRequest {
        Objects.requireNonNull(body, "body");
        var lowerCased = new TreeMap<String, String>();
        headers.forEach((name, value) -> lowerCased.put(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lowerCased);
    }

    /** The value of a header, whatever the case of its name; {@code null} when absent. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}

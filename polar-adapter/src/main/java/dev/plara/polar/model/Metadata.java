package dev.plara.polar.model;

import java.util.Map;
import java.util.Optional;

/** The metadata keys Plara puts on checkouts (Polar copies them onto orders), and reading metadata values as text. */
public final class Metadata {

    /** The Plara user a checkout was opened for. */
    public static final String USER_ID = "plara_user_id";
    /** What the checkout is for: {@code wallet_deposit} or {@code product_purchase}. */
    public static final String PURPOSE = "plara_purpose";

    private Metadata() {
    }

    /** The value under {@code key} as text, empty when absent or blank. */
    public static Optional<String> text(Map<String, Object> metadata, String key) {
        Object value = metadata == null ? null : metadata.get(key);
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value));
    }
}

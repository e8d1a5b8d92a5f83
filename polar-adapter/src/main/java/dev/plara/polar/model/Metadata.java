package dev.plara.polar.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The metadata keys Plara uses (on checkouts, copied by Polar onto orders; on products), and reading their values. */
public final class Metadata {

    /** The Plara user a checkout was opened for. */
    public static final String USER_ID = "plara_user_id";
    /** The email of the guest (no Plara user) a checkout was opened for. */
    public static final String GUEST_EMAIL = "plara_guest_email";
    /** What the checkout is for: {@code wallet_deposit} or {@code product_purchase}. */
    public static final String PURPOSE = "plara_purpose";
    /** On a product: it is the custom-price product that tops wallets up, as {@code polar-setup} made it. */
    public static final String TOP_UP = "plara_top_up";
    /** On a product: buying it credits the buyer's wallet with its price instead of granting access to it. */
    public static final String CREDIT_PACK = "plara_credit_pack";
    /**
     * On a product: what buying it unlocks, a comma-separated list of {@code all}, {@code kind:video},
     * {@code kind:photo} and {@code item:<catalog item id>}.
     */
    public static final String UNLOCKS = "plara_unlocks";

    private Metadata() {
    }

    /** Whether the value under {@code key} is {@code true} (a JSON boolean or the text "true"). */
    public static boolean flag(Map<String, Object> metadata, String key) {
        return text(metadata, key).map("true"::equalsIgnoreCase).orElse(false);
    }

    /** The comma-separated entries under {@code key}, trimmed, blanks left out; empty when absent. */
    public static List<String> list(Map<String, Object> metadata, String key) {
        return text(metadata, key).stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    /** The value under {@code key} as text, empty when absent or blank. */
    public static Optional<String> text(Map<String, Object> metadata, String key) {
        Object value = metadata == null ? null : metadata.get(key);
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value));
    }
}

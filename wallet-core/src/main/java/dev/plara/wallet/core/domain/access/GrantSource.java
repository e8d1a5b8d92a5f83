package dev.plara.wallet.core.domain.access;

import java.util.Objects;

/**
 * What paid for a grant, one grant per source: a wallet purchase of an item (its ledger key), a period of a store plan
 * (its ledger key), a Polar order, or a Polar subscription. {@link #key()} is the grant's unique key in a store.
 */
public record GrantSource(Kind kind, String ref) {

    /** The kinds of source, each with the prefix of its key. */
    public enum Kind {
        WALLET_PURCHASE("wallet-purchase"), STORE_PLAN_PERIOD("store-plan"), POLAR_ORDER("polar-order"),
        POLAR_SUBSCRIPTION("polar-subscription");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public GrantSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "reference");
        if (ref.isBlank()) {
            throw new IllegalArgumentException("a grant's source has a reference");
        }
    }

    public static GrantSource polarOrder(String orderId) {
        return new GrantSource(Kind.POLAR_ORDER, orderId);
    }

    public static GrantSource polarSubscription(String subscriptionId) {
        return new GrantSource(Kind.POLAR_SUBSCRIPTION, subscriptionId);
    }

    /** The unique key, {@code <kind prefix>:<reference>}. */
    public String key() {
        return kind.prefix + ":" + ref;
    }

    /** Reads a key back. */
    public static GrantSource ofKey(String key) {
        for (Kind kind : Kind.values()) {
            if (key.startsWith(kind.prefix + ":")) {
                return new GrantSource(kind, key.substring(kind.prefix.length() + 1));
            }
        }
        throw new IllegalArgumentException("not a grant source: '" + key + "'");
    }

    @Override
    public String toString() {
        return key();
    }
}

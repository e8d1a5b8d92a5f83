package dev.plara.polar.webhook;

import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarCustomer;

import java.util.Map;
import java.util.Optional;

/**
 * Who an order or subscription belongs to: the Plara user in metadata, else the guest in metadata (by email, never
 * by the customer's external id, which may be another user's), else the customer's external id.
 */
final class Buyers {

    private Buyers() {
    }

    /** The claimed user id, or {@code null} when the buyer was a guest or neither metadata nor customer names one. */
    static String claimedUser(Map<String, Object> metadata, PolarCustomer customer) {
        Optional<String> external = Optional.ofNullable(customer).map(PolarCustomer::externalId)
                .filter(id -> !id.isBlank()).filter(id -> Metadata.text(metadata, Metadata.GUEST_EMAIL).isEmpty());
        return Metadata.text(metadata, Metadata.USER_ID).or(() -> external).orElse(null);
    }

    /** The guest's email in metadata, else the customer's. */
    static String email(Map<String, Object> metadata, PolarCustomer customer) {
        return Metadata.text(metadata, Metadata.GUEST_EMAIL).orElse(customer == null ? null : customer.email());
    }
}

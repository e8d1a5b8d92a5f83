package dev.plara.polar.webhook;

import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarCustomer;

import java.util.Map;
import java.util.Optional;

/** Who an order or subscription belongs to: the Plara user in metadata, else the customer's external id. */
final class Buyers {

    private Buyers() {
    }

    /** The claimed user id, or {@code null} when neither metadata nor customer names one. */
    static String claimedUser(Map<String, Object> metadata, PolarCustomer customer) {
        Optional<String> external = Optional.ofNullable(customer).map(PolarCustomer::externalId)
                .filter(id -> !id.isBlank());
        return Metadata.text(metadata, Metadata.USER_ID).or(() -> external).orElse(null);
    }

    static String email(PolarCustomer customer) {
        return customer == null ? null : customer.email();
    }
}

package dev.plara.polar.emulator.state;

import java.time.Instant;

/** A customer session: its {@code token} opens the customer portal until {@code expiresAt}. */
public record CustomerSessionState(String id, Instant createdAt, String token, Instant expiresAt, String returnUrl,
                                   String customerId) implements Keyed {

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}

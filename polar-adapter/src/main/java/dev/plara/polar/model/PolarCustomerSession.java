package dev.plara.polar.model;

import java.time.Instant;

/** A customer session: {@code customerPortalUrl} opens Polar's customer portal for its customer until {@code expiresAt}. */
public record PolarCustomerSession(String id, Instant createdAt, String token, Instant expiresAt, String returnUrl,
                                   String customerPortalUrl, String customerId, PolarCustomer customer) {
}

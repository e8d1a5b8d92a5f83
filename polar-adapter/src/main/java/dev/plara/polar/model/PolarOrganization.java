package dev.plara.polar.model;

import java.time.Instant;

/**
 * A Polar organization, the fields a set-up check reads.
 *
 * @param defaultTaxBehavior {@code location}, {@code inclusive} or {@code exclusive}: what products charge by default
 */
public record PolarOrganization(String id, Instant createdAt, String name, String slug, String status,
                                String defaultPresentmentCurrency, String defaultTaxBehavior) {
}

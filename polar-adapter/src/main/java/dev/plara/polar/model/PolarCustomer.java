package dev.plara.polar.model;

/** The customer embedded in a Polar order or subscription; {@code externalId} is the user id the platform gave. */
public record PolarCustomer(String id, String email, String name, String externalId) {
}

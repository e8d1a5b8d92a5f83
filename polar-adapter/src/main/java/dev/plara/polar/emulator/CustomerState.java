package dev.plara.polar.emulator;

import java.time.Instant;

/** An emulated Polar customer, made at the first payment of an email or external id. */
record CustomerState(String id, String email, String externalId, Instant createdAt) {
}

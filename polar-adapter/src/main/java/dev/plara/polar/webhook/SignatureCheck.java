package dev.plara.polar.webhook;

import java.time.Instant;

/** What checking a webhook delivery found: valid, or which way it failed. */
public sealed interface SignatureCheck {

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** Signed with the endpoint's secret, within the tolerance; {@code derivation} says which key matched. */
    record Valid(String webhookId, Instant timestamp, KeyDerivation derivation) implements SignatureCheck {
    }

    /** No signature in the header matches the body under any accepted key. */
    record BadSignature(String reason) implements SignatureCheck {
    }

    /** The timestamp is too old (a replay) or too far in the future. */
    record TimestampOutOfTolerance(Instant timestamp, Instant now) implements SignatureCheck {
    }

    /** A required header is absent or unreadable. */
    record MissingHeaders(String problem) implements SignatureCheck {
    }
}

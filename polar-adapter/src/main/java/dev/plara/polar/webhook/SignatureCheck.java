package dev.plara.polar.webhook;

import java.time.Instant;
import java.util.function.Function;

/** What checking a webhook delivery found: valid, or which way it failed. */
public sealed interface SignatureCheck {

    /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
    <T> T match(Function<Valid, T> valid, Function<BadSignature, T> badSignature,
            Function<TimestampOutOfTolerance, T> timestampOutOfTolerance, Function<MissingHeaders, T> missingHeaders);

    default boolean isValid() {
        return match(valid -> true, bad -> false, stale -> false, missing -> false);
    }

    /** Signed with the endpoint's secret, within the tolerance; {@code derivation} says which key matched. */
    record Valid(String webhookId, Instant timestamp, KeyDerivation derivation) implements SignatureCheck {
        @Override
        public <T> T match(Function<Valid, T> valid, Function<BadSignature, T> badSignature,
                Function<TimestampOutOfTolerance, T> timestampOutOfTolerance,
                Function<MissingHeaders, T> missingHeaders) {
            return valid.apply(this);
        }
    }

    /** No signature in the header matches the body under any accepted key. */
    record BadSignature(String reason) implements SignatureCheck {
        @Override
        public <T> T match(Function<Valid, T> valid, Function<BadSignature, T> badSignature,
                Function<TimestampOutOfTolerance, T> timestampOutOfTolerance,
                Function<MissingHeaders, T> missingHeaders) {
            return badSignature.apply(this);
        }
    }

    /** The timestamp is too old (a replay) or too far in the future. */
    record TimestampOutOfTolerance(Instant timestamp, Instant now) implements SignatureCheck {
        @Override
        public <T> T match(Function<Valid, T> valid, Function<BadSignature, T> badSignature,
                Function<TimestampOutOfTolerance, T> timestampOutOfTolerance,
                Function<MissingHeaders, T> missingHeaders) {
            return timestampOutOfTolerance.apply(this);
        }
    }

    /** A required header is absent or unreadable. */
    record MissingHeaders(String problem) implements SignatureCheck {
        @Override
        public <T> T match(Function<Valid, T> valid, Function<BadSignature, T> badSignature,
                Function<TimestampOutOfTolerance, T> timestampOutOfTolerance,
                Function<MissingHeaders, T> missingHeaders) {
            return missingHeaders.apply(this);
        }
    }
}

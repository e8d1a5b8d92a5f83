package dev.plara.polar.webhook;

import java.util.function.Function;

/** Reading a webhook body: an event, or why the body is not one. */
public sealed interface ParseResult {

    /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
    <T> T match(Function<Parsed, T> parsed, Function<Malformed, T> malformed);

    /** The body is a well-formed Polar event. */
    record Parsed(PolarEvent event) implements ParseResult {
        @Override
        public <T> T match(Function<Parsed, T> parsed, Function<Malformed, T> malformed) {
            return parsed.apply(this);
        }
    }

    /** The body is not JSON, or not a Polar event envelope, or its data does not fit its type. */
    record Malformed(String problem) implements ParseResult {
        @Override
        public <T> T match(Function<Parsed, T> parsed, Function<Malformed, T> malformed) {
            return malformed.apply(this);
        }
    }
}

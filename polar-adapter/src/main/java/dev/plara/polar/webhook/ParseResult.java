package dev.plara.polar.webhook;

/** Reading a webhook body: an event, or why the body is not one. */
public sealed interface ParseResult {

    /** The body is a well-formed Polar event. */
    record Parsed(PolarEvent event) implements ParseResult {
    }

    /** The body is not JSON, or not a Polar event envelope, or its data does not fit its type. */
    record Malformed(String problem) implements ParseResult {
    }
}

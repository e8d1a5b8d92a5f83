package dev.plara.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.wallet.core.domain.money.Money;

import java.util.Optional;
import java.util.Set;

/**
 * A request's JSON object, read strictly: only the fields the endpoint knows, each of the right type; every refusal
 * names the field. Strings are at most 2,000 characters.
 */
public final class JsonBody {

    private static final int MAX_TEXT = 2_000;

    private final ObjectNode node;

    private JsonBody(ObjectNode node) {
        this.node = node;
    }

    /** Wraps a parsed body that must be an object holding no field outside {@code fields}. */
    static JsonBody of(JsonNode parsed, Set<String> fields) {
        if (parsed == null || !parsed.isObject()) {
            throw invalid("the body must be a JSON object");
        }
        parsed.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                throw invalid("unknown field '" + SafeText.clip(name, 64) + "'; expected " + String.join(", ", fields));
            }
        });
        return new JsonBody((ObjectNode) parsed);
    }

    /** A required string field. */
    public String text(String field) {
        return optionalText(field).orElseThrow(() -> invalid("missing field '" + field + "'"));
    }

    /** A string field that may be absent or null. */
    public Optional<String> optionalText(String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw invalid("field '" + field + "' must be a string");
        }
        if (value.textValue().length() > MAX_TEXT) {
            throw invalid("field '" + field + "' is longer than " + MAX_TEXT + " characters");
        }
        return Optional.of(value.textValue());
    }

    /** A required whole number that fits in 64 bits. */
    public long integer(String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            throw invalid("missing field '" + field + "'");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid("field '" + field + "' " + Amounts.WHOLE_NUMBER);
        }
        return value.longValue();
    }

    /** An amount given as {@code amount} (minor units) and {@code currency} (an ISO 4217 code). */
    public Money money() {
        return Amounts.of(integer("amount"), text("currency"));
    }

    private static ProblemException invalid(String detail) {
        return ProblemType.INVALID_REQUEST.exception(detail);
    }
}

package dev.plara.polar.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.JsonBodies;
import dev.plara.polar.emulator.state.PriceState;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a {@code ProductPriceFixedCreate} or {@code ProductPriceCustomCreate} and makes the price. Seat-based and
 * metered prices are refused with a 422: the emulator does not model usage.
 */
final class PriceRules {

    private static final Set<String> TAX_BEHAVIORS = Set.of("location", "inclusive", "exclusive");

    private PriceRules() {
    }

    static PriceState create(JsonNode price, int index, Instant now) {
        String type = price.path("amount_type").asText("");
        String currency = price.path("price_currency").asText("usd").toLowerCase(Locale.ROOT);
        String taxBehavior = JsonBodies.text(price.path("tax_behavior"));
        if (taxBehavior != null && !TAX_BEHAVIORS.contains(taxBehavior)) {
            throw invalid(index, "tax_behavior", "Input should be 'location', 'inclusive' or 'exclusive'", taxBehavior);
        }
        return switch (type) {
            case "fixed" -> new PriceState(RandomIds.uuid(), now, null, type, currency,
                    amount(price, index, "price_amount", true), null, null, null, taxBehavior, false);
            case "custom" -> custom(price, index, currency, taxBehavior, now);
            default -> throw invalid(index, "amount_type", "The emulator sells fixed and custom prices only; "
                    + "use amount_type 'fixed' or 'custom'", type);
        };
    }

    private static PriceState custom(JsonNode price, int index, String currency, String taxBehavior, Instant now) {
        Long minimum = amount(price, index, "minimum_amount", false);
        Long maximum = amount(price, index, "maximum_amount", false);
        Long preset = amount(price, index, "preset_amount", false);
        long least = minimum == null ? 50 : minimum;
        if (maximum != null && maximum < least) {
            throw invalid(index, "maximum_amount", "The maximum amount must be greater than the minimum amount.",
                    maximum);
        }
        if (preset != null && (preset < least || (maximum != null && preset > maximum))) {
            throw invalid(index, "preset_amount", "The preset amount must be between the minimum and maximum "
                    + "amounts.", preset);
        }
        return new PriceState(RandomIds.uuid(), now, null, "custom", currency, null, least, maximum, preset,
                taxBehavior, false);
    }

    private static Long amount(JsonNode price, int index, String field, boolean required) {
        JsonNode value = price.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw ApiError.invalid(List.of("body", "prices", index, field), "Field required", "missing", null);
            }
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            throw invalid(index, field, "Input should be a whole number of cents, 0 or more", value);
        }
        return value.asLong();
    }

    private static ApiError invalid(int index, String field, String message, Object input) {
        return ApiError.invalid(List.of("body", "prices", index, field), message, "value_error", input);
    }
}

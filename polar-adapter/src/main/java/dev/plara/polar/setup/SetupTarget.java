package dev.plara.polar.setup;

import dev.plara.polar.webhook.PolarEventParser;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Plara needs of its Polar organization, from its configuration.
 *
 * @param organizationId {@code POLAR_ORGANIZATION_ID}; empty to take the token's one organization
 * @param currency       the charge currency as Polar spells it ({@code usd})
 * @param minimum        the top-up price's lower bound in minor units: the least Plara may ask for
 * @param maximum        the top-up price's upper bound in minor units: the most Plara may ask for
 * @param topUpProductId {@code PLARA_TOPUP_PRODUCT_ID}; empty to find the product {@code polar-setup} made
 * @param webhookUrl     where Polar must send events: {@code PUBLIC_BASE_URL/api/webhooks/polar}
 * @param webhookSecret  {@code POLAR_WEBHOOK_SECRET}; empty while not set
 * @param events         the event types the endpoint must send, exactly
 */
public record SetupTarget(Optional<String> organizationId, String currency, long minimum, long maximum,
                          Optional<String> topUpProductId, String webhookUrl, Optional<String> webhookSecret,
                          List<String> events) {

    public SetupTarget {
        Objects.requireNonNull(organizationId, "organization id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(topUpProductId, "top-up product id");
        Objects.requireNonNull(webhookUrl, "webhook url");
        Objects.requireNonNull(webhookSecret, "webhook secret");
        events = List.copyOf(events);
        if (minimum <= 0 || maximum < minimum) {
            throw new IllegalArgumentException("a top-up range is positive with minimum <= maximum");
        }
    }

    /** The target for Plara: the endpoint sends exactly the events Plara's event parser reads. */
    public static SetupTarget forPlara(Optional<String> organizationId, String currency, long minimum, long maximum,
                                       Optional<String> topUpProductId, String webhookUrl,
                                       Optional<String> webhookSecret) {
        return new SetupTarget(organizationId, currency, minimum, maximum, topUpProductId, webhookUrl, webhookSecret,
                PolarEventParser.HANDLED_TYPES);
    }

    /** Never prints the webhook secret. */
    @Override
    public String toString() {
        return "SetupTarget[organization " + organizationId.orElse("(the token's)") + ", top-up " + minimum + "-"
                + maximum + " " + currency + ", product " + topUpProductId.orElse("(to find)") + ", endpoint "
                + webhookUrl + " for " + events + "]";
    }
}

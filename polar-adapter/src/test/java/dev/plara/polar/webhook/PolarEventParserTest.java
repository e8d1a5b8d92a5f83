package dev.plara.polar.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PolarEventParserTest {

    private final PolarEventParser parser = new PolarEventParser();

    private ParseResult parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnOrderEventAndIgnoresUnknownFields() {
        ParseResult result = parse("{\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":{"
                + "\"id\":\"o1\",\"status\":\"paid\",\"paid\":true,\"net_amount\":1234,\"currency\":\"usd\","
                + "\"brand_new_field\":{\"x\":1},\"metadata\":{\"plara_user_id\":\"alice\",\"n\":3}}}");
        assertThat(result).isInstanceOfSatisfying(ParseResult.Parsed.class, parsed ->
                assertThat(parsed.event()).isInstanceOfSatisfying(PolarEvent.OrderEvent.class, event -> {
                    assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
                    assertThat(event.order().netAmount()).isEqualTo(1234);
                    assertThat(event.order().metadata()).containsEntry("plara_user_id", "alice");
                }));
    }

    @Test
    void whyABodyCannotBeReadIsSaidInWordsWithoutJavaOrJacksonNames() {
        var notJson = (ParseResult.Malformed) parse("{not json");
        var wrongKind = (ParseResult.Malformed) parse("{\"type\":\"refund.created\",\"timestamp\":\"2026-05-01T10:00:00Z\","
                + "\"data\":{\"amount\":\"lots\"}}");
        var notAnObject = (ParseResult.Malformed) parse("{\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\","
                + "\"data\":\"x\"}");

        assertThat(notJson.problem()).isEqualTo("the body is not JSON (line 1, column 2)");
        assertThat(wrongKind.problem()).isEqualTo("the refund.created event's field data.amount is missing or not"
                + " what Polar sends there");
        assertThat(notAnObject.problem()).isEqualTo("the order.paid event's \"data\" is not an object");
        for (var problem : new String[] {notJson.problem(), wrongKind.problem(), notAnObject.problem()}) {
            assertThat(problem).doesNotContain("java.", "jackson", "Exception", "`", "dev.plara", "reference chain");
        }
    }

    @ParameterizedTest
    @CsvSource({"order.created, OrderEvent", "order.updated, OrderEvent", "order.paid, OrderEvent",
            "order.refunded, OrderEvent", "refund.created, RefundEvent", "refund.updated, RefundEvent",
            "checkout.updated, CheckoutEvent", "subscription.created, SubscriptionEvent",
            "subscription.active, SubscriptionEvent", "subscription.updated, SubscriptionEvent",
            "subscription.canceled, SubscriptionEvent", "subscription.uncanceled, SubscriptionEvent",
            "subscription.revoked, SubscriptionEvent", "subscription.past_due, SubscriptionEvent",
            "subscription.paused, SubscriptionEvent", "subscription.resumed, SubscriptionEvent",
            "subscription.cycled, SubscriptionEvent"})
    void everyTypePlaraActsOnIsReadIntoItsTypedEvent(String type, String eventClass) {
        ParseResult result = parse("{\"type\":\"" + type + "\",\"timestamp\":\"2026-05-01T10:00:00Z\","
                + "\"data\":{\"id\":\"x1\",\"status\":\"succeeded\"}}");
        assertThat(result).isInstanceOfSatisfying(ParseResult.Parsed.class, parsed -> {
            assertThat(parsed.event().type()).isEqualTo(type);
            assertThat(parsed.event().getClass().getSimpleName()).isEqualTo(eventClass);
        });
    }

    @Test
    void aSubscriptionEventCarriesItsLifecycleDatesAndPendingChange() {
        ParseResult result = parse("{\"type\":\"subscription.past_due\",\"timestamp\":\"2026-05-01T10:00:00Z\","
                + "\"data\":{\"id\":\"s1\",\"status\":\"past_due\",\"past_due_at\":\"2026-05-01T09:00:00Z\","
                + "\"trial_end\":null,\"pause_at_period_end\":true,\"pending_update\":{\"id\":\"u1\","
                + "\"applies_at\":\"2026-06-01T00:00:00Z\",\"product_id\":\"p2\",\"seats\":null}}}");
        assertThat(result).isInstanceOfSatisfying(ParseResult.Parsed.class, parsed ->
                assertThat(parsed.event()).isInstanceOfSatisfying(PolarEvent.SubscriptionEvent.class, event -> {
                    assertThat(event.subscription().pastDueAt()).isEqualTo(Instant.parse("2026-05-01T09:00:00Z"));
                    assertThat(event.subscription().pauseAtPeriodEnd()).isTrue();
                    assertThat(event.subscription().pendingUpdate().productId()).isEqualTo("p2");
                }));
    }

    @Test
    void anUnknownTypeIsUnhandledNotAnError() {
        assertThat(parse("{\"type\":\"benefit_grant.cycled\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":{}}"))
                .isEqualTo(new ParseResult.Parsed(new PolarEvent.Unhandled("benefit_grant.cycled",
                        Instant.parse("2026-05-01T10:00:00Z"))));
    }

    @Test
    void malformedBodiesAreParseFailuresWithAReason() {
        assertThat(parse("{not json")).isInstanceOf(ParseResult.Malformed.class);
        assertThat(parse("[1,2]")).isInstanceOf(ParseResult.Malformed.class);
        assertThat(parse("{\"type\":\"order.paid\",\"timestamp\":\"soon\",\"data\":{}}"))
                .isInstanceOfSatisfying(ParseResult.Malformed.class, m -> assertThat(m.problem()).contains("ISO-8601"));
        assertThat(parse("{\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":\"x\"}"))
                .isInstanceOf(ParseResult.Malformed.class);
        assertThat(parse("{\"type\":\"refund.created\",\"timestamp\":\"2026-05-01T10:00:00Z\","
                + "\"data\":{\"amount\":\"lots\"}}")).isInstanceOf(ParseResult.Malformed.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"order.paid\",\"data\":{\"type\":\"nested\"}}|order.paid",
            "{\"data\":{\"type\":\"nested\",\"x\":[1,{\"type\":\"deeper\"}]},\"type\":\"refund.created\"}|refund.created",
            "{\"type\":42}|",
            "{\"data\":{\"type\":\"only nested\"}}|",
            "[\"type\"]|",
            "not json|",
            "{\"type\":\"order.paid\",|order.paid"})
    void theTypeIsReadFromTheTopLevelAloneWithoutParsingTheRest(String body, String type) {
        assertThat(parser.typeOf(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(java.util.Optional.ofNullable(type));
    }
}

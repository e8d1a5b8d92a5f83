package dev.plara.polar.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass read gives exactly what the tree read gives, and leaves every body it is unsure of to the tree. */
class OnePassParseTest {

    private static final String ORDER = "{\"id\":\"o1\",\"created_at\":\"2026-05-01T10:00:00.123456Z\","
            + "\"modified_at\":null,\"status\":\"paid\",\"paid\":true,\"subtotal_amount\":1234,\"discount_amount\":0,"
            + "\"net_amount\":1234,\"tax_amount\":99,\"total_amount\":1333,\"refunded_amount\":0,\"currency\":\"usd\","
            + "\"billing_reason\":\"purchase\",\"customer_id\":\"c1\",\"checkout_id\":\"k1\",\"product_id\":\"p1\","
            + "\"subscription_id\":null,\"metadata\":{\"plara_user_id\":\"alice\",\"n\":3,\"f\":1.5,\"yes\":true},"
            + "\"customer\":{\"id\":\"c1\",\"email\":\"alice@example.com\",\"name\":\"Alice \\u00e9\\ud83d\\ude00\","
            + "\"external_id\":\"alice\",\"metadata\":{}},\"product\":{\"id\":\"p1\",\"name\":\"Top-up\","
            + "\"is_recurring\":false,\"metadata\":{\"plara_kind\":\"top-up\"},\"prices\":[{\"id\":\"pr1\"}]},"
            + "\"items\":[{\"label\":\"Top-up\",\"amount\":1234,\"nested\":[1,[2,{\"x\":null}]]}],"
            + "\"refunded_tax_amount\":0,\"refundable_amount\":1234,\"refundable_tax_amount\":99,\"subscription\":null}";
    private static final String REFUND = "{\"id\":\"r1\",\"status\":\"succeeded\",\"amount\":500,\"tax_amount\":0,"
            + "\"currency\":\"usd\",\"order_id\":\"o1\",\"created_at\":\"2026-05-02T10:00:00Z\"}";

    private final PolarEventParser parser = new PolarEventParser();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":" + ORDER + "}",
            "{\"timestamp\":\"2026-05-01T10:00:00Z\",\"type\":\"order.updated\",\"extra\":[1,{}],\"data\":" + ORDER + "}",
            "{\"type\":\"order.paid\",\"data\":" + ORDER + ",\"timestamp\":\"2026-05-01T10:00:00Z\"} trailing",
            "{\"type\":\"refund.created\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":" + REFUND + "}",
            "{\"type\":\"benefit.created\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":[1,2]}",
            "{\"type\":\"checkout.updated\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":{\"id\":\"k1\"}}",
            "{\"type\":\"subscription.updated\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":{\"id\":\"s1\"}}"})
    void readsInOnePassWhatTheTreeReads(String body) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(parser.inOnePass(bytes)).contains(parser.asTree(bytes));
        assertThat(parser.parse(bytes)).isEqualTo(parser.asTree(bytes)).isInstanceOf(ParseResult.Parsed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"data\":" + ORDER + ",\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\"}",
            "{\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":" + ORDER + ",\"data\":{}}",
            "{\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":" + ORDER + ",\"type\":\"x\"}",
            "{\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":" + ORDER + ",\"broken\":}",
            "{\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\"}",
            "{\"type\":\"order.paid\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":\"x\"}",
            "{\"type\":\"order.paid\",\"timestamp\":\"yesterday\",\"data\":" + ORDER + "}",
            "{\"type\":\"order.paid\",\"timestamp\":7,\"data\":" + ORDER + "}",
            "{\"type\":\"refund.created\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":{\"amount\":\"lots\"}}",
            "[1,2", "{not json", ""})
    void leavesToTheTreeEveryBodyItIsUnsureOf(String body) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(parser.inOnePass(bytes)).isEmpty();
        assertThat(parser.parse(bytes)).isEqualTo(parser.asTree(bytes));
    }

    @Test
    void aRepeatedTimestampCountsAsTheTreeCountsItTheLastOne() {
        var bytes = ("{\"type\":\"checkout.updated\",\"timestamp\":\"2026-05-01T10:00:00Z\",\"data\":{\"id\":\"k1\"},"
                + "\"timestamp\":\"2026-06-01T10:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(bytes)).isEqualTo(parser.asTree(bytes));
    }
}

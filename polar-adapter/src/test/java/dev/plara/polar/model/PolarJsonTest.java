package dev.plara.polar.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Unknown fields of any shape, anywhere in a record or the records inside it, are skipped and change nothing. */
class PolarJsonTest {

    private static final String KNOWN = "\"id\":\"o1\",\"created_at\":\"2026-05-01T10:00:00Z\",\"status\":\"paid\","
            + "\"paid\":true,\"net_amount\":1234,\"total_amount\":1333,\"currency\":\"usd\",\"metadata\":{\"k\":\"v\"},"
            + "\"customer\":{\"id\":\"c1\",%s\"email\":\"a@example.com\"},\"product\":{%s\"id\":\"p1\",\"name\":\"Top-up\"}";
    private static final String UNKNOWN = "\"items\":[{\"id\":\"not-the-order\",\"amount\":9,\"nested\":[1,[2,{\"x\":null}]]}],"
            + "\"status_note\":{\"status\":\"refunded\",\"paid\":false},\"total\":\"lots\",\"flag\":true,\"none\":null,";

    private final ObjectMapper json = PolarJson.mapper();

    @Test
    void unknownFieldsBeforeBetweenAndAfterTheKnownOnesChangeNothing() throws Exception {
        var plain = json.readValue("{" + KNOWN.formatted("", "") + "}", PolarOrder.class);
        var cluttered = json.readValue("{" + UNKNOWN + KNOWN.formatted(UNKNOWN, UNKNOWN) + ","
                + UNKNOWN.substring(0, UNKNOWN.length() - 1) + "}", PolarOrder.class);

        assertThat(cluttered).isEqualTo(plain);
        assertThat(plain.id()).isEqualTo("o1");
        assertThat(plain.customer().email()).isEqualTo("a@example.com");
        assertThat(plain.product().name()).isEqualTo("Top-up");
        assertThat(plain.totalAmount()).isEqualTo(1333);
    }
}

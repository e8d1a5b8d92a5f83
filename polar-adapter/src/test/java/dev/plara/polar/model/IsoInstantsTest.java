package dev.plara.polar.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

class IsoInstantsTest {

    private static final ObjectMapper JACKSON_ALONE = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final ObjectMapper POLAR = PolarJson.mapper();

    @Test
    void readsEveryCanonicalUtcInstantAsTheJdkDoes() {
        var random = new Random(20261206L);
        for (int i = 0; i < 20_000; i++) {
            var instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            var text = DateTimeFormatter.ISO_INSTANT.format(instant);
            assertThat(IsoInstants.canonicalUtc(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-01T10:00:00Z", "2026-05-01T10:00:00.1Z", "2026-05-01T10:00:00.123456789Z",
            "2026-02-30T10:00:00Z", "2026-02-29T10:00:00Z", "2024-02-29T10:00:00Z", "2026-05-01T24:00:00Z",
            "2026-12-31T23:59:60Z", "2026-05-01T10:00:00+01:00", "2026-05-01T10:00:00+00:00", "2026-05-01t10:00:00z",
            "2026-05-01T10:00:00.Z", "2026-05-01T10:00:00.1234567890Z", " 2026-05-01T10:00:00Z", "2026-05-01T10:00Z",
            "+12026-05-01T10:00:00Z", "2026-5-01T10:00:00.1Z", "2026-05-01T10:0a:00Z", "2026-13-01T10:00:00Z", "",
            "yesterday"})
    void readsAnyOtherTextAndFailsExactlyAsTheJdkAndJacksonDo(String text) throws Exception {
        assertThat(outcome(() -> IsoInstants.parse(text))).isEqualTo(outcome(() -> Instant.parse(text)));
        var json = POLAR.writeValueAsString(text);
        assertThat(outcome(() -> POLAR.readValue(json, Instant.class)))
                .isEqualTo(outcome(() -> JACKSON_ALONE.readValue(json, Instant.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1735689600", "1735689600.5", "-1", "null", "true", "[\"2026-05-01T10:00:00Z\"]"})
    void readsNumbersAndOtherTokensAsJacksonDoes(String json) {
        assertThat(outcome(() -> POLAR.readValue(json, Instant.class)))
                .isEqualTo(outcome(() -> JACKSON_ALONE.readValue(json, Instant.class)));
    }

    /** The value, or the kind of failure: what a caller can tell apart. */
    private static Object outcome(Callable<Object> reading) {
        try {
            return reading.call();
        } catch (Exception failure) {
            return failure.getClass();
        }
    }
}

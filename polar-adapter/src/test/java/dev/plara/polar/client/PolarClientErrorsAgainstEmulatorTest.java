package dev.plara.polar.client;

import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Polar's error shapes, as the emulator answers them over HTTP, read into {@link PolarApiException}. */
class PolarClientErrorsAgainstEmulatorTest {

    private static PolarEmulator emulator;
    private static PolarClient client;

    @BeforeAll
    static void start() {
        emulator = PolarEmulator.start(EmulatorConfig.forTests());
        client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken())
                .withRetryPolicy(RetryPolicy.none()));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void aBadTokenIsA401InvalidToken() {
        PolarClient wrong = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), "polar_oat_wrong"));
        assertThatThrownBy(() -> wrong.listProducts(false)).isInstanceOfSatisfying(PolarApiException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.errorType()).isEqualTo("invalid_token");
            assertThat(e.detail()).contains("access token");
        });
    }

    @Test
    void anUnknownIdIsA404ResourceNotFound() {
        assertThatThrownBy(() -> client.getOrder(UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(PolarApiException.class, e -> {
                    assertThat(e.isNotFound()).isTrue();
                    assertThat(e.errorType()).isEqualTo("ResourceNotFound");
                });
        assertThatThrownBy(() -> client.getCheckout(UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void anInvalidRequestIsA422WithValidationErrors() {
        assertThatThrownBy(() -> client.createCheckout(new CheckoutCreate(List.of(emulator.topUpProductId()), 5L,
                "usd", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(PolarApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errorType()).isEqualTo("RequestValidationError");
                    assertThat(e.validationErrors()).singleElement()
                            .satisfies(v -> assertThat(v.loc()).containsExactly("body", "amount"));
                });
        assertThatThrownBy(() -> client.createCheckout(CheckoutCreate.of(UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.validationErrors())
                        .extracting(v -> v.loc()).containsExactly(List.of("body", "products", "0")));
        assertThatThrownBy(() -> client.createCheckout(new CheckoutCreate(List.of(emulator.topUpProductId()), null,
                null, "someone@example.com", null, null, null, null, null)))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.detail())
                        .contains("customer_email", "does not accept email"));
        assertThatThrownBy(() -> client.getOrder("not-a-uuid")).isInstanceOfSatisfying(PolarApiException.class,
                e -> assertThat(e.validationErrors()).extracting(v -> v.type()).containsExactly("uuid_parsing"));
    }
}

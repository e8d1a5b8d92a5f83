package dev.plara.polar;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.PolarTransport;
import dev.plara.polar.client.RetryPolicy;
import dev.plara.polar.testing.ScriptedPolar;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import dev.plara.wallet.core.port.out.RefundGateway.ProviderRefundResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A failed refund request says whether Polar may have made the refund anyway (a 5xx, a success it could not read, a
 * timeout: {@code Unconfirmed}) or surely did not (no connection, a rate limit, a refused token: a fault, safe to retry).
 */
class PolarRefundGatewayFaultsTest {

    private final ScriptedPolar server = new ScriptedPolar();

    @AfterEach
    void stop() {
        server.close();
    }

    private ProviderRefundResult refund(PolarTransport transport) {
        var policy = RetryPolicy.standard().withSleeper(wait -> { });
        var client = new PolarClient(PolarClientConfig.of(server.baseUrl(), "polar_oat_secret").withRetryPolicy(policy),
                transport);
        return new PolarRefundGateway(client).request("o1", Money.usd(4_00), "customer_request");
    }

    private ProviderRefundResult refund() {
        return refund(PolarTransport.jdk(Duration.ofSeconds(2)));
    }

    @Test
    void aServerErrorOrAnUnreadableSuccessLeavesTheRefundUnconfirmed() {
        server.answer(503, -1).answer(201, "{\"id\":");

        assertThat(refund()).isInstanceOfSatisfying(ProviderRefundResult.Unconfirmed.class,
                unconfirmed -> assertThat(unconfirmed.fault()).contains("503"));
        assertThat(refund()).isInstanceOf(ProviderRefundResult.Unconfirmed.class);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aTimeoutAfterTheRequestWentOutLeavesTheRefundUnconfirmed() {
        var answer = refund(request -> {
            throw new HttpTimeoutException("request timed out");
        });

        assertThat(answer).isInstanceOfSatisfying(ProviderRefundResult.Unconfirmed.class,
                unconfirmed -> assertThat(unconfirmed.fault()).contains("timed out"));
    }

    @Test
    void whenPolarSurelyDidNotActTheFaultIsThrownAndAskingAgainIsSafe() {
        server.answer(429, 3_600).answer(401, "{\"error\":\"invalid_token\",\"detail\":\"expired\"}");

        assertThatThrownBy(() -> refund(request -> {
            throw new ConnectException("Connection refused");
        })).isInstanceOf(PaymentProviderException.class);
        assertThatThrownBy(this::refund).isInstanceOf(PaymentProviderException.class).hasMessageContaining("429");
        assertThatThrownBy(this::refund).isInstanceOf(PaymentProviderException.class).hasMessageContaining("401");
    }
}

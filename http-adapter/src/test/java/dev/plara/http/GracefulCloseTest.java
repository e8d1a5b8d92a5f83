package dev.plara.http;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GracefulCloseTest {

    @Test
    void closingLetsARequestInFlightFinishThenRefusesNewOnes() throws Exception {
        var started = new CountDownLatch(1);
        var slow = new ReadinessCheck() {
            public String name() {
                return "slow";
            }

            public boolean ready() {
                started.countDown();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }
        };
        var api = TestServer.withReadiness(List.of(slow));
        var url = api.server.baseUrl().resolve("/health/ready");
        var inFlight = api.client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        api.close();

        assertThat(inFlight.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> api.get("/health").send()).hasCauseInstanceOf(java.io.IOException.class);
    }
}

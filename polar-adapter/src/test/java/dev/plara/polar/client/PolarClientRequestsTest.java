package dev.plara.polar.client;

import dev.plara.polar.testing.ScriptedPolar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the resource clients send: Polar's query parameter names (a filter of several values repeated), the methods,
 * and changes sent once: retried after a 429, never after a 5xx, which may have taken effect.
 */
class PolarClientRequestsTest {

    private static final String SUBSCRIPTION = "0a0b7a9e-1111-4222-8333-444455556666";

    private final ScriptedPolar server = new ScriptedPolar();
    private final List<Duration> waits = new ArrayList<>();
    private final PolarClient client = new PolarClient(PolarClientConfig.of(server.baseUrl(), "polar_oat_secret")
            .withRetryPolicy(RetryPolicy.standard().withSleeper(waits::add)));

    @AfterEach
    void stop() {
        server.close();
    }

    private String lastQuery() {
        List<ScriptedPolar.Request> requests = server.requests();
        return requests.get(requests.size() - 1).query();
    }

    @Test
    void listingsSendPolarsParameterNames() {
        Instant at = Instant.parse("2026-05-01T10:00:00Z");
        client.listOrders(OrderQuery.all().withStatuses(List.of("pending", "paid")).withSubscriptionId("s")
                .withProductId("p").withCreatedBefore(at).sortedBy("-created_at"));
        assertThat(lastQuery()).isEqualTo("status=pending&status=paid&product_id=p&subscription_id=s"
                + "&created_before=2026-05-01T10:00:00Z&sorting=-created_at&page=1&limit=100");
        client.listRefunds(RefundQuery.all().withIds(List.of("r1", "r2")).succeeded());
        assertThat(lastQuery()).startsWith("id=r1&id=r2&succeeded=true&");
        client.subscriptions().list(SubscriptionQuery.all().withExternalCustomerId("alice").withActive(false)
                .withStatuses(List.of("unpaid")));
        assertThat(lastQuery()).startsWith("external_customer_id=alice&active=false&status=unpaid&");
        client.webhooks().listDeliveries(DeliveryQuery.all().withEndpointId("e").withSucceeded(false)
                .between(at, at.plusSeconds(60)).withEventTypes(List.of("order.paid")).withHttpCodeClass("5xx"));
        assertThat(lastQuery()).startsWith("endpoint_id=e&succeeded=false&start_timestamp=2026-05-01T10:00:00Z"
                + "&end_timestamp=2026-05-01T10:01:00Z&event_type=order.paid&http_code_class=5xx&");
        client.disputes().list("o", List.of("lost", "won"));
        assertThat(lastQuery()).startsWith("order_id=o&status=lost&status=won&");
    }

    @Test
    void aSubscriptionChangeIsNotSentAgainAfterA5xx() {
        server.answer(503, -1);

        assertThatThrownBy(() -> client.subscriptions().revoke(SUBSCRIPTION))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.mayHaveTakenEffect()).isTrue());
        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("PATCH");
            assertThat(request.path()).isEqualTo("/v1/subscriptions/" + SUBSCRIPTION);
        });
    }

    @Test
    void aChangeRefusedWith429IsSentAgainAfterItsRetryAfter() {
        server.answer(429, 1).answer(200, "{\"id\":\"" + SUBSCRIPTION + "\",\"status\":\"active\"}");

        assertThat(client.subscriptions().uncancel(SUBSCRIPTION).status()).isEqualTo("active");
        assertThat(server.requests()).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void answersWithoutABodyAreReadAsDone() {
        server.answer(204, "").answer(202, "");

        client.webhooks().deleteEndpoint("e");
        client.webhooks().redeliver("event");

        assertThat(server.requests()).extracting(ScriptedPolar.Request::method).containsExactly("DELETE", "POST");
        assertThat(server.requests().get(1).path()).isEqualTo("/v1/webhooks/events/event/redeliver");
    }
}

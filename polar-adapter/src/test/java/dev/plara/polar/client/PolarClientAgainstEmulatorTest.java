package dev.plara.polar.client;

import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.testing.HostedCheckout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolarClientAgainstEmulatorTest {

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

    private static PolarOrder paidOrder(String user, long amount) throws Exception {
        PolarCheckout checkout = client.createCheckout(new CheckoutCreate(List.of(emulator.topUpProductId()), amount,
                "usd", null, user, Map.of("plara_user_id", user), "https://plara.dev/ok?c={CHECKOUT_ID}", null, false));
        assertThat(new HostedCheckout().pay(checkout.url(), "4242 4242 4242 4242", user + "@plara.dev").statusCode())
                .isEqualTo(303);
        List<PolarOrder> orders = client.listOrders(OrderQuery.all().withCheckoutId(checkout.id()));
        assertThat(orders).hasSize(1);
        return orders.get(0);
    }

    @Test
    void listsTheSeededProductsWithTheirPrices() {
        List<PolarProduct> products = client.listProducts(false);
        assertThat(products).extracting(PolarProduct::name)
                .contains("Wallet top-up", "10 USD credit pack", "25 USD credit pack", "Monthly Plan");
        PolarProduct topUp = products.stream().filter(p -> p.id().equals(emulator.topUpProductId())).findFirst()
                .orElseThrow();
        assertThat(topUp.prices().get(0).amountType()).isEqualTo("custom");
        assertThat(topUp.prices().get(0).minimumAmount()).isEqualTo(100);
        assertThat(products.stream().filter(p -> p.name().equals("Monthly Plan")).findFirst().orElseThrow())
                .satisfies(plan -> assertThat(plan.recurringInterval()).isEqualTo("month"));
    }

    @Test
    void theSeededProductsSayWhatTheyUnlockAndOfferTwoMonthlyPlans() {
        Map<String, List<String>> unlocks = client.listProducts(false).stream().collect(Collectors.toMap(
                PolarProduct::name, product -> Metadata.list(product.metadata(), Metadata.UNLOCKS)));

        assertThat(unlocks).containsEntry("Monthly Plan", List.of("kind:video"))
                .containsEntry("Lifetime photo collection", List.of("kind:photo"))
                .containsEntry("Monthly Plan \u2013 everything", List.of("all"))
                .containsEntry("Wallet top-up", List.of())
                .containsEntry("10 USD credit pack", List.of());
        assertThat(client.listProducts(false)).filteredOn(product -> "month".equals(product.recurringInterval()))
                .extracting(PolarProduct::name).containsExactlyInAnyOrder("Monthly Plan",
                        "Monthly Plan \u2013 everything");
        assertThat(Metadata.list(Map.of(Metadata.UNLOCKS, " kind:video, item:photo-simien ,,"), Metadata.UNLOCKS))
                .containsExactly("kind:video", "item:photo-simien");
    }

    @Test
    void createsAndReadsBackACheckout() {
        PolarCheckout created = client.createCheckout(new CheckoutCreate(List.of(emulator.topUpProductId()), 2500L,
                "usd", "carol@plara.dev", "carol", Map.of("plara_user_id", "carol"), "https://plara.dev/ok", null,
                false));
        assertThat(created.status()).isEqualTo("open");
        assertThat(created.netAmount()).isEqualTo(2500);
        assertThat(created.url()).startsWith(emulator.baseUrl() + "/checkout/polar_c_");
        assertThat(client.getCheckout(created.id())).isEqualTo(created);
    }

    @Test
    void readsOrdersOneByOneAndByFilter() throws Exception {
        PolarOrder neighbours = paidOrder("dave-neighbour", 1300);
        PolarOrder order = paidOrder("dave", 1200);
        assertThat(order.netAmount()).isEqualTo(1200);
        assertThat(order.customer().externalId()).isEqualTo("dave");
        assertThat(client.getOrder(order.id())).isEqualTo(order);
        assertThat(client.listOrders(OrderQuery.all().withStatus("paid").withExternalCustomerId("dave")))
                .containsExactly(order);
        assertThat(client.listOrders(OrderQuery.all().withStatus("paid"))).contains(order, neighbours);
        assertThat(client.listOrders(OrderQuery.all().withCreatedAfter(order.createdAt().plusSeconds(1)))).isEmpty();
        assertThat(client.listOrders(OrderQuery.all().withStatus("refunded").withExternalCustomerId("dave")))
                .isEmpty();
        assertThat(client.listOrders(OrderQuery.all().withStatuses(List.of("pending", "paid"))
                .withProductId(emulator.topUpProductId()).withCreatedBefore(order.createdAt())))
                .contains(order, neighbours);
        assertThat(client.listOrders(OrderQuery.all().withCreatedBefore(neighbours.createdAt().minusMillis(1))))
                .doesNotContain(order, neighbours);
        assertThat(client.listOrders(OrderQuery.all().withExternalCustomerId("dave").sortedBy("created_at")))
                .containsExactly(order);
    }

    @Test
    void readsEveryPageOfAListing() throws Exception {
        String user = "paging-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            paidOrder(user, 100 + i);
        }
        List<String> asked = new CopyOnWriteArrayList<>();
        PolarTransport jdk = PolarTransport.jdk(Duration.ofSeconds(2));
        PolarTransport onePerPage = request -> {
            URI smaller = URI.create(request.uri().toString().replace("limit=100", "limit=1"));
            asked.add(smaller.getQuery());
            return jdk.send(HttpRequest.newBuilder(request, (name, value) -> true).uri(smaller).build());
        };
        PolarClient smallPages = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()),
                onePerPage);
        assertThat(smallPages.listOrders(OrderQuery.all().withExternalCustomerId(user)))
                .extracting(PolarOrder::netAmount).containsExactlyInAnyOrder(100L, 101L, 102L);
        assertThat(asked).hasSize(3).allSatisfy(query -> assertThat(query).contains("external_customer_id=" + user))
                .anySatisfy(query -> assertThat(query).contains("page=3"));
    }

    @Test
    void refundsAnOrderAndListsItsRefunds() throws Exception {
        PolarOrder order = paidOrder("erin", 1000);
        PolarRefund refund = client.createRefund(new RefundCreate(order.id(), "customer_request", 400, null));
        assertThat(refund.status()).isEqualTo("succeeded");
        assertThat(client.listRefunds(order.id())).containsExactly(refund);
        assertThat(client.getOrder(order.id()).status()).isEqualTo("partially_refunded");
        client.createRefund(new RefundCreate(order.id(), "other", 600, "rest"));
        assertThatThrownBy(() -> client.createRefund(new RefundCreate(order.id(), "other", 1, null)))
                .isInstanceOfSatisfying(PolarApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.errorType()).isEqualTo("RefundedAlready");
                });
    }
}

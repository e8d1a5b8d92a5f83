package dev.plara.http;

import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CheckoutApiTest {

    private final TestServer api = TestServer.start();
    private final FakePaymentProvider provider = api.harness.provider;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void productsAreListedWithPricesWithoutTheTopUpProduct() {
        var products = api.get("/api/products").send().json().path("products");

        assertThat(products).extracting(product -> product.path("id").asText())
                .containsExactly(FakePaymentProvider.EBOOK, FakePaymentProvider.MONTHLY, FakePaymentProvider.PHOTOS,
                        FakePaymentProvider.PACK_10);
        var ebook = products.get(0);
        assertThat(ebook.path("prices").get(0).path("type").asText()).isEqualTo("fixed");
        assertThat(ebook.path("prices").get(0).path("amount").toString())
                .isEqualTo("{\"amount\":1900,\"currency\":\"USD\",\"formatted\":\"19.00 USD\"}");
        assertThat(products.get(1).path("recurring_interval").asText()).isEqualTo("month");
        assertThat(products.get(2).path("unlocks").asText()).isEqualTo("kind:photo");
        assertThat(products.get(3).path("credit_pack").asBoolean()).isTrue();
    }

    @Test
    void productsAreCachedAndTheLastGoodListOutlivesAnOutage() {
        api.get("/api/products").send();
        provider.down(true);

        assertThat(api.get("/api/products").send().status()).isEqualTo(200);
        api.harness.clock.advance(Duration.ofSeconds(31));
        assertThat(api.get("/api/products").send().json().path("products")).hasSize(4);
    }

    @Test
    void withoutAnyProductListTheProviderOutageIsA502() {
        provider.down(true);

        var reply = api.get("/api/products").send();

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.problem()).isEqualTo("provider-unavailable");
    }

    @Test
    void aGuestBuysAProductWithAnEmail() {
        var reply = api.post("/api/checkout").json("{\"product_id\":\"prod_ebook\",\"email\":\"Guest@Example.org\"}").send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("checkout_id").asText()).isEqualTo("chk_1");
        assertThat(reply.json().path("checkout_url").asText()).isEqualTo("https://pay.test/checkout/chk_1");
        assertThat(provider.checkouts.get(0).user()).as("a guest has no user id at the provider").isNull();
        assertThat(provider.checkouts.get(0).owner()).isEqualTo(UserId.guest("guest@example.org"));
        assertThat(provider.checkouts.get(0).purpose()).isEqualTo(CheckoutPurpose.PRODUCT_PURCHASE);
    }

    @Test
    void aSignedInBuyerNeedsNoEmail() {
        var reply = api.post("/api/checkout").bearer(api.tokens.user("bob")).json("{\"product_id\":\"prod_ebook\"}").send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(provider.checkouts.get(0).user()).isEqualTo(UserId.of("bob"));
        assertThat(provider.checkouts.get(0).email()).isEqualTo("bob@example.org");
    }

    @Test
    void productCheckoutRefusalsSayWhyAndOpenNothing() {
        assertProblem(api.post("/api/checkout").json("{\"product_id\":\"prod_ebook\"}").send(), 400, "invalid-email");
        var notAnEmail = api.post("/api/checkout").json("{\"product_id\":\"prod_ebook\",\"email\":\"not-an-email\"}").send();
        assertProblem(notAnEmail, 400, "invalid-email");
        assertThat(notAnEmail.json().path("detail").asText()).isEqualTo("'not-an-email' is not a valid email address");
        assertProblem(api.post("/api/checkout").json("{\"product_id\":\"prod_nope\",\"email\":\"g@example.org\"}").send(),
                404, "unknown-product");
        assertProblem(api.post("/api/checkout").json("{\"product_id\":\"prod_topup\",\"email\":\"g@example.org\"}").send(),
                404, "unknown-product");
        assertProblem(api.post("/api/checkout").json("{\"product_id\":\"prod_pack10\",\"email\":\"g@example.org\"}").send(),
                401, "sign-in-required");
        assertThat(provider.checkouts).isEmpty();
    }

    @Test
    void aCheckoutThePaymentProviderRefusesIs422WithItsReason() {
        provider.refuseCheckouts("Polar refused the checkout: customer_email: the domain does not accept email");

        var reply = api.post("/api/checkout").json("{\"product_id\":\"prod_ebook\",\"email\":\"g@example.org\"}").send();

        assertProblem(reply, 422, "checkout-refused");
        assertThat(reply.json().path("detail").asText()).endsWith("the domain does not accept email");
    }

    private static void assertProblem(Reply reply, int status, String slug) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.problem()).isEqualTo(slug);
    }

}

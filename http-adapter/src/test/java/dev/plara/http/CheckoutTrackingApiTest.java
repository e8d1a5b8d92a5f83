package dev.plara.http;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.port.out.ProviderCheckoutStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckoutTrackingApiTest {

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private String depositCheckout() {
        return api.post("/api/deposits/card").bearer(api.tokens.user("alice"))
                .json("{\"amount\":2500,\"currency\":\"USD\"}").send().json().path("checkout_id").asText();
    }

    private Reply track(String checkoutId, String token) {
        var call = api.get("/api/checkouts/" + checkoutId);
        return token == null ? call.send() : call.bearer(token).send();
    }

    @Test
    void anOpenCheckoutIsOpenAndAPaidOneAwaitsConfirmation() {
        var id = depositCheckout();

        assertThat(track(id, null).json().path("stage").asText()).isEqualTo("open");
        api.harness.provider.statuses.put(id, ProviderCheckoutStatus.SUCCEEDED);
        var paid = track(id, null).json();

        assertThat(paid.path("stage").asText()).isEqualTo("paid_awaiting_confirmation");
        assertThat(paid.path("purpose").asText()).isEqualTo("wallet_deposit");
        assertThat(paid.path("amount").path("amount").asLong()).isEqualTo(25_00);
        assertThat(paid.has("credit")).isFalse();
    }

    @Test
    void aCreditedDepositShowsTheBalanceAfterToItsOwnerOnly() {
        var id = depositCheckout();
        api.harness.core.confirmCardPayment().confirm(PaidDeposit.untaxed("ord-1", id, "alice", "alice@example.org",
                Money.usd(25_00), api.harness.clock.tick()));

        var owner = track(id, api.tokens.user("alice")).json();
        var stranger = track(id, api.tokens.user("bob")).json();
        var anonymous = track(id, null).json();

        assertThat(owner.path("stage").asText()).isEqualTo("credited");
        assertThat(owner.path("order_id").asText()).isEqualTo("ord-1");
        assertThat(owner.path("credit").path("amount").path("formatted").asText()).isEqualTo("25.00 USD");
        assertThat(owner.path("credit").path("balance_after").path("amount").asLong()).isEqualTo(25_00);
        assertThat(owner.path("email").asText()).isEqualTo("alice@example.org");
        assertThat(owner.path("yours").asBoolean()).isTrue();
        for (var other : java.util.List.of(stranger, anonymous)) {
            assertThat(other.path("stage").asText()).isEqualTo("credited");
            assertThat(other.path("yours").asBoolean()).as("so the page does not thank a stranger").isFalse();
            assertThat(other.path("credit").has("balance_after")).isFalse();
            assertThat(other.has("email")).isFalse();
        }
    }

    @Test
    void aFulfilledGuestPurchaseShowsTheAccessGrantedToWhoeverHoldsItsId() {
        var id = api.post("/api/checkout").json("{\"product_id\":\"prod_ebook\",\"email\":\"g@example.org\"}").send()
                .json().path("checkout_id").asText();
        api.harness.core.fulfilProductOrder().fulfil(new PaidProductOrder("ord-2", id, null, "g@example.org",
                FakePaymentProvider.EBOOK, "The Ebook", Money.usd(19_00), null, api.harness.clock.tick()));

        var progress = track(id, null).json();

        assertThat(progress.path("stage").asText()).isEqualTo("fulfilled");
        assertThat(progress.path("access").path("sold_as").asText()).isEqualTo("polar-product:prod_ebook");
        assertThat(progress.path("access").path("source").asText()).isEqualTo("polar-order:ord-2");
        assertThat(progress.path("access").path("active").asBoolean()).isTrue();
        assertThat(progress.path("email").asText()).isEqualTo("g@example.org");
    }

    @Test
    void anUnknownCheckoutIsNotFound() {
        assertThat(track("chk_404", null).status()).isEqualTo(404);
        assertThat(track("x".repeat(300), null).problem()).isEqualTo("not-found");
    }
}

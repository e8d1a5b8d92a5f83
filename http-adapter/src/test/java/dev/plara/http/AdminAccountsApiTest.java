package dev.plara.http;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminAccountsApiTest {

    private final TestServer api = TestServer.start();
    private final String admin = api.tokens.admin("root");

    @AfterEach
    void stop() {
        api.close();
    }

    private void refund(String refundId, String orderId, long cents) {
        api.harness.core.applyRefund().apply(new CompletedRefund(refundId, orderId, Money.usd(cents), Money.usd(0),
                api.harness.clock.tick()));
    }

    @Test
    void anAdminFindsAUsersOrdersOrOneOrderWithWhatIsLeftToRefundInMajorUnits() {
        api.harness.creditPaidOrder("ord-1", "alice", Money.usd(100_00));
        refund("ref-1", "ord-1", 40_00);

        var byUser = api.get("/api/admin/refundable-orders?search=alice").bearer(admin).send();
        var byOrder = api.get("/api/admin/refundable-orders?search=ord-1").bearer(admin).send();
        var nothing = api.get("/api/admin/refundable-orders?search=nobody").bearer(admin).send();

        assertThat(byUser.status()).isEqualTo(200);
        var order = byUser.json().path("orders").get(0);
        assertThat(order.path("order_id").asText()).isEqualTo("ord-1");
        assertThat(order.path("user_id").asText()).isEqualTo("alice");
        assertThat(order.path("what").asText()).isEqualTo("Wallet deposit");
        assertThat(order.path("refunded").path("formatted").asText()).isEqualTo("40.00 USD");
        assertThat(order.path("refundable").path("formatted").asText()).isEqualTo("60.00 USD");
        assertThat(order.path("refundable").path("amount").asLong()).isEqualTo(60_00);
        assertThat(byOrder.json().path("orders")).hasSize(1);
        assertThat(nothing.json().path("orders")).isEmpty();
        assertThat(api.get("/api/admin/refundable-orders").bearer(admin).send().status()).isEqualTo(400);
        assertThat(api.get("/api/admin/refundable-orders?search=alice").bearer(api.tokens.user("alice")).send()
                .status()).isEqualTo(403);
    }

    @Test
    void theOverdrawnWalletsAreListedWithWhoseAndByHowMuch() {
        api.harness.creditPaidOrder("ord-1", "alice", Money.usd(10_00));
        api.harness.fund("bob", Money.usd(3_00));
        api.harness.core.purchaseContent().purchase(new PurchaseContent(UserId.of("alice"), CoreHarness.PLAN));
        refund("ref-1", "ord-1", 10_00);

        var wallets = api.get("/api/admin/overdrawn-wallets").bearer(admin).send().json().path("wallets");

        assertThat(wallets).hasSize(1);
        assertThat(wallets.get(0).path("user_id").asText()).isEqualTo("alice");
        assertThat(wallets.get(0).path("balance").path("formatted").asText()).isEqualTo("-9.00 USD");
    }
}

package dev.plara.http;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WalletApiTest {

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private void aliceDepositsAndBuys() {
        api.harness.core.confirmCardPayment().confirm(api.harness.paid("ord-1", "alice", Money.usd(10_00)));
        api.harness.clock.tick();
        api.post("/api/purchases").bearer(api.tokens.user("alice")).json("{\"item_id\":\"video-intro\"}").send();
        api.harness.clock.tick();
        api.harness.core.confirmCardPayment().confirm(api.harness.paid("ord-2", "alice", Money.usd(5_00)));
    }

    @Test
    void theWalletShowsBalancesPerCurrencyAndTheOverdraftFlag() {
        aliceDepositsAndBuys();
        var healthy = api.get("/api/wallet").bearer(api.tokens.user("alice")).send().json();
        api.harness.core.applyRefund().apply(CompletedRefund.untaxed("ref-1", "ord-1", Money.usd(10_00),
                api.harness.clock.tick()));
        api.harness.core.applyRefund().apply(CompletedRefund.untaxed("ref-2", "ord-2", Money.usd(5_00),
                api.harness.clock.tick()));
        var overdrawn = api.get("/api/wallet").bearer(api.tokens.user("alice")).send().json();

        assertThat(healthy.path("balances").get(0).toString()).isEqualTo("{\"currency\":\"USD\",\"balance\":"
                + "{\"amount\":1200,\"currency\":\"USD\",\"formatted\":\"12.00 USD\"},\"overdrawn\":false}");
        assertThat(overdrawn.path("balances").get(0).path("balance").path("amount").asLong()).isEqualTo(-3_00);
        assertThat(overdrawn.path("balances").get(0).path("overdrawn").asBoolean()).isTrue();
    }

    @Test
    void transactionsArePagedNewestFirstWithSignedAmountsAndReferences() {
        aliceDepositsAndBuys();

        var first = api.get("/api/wallet/transactions?page=1&size=2").bearer(api.tokens.user("alice")).send().json();
        var second = api.get("/api/wallet/transactions?page=2&size=2").bearer(api.tokens.user("alice")).send().json();

        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("has_next").asBoolean()).isTrue();
        assertThat(second.path("has_next").asBoolean()).isFalse();
        var purchase = first.path("items").get(1);
        assertThat(purchase.path("kind").asText()).isEqualTo("purchase");
        assertThat(purchase.path("source").asText()).isEqualTo("wallet");
        assertThat(purchase.path("amount").path("amount").asLong()).isEqualTo(-3_00);
        assertThat(purchase.path("balance_after").path("amount").asLong()).isEqualTo(7_00);
        assertThat(purchase.path("reference").asText()).isEqualTo("video-intro");
        assertThat(purchase.path("key").asText()).isEqualTo("purchase:alice:video-intro");
        assertThat(purchase.path("recorded_at").asText()).endsWith("Z");
        var deposit = second.path("items").get(0);
        assertThat(deposit.path("kind").asText()).isEqualTo("card_deposit");
        assertThat(deposit.path("amount").path("amount").asLong()).isEqualTo(10_00);
        assertThat(deposit.path("reference").asText()).isEqualTo("ord-1");
    }

    @Test
    void anotherUserSeesNoneOfIt() {
        aliceDepositsAndBuys();

        assertThat(api.get("/api/wallet").bearer(api.tokens.user("bob")).send().json().path("balances")).isEmpty();
        assertThat(api.get("/api/wallet/transactions").bearer(api.tokens.user("bob")).send().json().path("total")
                .asLong()).isZero();
        assertThat(api.get("/api/notifications").bearer(api.tokens.user("bob")).send().json().path("unread").asLong())
                .isZero();
    }

    @Test
    void badPagingIsRefused() {
        for (var query : new String[] {"size=0", "size=101", "page=0", "page=abc", "size=-1", "page=99999999999"}) {
            var reply = api.get("/api/wallet/transactions?" + query).bearer(api.tokens.user("alice")).send();

            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().path("detail").asText()).contains("query parameter");
        }
    }

    @Test
    void notificationsAreListedAndOnlyTheirOwnerMarksThemRead() {
        aliceDepositsAndBuys();
        var listed = api.get("/api/notifications").bearer(api.tokens.user("alice")).send().json();
        var id = listed.path("notifications").path("items").get(0).path("id").asText();

        var byBob = api.post("/api/notifications/" + id + "/read").bearer(api.tokens.user("bob")).send();
        var byAlice = api.post("/api/notifications/" + id + "/read").bearer(api.tokens.user("alice")).send();

        assertThat(listed.path("unread").asLong()).isEqualTo(3);
        assertThat(listed.path("notifications").path("items").get(0).path("read").asBoolean()).isFalse();
        assertThat(byBob.status()).isEqualTo(404);
        assertThat(byAlice.status()).isEqualTo(200);
        assertThat(byAlice.json().path("unread").asLong()).isEqualTo(2);
        assertThat(api.get("/api/me").bearer(api.tokens.user("alice")).send().json().path("unread_notifications")
                .asLong()).isEqualTo(2);
    }

    @Test
    void markAllReadEmptiesTheUnreadCountOfItsOwnerOnly() {
        aliceDepositsAndBuys();
        api.harness.fund("bob", dev.plara.wallet.core.domain.money.Money.usd(1_00));

        var marked = api.post("/api/notifications/read-all").bearer(api.tokens.user("alice")).send();
        var again = api.post("/api/notifications/read-all").bearer(api.tokens.user("alice")).send();
        var paged = api.get("/api/notifications?page=2&size=2").bearer(api.tokens.user("alice")).send().json();

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().path("marked").asLong()).isEqualTo(3);
        assertThat(marked.json().path("unread").asLong()).isZero();
        assertThat(again.json().path("marked").asLong()).isZero();
        assertThat(paged.path("notifications").path("items")).hasSize(1);
        assertThat(paged.path("notifications").path("items").get(0).path("read").asBoolean()).isTrue();
        assertThat(paged.path("unread").asLong()).isZero();
        assertThat(api.get("/api/notifications").bearer(api.tokens.user("bob")).send().json().path("unread").asLong())
                .isEqualTo(1);
        assertThat(api.post("/api/notifications/read-all").send().status()).isEqualTo(401);
    }
}

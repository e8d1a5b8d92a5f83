package dev.plara.http;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.port.out.RefundGateway.ProviderRefundResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPaymentsApiTest {

    private final TestServer api = TestServer.start();
    private final String admin = api.tokens.admin("root");

    @BeforeEach
    void parkAPaymentForAnUnknownUser() {
        api.harness.core.confirmCardPayment().confirm(api.harness.paid("ord-1", "stranger", Money.usd(12_00)));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aParkedPaymentIsListedAndAssignedOnce() {
        var waiting = api.get("/api/admin/unmatched-payments").bearer(admin).send().json();
        assertThat(waiting.path("items").get(0).path("order_id").asText()).isEqualTo("ord-1");
        assertThat(waiting.path("items").get(0).path("reason").asText()).isEqualTo("unknown_user");

        var assigned = api.post("/api/admin/unmatched-payments/ord-1/assign").bearer(admin)
                .json("{\"user_id\":\"alice\",\"note\":\"customer wrote in\"}").send();
        var again = api.post("/api/admin/unmatched-payments/ord-1/assign").bearer(admin)
                .json("{\"user_id\":\"bob\"}").send();

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().path("credit").path("amount").path("amount").asLong()).isEqualTo(12_00);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("assignment-refused");
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(12_00));
        assertThat(api.harness.balanceOf("bob")).isEqualTo(Money.usd(0));
        assertThat(api.get("/api/admin/unmatched-payments?waiting=true").bearer(admin).send().json().path("total")
                .asLong()).isZero();
        assertThat(api.get("/api/admin/unmatched-payments?waiting=false").bearer(admin).send().json().path("items")
                .get(0).path("assigned_to").asText()).isEqualTo("alice");
        var credit = api.get("/api/wallet/transactions").bearer(api.tokens.user("alice")).send().json().path("items")
                .get(0);
        assertThat(credit.path("note").asText()).as("the admin's note, labelled as one").isEqualTo("customer wrote in");
        assertThat(credit.has("description")).isFalse();
    }

    @Test
    void aRefundOfTheParkedPaymentIsListedForAdminsAndItsAssignmentRefusedWhenNothingIsLeft() {
        api.harness.core.applyRefund().apply(CompletedRefund.untaxed("ref-1", "ord-1", Money.usd(12_00),
                api.harness.clock.tick()));

        var held = api.get("/api/admin/unmatched-refunds").bearer(admin).send().json().path("items").get(0);
        var assigned = api.post("/api/admin/unmatched-payments/ord-1/assign").bearer(admin)
                .json("{\"user_id\":\"alice\"}").send();

        assertThat(held.path("refund_id").asText()).isEqualTo("ref-1");
        assertThat(held.path("reason").asText()).isEqualTo("payment_parked");
        assertThat(held.path("detail").asText()).isEqualTo("Polar refunded 12.00 USD of order ord-1, which waits"
                + " among unmatched payments: assigning it credits only what is left, or nothing.");
        assertThat(held.path("waiting").asBoolean()).isTrue();
        assertThat(assigned.status()).isEqualTo(409);
        assertThat(assigned.json().path("detail").asText()).isEqualTo("Polar refunded 12.00 USD of order ord-1, all"
                + " of the 12.00 USD it paid: nothing is left to credit.");
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(0));
        assertThat(api.get("/api/admin/unmatched-refunds").send().status()).isEqualTo(401);
    }

    @Test
    void badAssignmentsAreRefused() {
        assertThat(api.post("/api/admin/unmatched-payments/ord-404/assign").bearer(admin)
                .json("{\"user_id\":\"alice\"}").send().problem()).isEqualTo("assignment-refused");
        assertThat(api.post("/api/admin/unmatched-payments/ord-1/assign").bearer(admin)
                .json("{\"user_id\":\"a/b\"}").send().status()).isEqualTo(400);
        assertThat(api.get("/api/admin/unmatched-payments?waiting=maybe").bearer(admin).send().status()).isEqualTo(400);
        assertThat(api.harness.stores.unmatched().find("ord-1").orElseThrow().waiting()).isTrue();
    }

    @Test
    void theAuditReportsACleanLedger() {
        api.post("/api/admin/unmatched-payments/ord-1/assign").bearer(admin).json("{\"user_id\":\"alice\"}").send();

        var audit = api.get("/api/admin/audit").bearer(admin).send().json();

        assertThat(audit.path("clean").asBoolean()).isTrue();
        assertThat(audit.path("entries").asLong()).isEqualTo(1);
        assertThat(audit.path("totals").get(0).path("wallets").path("amount").asLong()).isEqualTo(12_00);
        assertThat(audit.path("totals").get(0).path("balanced").asBoolean()).isTrue();
        assertThat(audit.path("discrepancies")).isEmpty();
    }

    @Test
    void aRefundIsRequestedFromThePaymentProviderWithinWhatWasPaid() {
        api.harness.creditPaidOrder("ord-2", "alice", Money.usd(20_00));

        var requested = refund("{\"order_id\":\"ord-2\",\"amount\":500,\"currency\":\"USD\",\"reason\":\"goodwill\"}");
        var tooMuch = refund("{\"order_id\":\"ord-2\",\"amount\":5000,\"currency\":\"USD\",\"reason\":\"x\"}");
        var unknown = refund("{\"order_id\":\"ord-9\",\"amount\":500,\"currency\":\"USD\",\"reason\":\"x\"}");
        var negative = refund("{\"order_id\":\"ord-2\",\"amount\":-500,\"currency\":\"USD\",\"reason\":\"x\"}");
        var noReason = refund("{\"order_id\":\"ord-2\",\"amount\":500,\"currency\":\"USD\"}");

        assertThat(requested.status()).isEqualTo(202);
        assertThat(requested.json().path("refund_id").asText()).startsWith("ref_");
        for (var refused : new Reply[] {tooMuch, unknown, negative}) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(refused.problem()).isEqualTo("refund-refused");
        }
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(api.harness.provider.refunds.requests).containsExactly("ord-2 5.00 USD goodwill");
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(20_00));
    }

    @Test
    void aRefundTheProviderRefusesOrCannotTakeSaysSo() {
        api.harness.creditPaidOrder("ord-2", "alice", Money.usd(20_00));
        var body = "{\"order_id\":\"ord-2\",\"amount\":500,\"currency\":\"USD\",\"reason\":\"x\"}";

        api.harness.provider.refunds.answer(new ProviderRefundResult.Refused("RefundedAlready"));
        assertThat(refund(body).json().path("detail").asText()).isEqualTo("RefundedAlready");
        api.harness.provider.down(true);
        assertThat(refund(body).problem()).isEqualTo("provider-unavailable");
    }

    @Test
    void aRefundThePaymentProviderMayHaveMadeSaysToCheckAtPolarBeforeAskingAgain() {
        api.harness.creditPaidOrder("ord-2", "alice", Money.usd(20_00));
        api.harness.provider.refunds.answer(new ProviderRefundResult.Unconfirmed("Polar answered 503: try later"));

        var reply = refund("{\"order_id\":\"ord-2\",\"amount\":500,\"currency\":\"USD\",\"reason\":\"x\"}");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.problem()).isEqualTo("refund-unconfirmed");
        assertThat(reply.json().path("detail").asText()).contains("Polar answered 503: try later",
                "may already exist at Polar", "Check the order at Polar", "before asking again");
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(20_00));
    }

    private Reply refund(String json) {
        return api.post("/api/admin/refunds").bearer(admin).json(json).send();
    }
}

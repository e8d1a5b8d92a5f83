package dev.plara.http;

import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminApiTest {

    private final TestServer api = TestServer.start();
    private String admin;

    @BeforeEach
    void seed() {
        admin = api.tokens.admin("root");
        var deposit = api.post("/api/deposits/bank").bearer(api.tokens.user("alice"))
                .multipart(Multipart.deposit("FT0001", ReceiptFiles.png(), "image/png")).send();
        assertThat(deposit.json().path("id").asText()).isEqualTo("id-1");
        api.harness.core.confirmCardPayment().confirm(api.harness.paid("ord-1", "stranger", Money.usd(12_00)));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aNormalUserIsRefusedOnEveryAdminRouteAndNothingChanges() {
        for (var route : ApiRoutes.ADMIN) {
            var reply = ApiRoutes.call(api, route).bearer(api.tokens.user("bob")).send();

            assertThat(reply.status()).as(route.toString()).isEqualTo(403);
            assertThat(reply.problem()).isEqualTo("forbidden");
        }
        assertThat(api.harness.stores.deposits().find(new DepositId("id-1")).orElseThrow().status())
                .isEqualTo(DepositStatus.PENDING);
        assertThat(api.harness.stores.unmatched().find("ord-1").orElseThrow().waiting()).isTrue();
        assertThat(api.harness.provider.refunds.requests).isEmpty();
        assertThat(api.harness.core.auditLedger().audit().entries()).isZero();
    }

    @Test
    void theReviewQueueListsDepositsByStatus() {
        var pending = api.get("/api/admin/deposits").bearer(admin).send().json();
        var rejected = api.get("/api/admin/deposits?status=rejected").bearer(admin).send().json();
        var bogus = api.get("/api/admin/deposits?status=lost").bearer(admin).send();

        assertThat(pending.path("items").get(0).path("id").asText()).isEqualTo("id-1");
        assertThat(pending.path("items").get(0).path("user_id").asText()).isEqualTo("alice");
        assertThat(rejected.path("total").asLong()).isZero();
        assertThat(bogus.status()).isEqualTo(400);
    }

    @Test
    void approvingCreditsOnceAndTellsTheUser() {
        var approved = api.post("/api/admin/deposits/id-1/approve").bearer(admin).send();
        var again = api.post("/api/admin/deposits/id-1/approve").bearer(admin).send();
        var rejectLater = api.post("/api/admin/deposits/id-1/reject").bearer(admin).json("{\"reason\":\"no\"}").send();

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("deposit").path("status").asText()).isEqualTo("approved");
        assertThat(approved.json().path("deposit").path("reviewed_by").asText()).isEqualTo("root");
        assertThat(approved.json().path("credit").path("amount").path("amount").asLong()).isEqualTo(40_00);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("not-pending");
        assertThat(rejectLater.problem()).isEqualTo("not-pending");
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(40_00));
        var notifications = api.get("/api/notifications").bearer(api.tokens.user("alice")).send().json();
        assertThat(notifications.path("unread").asLong()).isEqualTo(1);
    }

    @Test
    void rejectingNeedsAReasonAndNeverCredits() {
        assertThat(api.post("/api/admin/deposits/id-1/reject").bearer(admin).json("{}").send().json()
                .path("detail").asText()).contains("missing field 'reason'");
        assertThat(api.post("/api/admin/deposits/id-1/reject").bearer(admin).json("{\"reason\":\"  \"}").send()
                .status()).isEqualTo(400);
        assertThat(api.post("/api/admin/deposits/id-1/reject").bearer(admin)
                .json("{\"reason\":\"" + "x".repeat(501) + "\"}").send().status()).isEqualTo(400);

        var rejected = api.post("/api/admin/deposits/id-1/reject").bearer(admin)
                .json("{\"reason\":\"the amount does not match\"}").send();

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().path("status").asText()).isEqualTo("rejected");
        assertThat(rejected.json().path("rejection_reason").asText()).isEqualTo("the amount does not match");
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(0));
    }

    @Test
    void anUnknownDepositIsNotFound() {
        assertThat(api.post("/api/admin/deposits/id-99/approve").bearer(admin).send().status()).isEqualTo(404);
        assertThat(api.post("/api/admin/deposits/bad%20id/approve").bearer(admin).send().status()).isEqualTo(404);
    }
}

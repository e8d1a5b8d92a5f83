package dev.plara.http;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.fixtures.RecordingSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdminOperationsApiTest {

    private final TestServer api = TestServer.start();
    private final String admin = api.tokens.admin("root");

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void reconciliationRunsOnDemandCreditsWhatTheWebhooksMissedAndKeepsItsReports() {
        var clock = api.harness.clock;
        api.harness.provider.recordPaid(new PaymentEvent.DepositPaid(api.harness.paid("ord-9", "alice",
                Money.usd(10_00))), clock.instant());
        api.harness.provider.recordPaid(new PaymentEvent.DepositPaid(api.harness.paid("ord-10", null,
                Money.usd(3_00))), clock.instant());

        var run = api.post("/api/admin/reconciliation").bearer(admin).send();
        var reports = api.get("/api/admin/reconciliation").bearer(admin).send().json();

        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().path("credited").asInt()).isEqualTo(1);
        assertThat(run.json().path("clean").asBoolean()).isFalse();
        assertThat(run.json().path("findings").get(0).path("kind").asText()).isEqualTo("unmatched");
        assertThat(run.json().path("findings").get(0).path("order_id").asText()).isEqualTo("ord-10");
        assertThat(reports.path("reports")).hasSize(1);
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aDeliveryWaitingForARetryIsVisibleWithWhy() {
        var unreadable = new PaymentEvent.Malformed("data.net_amount is missing");
        api.harness.core.receiveWebhook().receive(api.harness.provider.delivery("msg-1", unreadable));

        var pending = api.get("/api/admin/webhooks").bearer(admin).send().json();
        var bogus = api.get("/api/admin/webhooks?status=lost").bearer(admin).send();

        assertThat(pending.path("items").get(0).path("id").asText()).isEqualTo("msg-1");
        assertThat(pending.path("items").get(0).path("attempts").asInt()).isEqualTo(1);
        assertThat(pending.path("items").get(0).path("outcome").asText())
                .contains("Plara cannot read this event: data.net_amount is missing");
        assertThat(bogus.status()).isEqualTo(400);
        assertThat(bogus.json().path("detail").asText()).contains("pending, applied, ignored");
    }

    @Test
    void aMessageThatFailedIsListedWithItsLastError() {
        api.harness.stores.outbox().enqueue(new OutboxMessage("log:1", Channel.TELEGRAM, null, null, "credited",
                api.harness.clock.tick()));
        var down = new RecordingSender(Channel.TELEGRAM, "Telegram answered 502", true);
        down.down(true);
        api.harness.core.outboxDispatcher(List.of(down)).dispatchDue();

        var troubled = api.get("/api/admin/outbox").bearer(admin).send().json();

        assertThat(troubled.path("items").get(0).path("key").asText()).isEqualTo("log:1");
        assertThat(troubled.path("items").get(0).path("last_error").asText()).isEqualTo("Telegram answered 502");
        assertThat(troubled.path("items").get(0).path("status").asText()).isEqualTo("pending");
    }
}

package dev.plara.app;

import dev.plara.polar.emulator.DeliveryAttempt;
import dev.plara.polar.emulator.WebhookFaults;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
import dev.plara.wallet.core.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, finding 4: with every webhook lost, an order paid two hours after it was created and a refund that succeeds
 * two hours after it was created (both long out of reconciliation's one-hour overlap by then) are each applied exactly
 * once, and running reconciliation again changes nothing. The server's clock follows the emulator's.
 */
@Timeout(120)
class LateFactsReconciliationTest {

    @TempDir
    Path workingDirectory;

    private InProcessPlara plara;

    @BeforeEach
    void start() {
        plara = InProcessPlara.startFollowingEmulatorClock(workingDirectory);
        plara.registerWebhookEndpoint();
        plara.emulator.setWebhookFaults(WebhookFaults.none().withDrop(true));
        plara.signIn("ayana");
        plara.signIn("biniam");
    }

    @AfterEach
    void stop() {
        plara.close();
    }

    @Test
    void anOrderPaidAndARefundSucceededTwoHoursAfterTheyWereCreatedAreAppliedOnce() {
        var controls = plara.emulator.controls();
        var biniamOrder = plara.payCardDeposit("biniam", 20_00);
        assertThat(reconcile().credited()).isEqualTo(1);
        controls.setRefundsSucceedLater(true);
        var refund = plara.shop.refund(biniamOrder, 5_00).path("id").asText();
        controls.setOrdersPaidLater(true);
        var ayanaOrder = plara.payCardDeposit("ayana", 10_00);
        assertThat(plara.shop.order(ayanaOrder).path("status").asText()).isEqualTo("pending");

        var seenPending = reconcile();
        controls.advanceClock(Duration.ofHours(2));
        var stillPending = reconcile();
        controls.payOrder(ayanaOrder);
        controls.succeedRefund(refund);
        var settled = reconcile();
        var again = reconcile();

        assertThat(seenPending.watching()).extracting(fact -> fact.id()).contains(ayanaOrder, refund);
        assertThat(stillPending.credited() + stillPending.refundsApplied()).isZero();
        assertThat(settled.since()).as("both were created before this run's window")
                .isAfter(seenPending.startedAt().plus(Duration.ofMinutes(59)));
        assertThat(settled.credited()).isEqualTo(1);
        assertThat(settled.refundsApplied()).isEqualTo(1);
        assertThat(settled.watching()).isEmpty();
        assertThat(again.credited() + again.refundsApplied()).as("a second run changes nothing").isZero();
        assertThat(usd("ayana")).isEqualTo(Money.usd(10_00));
        assertThat(usd("biniam")).isEqualTo(Money.usd(15_00));
        assertThat(plara.emulator.deliveries()).as("no webhook arrived").noneMatch(DeliveryAttempt::succeeded);
        assertThat(plara.app.useCases().auditLedger().audit().clean()).isTrue();
    }


    private ReconciliationReport reconcile() {
        var report = plara.app.useCases().reconcile().reconcile();
        assertThat(report.findings()).as("findings").isEmpty();
        return report;
    }

    private Money usd(String user) {
        return plara.app.useCases().viewWallet().balances(UserId.of(user)).stream()
                .map(WalletBalance::balance).filter(balance -> balance.currency().getCurrencyCode().equals("USD"))
                .findFirst().orElse(Money.usd(0));
    }
}

package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two facts about one deposit taken back at the same moment on two servers (a refund's webhook on one, the lost dispute
 * of the same order read by reconciliation on the other): together they take back no more than the deposit put in.
 */
@Timeout(120)
public abstract class RefundRaceContract {

    private static final Instant PAID = Instant.parse("2026-11-22T10:00:00Z");

    /** Two cores (two servers) on one new, empty store; both see every write of the other. */
    protected abstract List<WalletCore> twoServersOnOneStore();

    /** How many orders race: enough that a window between reading the earlier debits and appending is hit. */
    protected abstract int rounds();

    @Test
    void aRefundAndALostDisputeOfOneOrderRacingOnTwoServersTakeBackTheDepositOnce() throws Exception {
        var servers = twoServersOnOneStore();
        var pool = Executors.newFixedThreadPool(2);
        String user = "racer";
        servers.get(0).rememberUser().remember(new UserProfile(UserId.of(user), user + "@example.org", user));
        try {
            for (int round = 0; round < rounds(); round++) {
                String order = "race-order-" + round;
                servers.get(0).confirmCardPayment().confirm(PaidDeposit.untaxed(order, null, user,
                        user + "@example.org", Money.usd(10_00), PAID));
                var refund = CompletedRefund.untaxed("refund-" + round, order, Money.usd(10_00), PAID.plusSeconds(60));
                var dispute = new Dispute("dp-" + round, order, DisputeStatus.LOST, Money.usd(10_00), Money.usd(0),
                        null, PAID.plusSeconds(90)).asRefund();

                var results = race(pool, servers.get(0), refund, servers.get(1), dispute);

                assertThat(balanceOf(servers.get(0), user)).as("round %d: %s", round, results)
                        .isEqualTo(Money.usd(0));
                assertThat(results.stream().filter(RefundResult.Debited.class::isInstance)).as("round %d", round)
                        .hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<RefundResult> race(ExecutorService pool, WalletCore first, CompletedRefund one,
                                           WalletCore second, CompletedRefund other) throws Exception {
        var start = new CyclicBarrier(2);
        Future<RefundResult> a = pool.submit(() -> {
            start.await();
            return first.applyRefund().apply(one);
        });
        Future<RefundResult> b = pool.submit(() -> {
            start.await();
            return second.applyRefund().apply(other);
        });
        return List.of(a.get(), b.get());
    }

    private static Money balanceOf(WalletCore core, String user) {
        return core.viewWallet().balances(UserId.of(user)).stream().findFirst().map(balance -> balance.balance())
                .orElseThrow();
    }
}

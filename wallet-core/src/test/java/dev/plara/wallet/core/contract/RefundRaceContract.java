package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts about one deposit taken back at the same moment on two servers (a refund's webhook on one, the lost dispute of
 * the same order read by reconciliation on the other; partial refunds of a converted deposit): together they take back
 * exactly what the deposit put in, never more, never a minor unit off.
 */
@Timeout(120)
public abstract class RefundRaceContract {

    private static final Instant PAID = Instant.parse("2026-11-22T10:00:00Z");
    private static final String USER = "racer";

    /** Two cores on one store, as two servers on one database, and that store's ledger. */
    public record Servers(WalletCore first, WalletCore second, LedgerStore ledger) {
    }

    /** Two cores (two servers) on one new, empty store; both see every write of the other. */
    protected abstract Servers twoServersOnOneStore();

    /** How many orders race: enough that a window between reading the earlier debits and appending is hit. */
    protected abstract int rounds();

    @Test
    void aRefundAndALostDisputeOfOneOrderRacingOnTwoServersTakeBackTheDepositOnce() throws Exception {
        var servers = twoServersOnOneStore();
        servers.first().rememberUser().remember(new UserProfile(UserId.of(USER), USER + "@example.org", USER));
        for (int round = 0; round < rounds(); round++) {
            String order = "race-order-" + round;
            servers.first().confirmCardPayment().confirm(PaidDeposit.untaxed(order, null, USER, USER + "@example.org",
                    Money.usd(10_00), PAID));
            var refund = CompletedRefund.untaxed("refund-" + round, order, Money.usd(10_00), PAID.plusSeconds(60));
            var dispute = new Dispute("dp-" + round, order, DisputeStatus.LOST, Money.usd(10_00), Money.usd(0), null,
                    PAID.plusSeconds(90)).asRefund();

            var results = race(servers, List.of(refund, dispute));

            assertThat(balanceOf(servers.first(), Money.usd(0))).as("round %d: %s", round, results)
                    .isEqualTo(Money.usd(0));
            assertThat(results.stream().filter(RefundResult.Debited.class::isInstance)).as("round %d", round)
                    .hasSize(1);
        }
    }

    @Test
    void partialRefundsOfAConvertedDepositRacingOnTwoServersTakeBackExactlyWhatItPutIn() throws Exception {
        var servers = twoServersOnOneStore();
        var usd = Money.usd(1_00);
        var toEtb = new Conversion(usd.currency(), Money.etb(0).currency(), new BigDecimal("57.5"));
        for (int round = 0; round < rounds(); round++) {
            String order = "converted-order-" + round;
            servers.ledger().append(new LedgerEntry(IdempotencyKey.polarOrder(order),
                    Account.polarClearing(toEtb.to()), Account.wallet(UserId.of(USER), toEtb.to()), toEtb.apply(usd),
                    CardDepositFacts.of(order, USER + "@example.org", toEtb, usd), PAID), Overdraft.FORBIDDEN);
            var parts = List.of(Money.usd(33), Money.usd(33), Money.usd(34));
            var refunds = new ArrayList<CompletedRefund>();
            for (int part = 0; part < parts.size(); part++) {
                refunds.add(CompletedRefund.untaxed("part-" + round + "-" + part, order, parts.get(part), PAID));
            }

            var results = race(servers, refunds);

            assertThat(balanceOf(servers.first(), Money.etb(0))).as("round %d: %s", round, results)
                    .isEqualTo(Money.etb(0));
        }
    }

    /** Applies {@code refunds} all at once, on the two servers in turn. */
    private static List<RefundResult> race(Servers servers, List<CompletedRefund> refunds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(refunds.size());
        try {
            var start = new CyclicBarrier(refunds.size());
            var applied = new ArrayList<Future<RefundResult>>();
            for (int i = 0; i < refunds.size(); i++) {
                var server = i % 2 == 0 ? servers.first() : servers.second();
                var refund = refunds.get(i);
                applied.add(pool.submit(() -> {
                    start.await();
                    return server.applyRefund().apply(refund);
                }));
            }
            var results = new ArrayList<RefundResult>();
            for (var result : applied) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Money balanceOf(WalletCore core, Money zero) {
        return core.viewWallet().balances(UserId.of(USER)).stream().map(balance -> balance.balance())
                .filter(balance -> balance.currency().equals(zero.currency())).findFirst().orElseThrow();
    }
}

package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two copies of one refund applied at once (Polar delivering it twice, or a delivery and the replayer): the copy that
 * looked for the refund's debit just before the other one wrote it must find it applied, not a conflict, whatever the
 * refund's own debit does to the order's running total. (Found by the chaos run: the copy's delivery was stored as
 * ignored with "refund conflicts with ...".)
 */
class ConcurrentRefundCopiesTest {

    private final CoreHarness h = CoreHarness.usd();

    @Test
    void theCopyThatLostTheRaceFindsTheRefundAppliedAndTakesNothingMore() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));
        var refund = CompletedRefund.untaxed("refund_1", "order_1", Money.usd(6_00), h.clock.tick());
        assertThat(h.core.applyRefund().apply(refund)).isInstanceOf(RefundResult.Debited.class);

        var lateCopy = coreWhoseLedgerMissesItsFirstLookUpOf(IdempotencyKey.polarRefund("refund_1"));
        var result = lateCopy.applyRefund().apply(refund);

        assertThat(result).isInstanceOf(RefundResult.AlreadyApplied.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(4_00));
    }

    /** A core whose first look-up of {@code key} answers "not there", as it did just before the other copy wrote it. */
    private WalletCore coreWhoseLedgerMissesItsFirstLookUpOf(IdempotencyKey key) {
        var racing = new TamperedLedger(h.stores.ledger()) {
            private boolean missed;

            @Override
            public Optional<PostedEntry> find(IdempotencyKey wanted) {
                if (wanted.equals(key) && !missed) {
                    missed = true;
                    return Optional.empty();
                }
                return super.find(wanted);
            }
        };
        return new WalletCore(h.stores.withLedger(racing), h.provider.asProvider(), new LabelTrustingReceiptInspector(),
                h.settings, h.clock, new SequentialIds("copy"));
    }
}

package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;

import java.util.concurrent.atomic.AtomicBoolean;

/** A core on a harness's stores whose first write of one refund's debit fails, as a crash would. */
final class CrashingCore {

    private CrashingCore() {
    }

    static WalletCore failingOnceToWrite(CoreHarness h, String refundId) {
        var crashOnce = new AtomicBoolean(true);
        return new WalletCore(h.stores.withLedger(new TamperedLedger(h.stores.ledger()) {
            @Override
            public AppendResult append(LedgerEntry entry, Overdraft overdraft) {
                if (entry.key().equals(IdempotencyKey.polarRefund(refundId)) && crashOnce.getAndSet(false)) {
                    throw new IllegalStateException("the server stopped before the debit was written");
                }
                return super.append(entry, overdraft);
            }
        }), h.provider.asProvider(), new LabelTrustingReceiptInspector(), h.settings, h.clock, new SequentialIds("c"));
    }
}

package dev.plara.wallet.core.service;

import dev.plara.wallet.core.contract.RefundRaceContract;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;

class InMemoryRefundRaceTest extends RefundRaceContract {

    @Override
    protected Servers twoServersOnOneStore() {
        var harness = CoreHarness.usd();
        var other = new WalletCore(harness.stores, harness.provider.asProvider(), new LabelTrustingReceiptInspector(),
                harness.settings, harness.clock, new SequentialIds("other"));
        return new Servers(harness.core, other, harness.stores.ledger());
    }

    @Override
    protected int rounds() {
        return 300;
    }
}

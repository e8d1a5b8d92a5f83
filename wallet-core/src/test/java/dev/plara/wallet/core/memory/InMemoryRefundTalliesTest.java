package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.RefundTalliesContract;
import dev.plara.wallet.core.port.out.RefundTallies;

class InMemoryRefundTalliesTest extends RefundTalliesContract {

    @Override
    protected RefundTallies newStore() {
        return new InMemoryRefundTallies();
    }
}

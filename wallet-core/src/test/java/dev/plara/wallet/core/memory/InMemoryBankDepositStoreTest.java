package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.BankDepositStoreContract;
import dev.plara.wallet.core.port.out.BankDepositStore;

class InMemoryBankDepositStoreTest extends BankDepositStoreContract {

    @Override
    protected BankDepositStore newStore() {
        return new InMemoryBankDepositStore();
    }
}

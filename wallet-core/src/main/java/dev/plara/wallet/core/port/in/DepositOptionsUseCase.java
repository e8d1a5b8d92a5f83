package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.deposit.CardDepositRules;

import java.util.Currency;
import java.util.Set;

/** What a deposit form offers: the card amounts (choices and custom limits) and the currencies wallets hold. */
public interface DepositOptionsUseCase {

    CardDepositRules cardDeposits();

    Set<Currency> walletCurrencies();
}

package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.deposit.BankDepositRules;
import dev.plara.wallet.core.domain.deposit.CardDepositRules;

import java.util.Currency;
import java.util.Set;

/**
 * What a deposit form offers: the card amounts (choices and custom limits), the currencies wallets hold, and for bank
 * transfers the account to send each currency to and the most one deposit may claim.
 */
public interface DepositOptionsUseCase {

    CardDepositRules cardDeposits();

    BankDepositRules bankDeposits();

    Set<Currency> walletCurrencies();
}

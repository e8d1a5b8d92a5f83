package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.Discrepancy;
import dev.plara.wallet.core.domain.ledger.DiscrepancyKind;
import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.WalletBalance;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays entries wallet by wallet, keeping running balances and what the system accounts hold per currency, noting
 * what does not add up.
 */
final class LedgerReplay {

    private final Map<Account, WalletBalance> wallets = new HashMap<>();
    private final Map<Currency, Money> systemTotals = new HashMap<>();
    private final List<Discrepancy> discrepancies = new ArrayList<>();
    private long entries;

    void accept(PostedEntry posted) {
        var entry = posted.entry();
        var wallet = entry.wallet();
        var before = wallets.getOrDefault(wallet, WalletBalance.empty(wallet));
        var after = before.balance().plus(entry.walletDelta());
        if (posted.walletSequence() != before.lastSequence() + 1) {
            note(DiscrepancyKind.SEQUENCE_GAP, wallet, "#" + (before.lastSequence() + 1), "#" + posted.walletSequence(),
                    "entry " + entry.key() + " is out of sequence");
        }
        if (!after.equals(posted.balanceAfter())) {
            note(DiscrepancyKind.RUNNING_BALANCE_MISMATCH, wallet, after.toString(), posted.balanceAfter().toString(),
                    "entry " + entry.key() + " records a wrong balance after it");
        }
        if (after.isNegative() && entry.debitsWallet() && entry.kind() != EntryKind.REFUND) {
            note(DiscrepancyKind.UNEXPLAINED_OVERDRAFT, wallet, "at least 0", after.toString(),
                    "entry " + entry.key() + " (" + entry.kind() + ") took the wallet below zero");
        }
        wallets.put(wallet, new WalletBalance(wallet, after, posted.walletSequence()));
        systemTotals.merge(after.currency(), entry.walletDelta().negate(), Money::plus);
        entries++;
    }

    private void note(DiscrepancyKind kind, Account wallet, String expected, String actual, String detail) {
        discrepancies.add(new Discrepancy(kind, wallet.toString(), expected, actual, detail));
    }

    long entries() {
        return entries;
    }

    Map<Account, WalletBalance> wallets() {
        return wallets;
    }

    List<Discrepancy> discrepancies() {
        return discrepancies;
    }

    /** The currencies that have entries. */
    Set<Currency> currencies() {
        return systemTotals.keySet();
    }

    /** What the system accounts of a currency hold, summed from the system side of every entry. */
    Money systemTotal(Currency currency) {
        return systemTotals.getOrDefault(currency, Money.zero(currency));
    }
}

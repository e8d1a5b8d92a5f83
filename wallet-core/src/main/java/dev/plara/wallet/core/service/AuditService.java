package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.AuditReport;
import dev.plara.wallet.core.domain.ledger.CurrencyTotals;
import dev.plara.wallet.core.domain.ledger.Discrepancy;
import dev.plara.wallet.core.domain.ledger.DiscrepancyKind;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.port.in.AuditLedgerUseCase;
import dev.plara.wallet.core.port.in.ListOverdrawnWalletsUseCase;
import dev.plara.wallet.core.port.out.LedgerStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recomputes every wallet from its entries in one pass and compares: sequences, each entry's balance-after, the cached
 * balance, overdrafts, and the sum of each currency's accounts; and lists the wallets below zero.
 */
public final class AuditService implements AuditLedgerUseCase, ListOverdrawnWalletsUseCase {

    private final LedgerStore ledger;
    private final Clock clock;

    public AuditService(LedgerStore ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public AuditReport audit() {
        var replay = new LedgerReplay();
        ledger.forEachEntry(replay::accept);
        var found = new ArrayList<>(replay.discrepancies());
        var cached = ledger.cachedBalances();
        compareCaches(replay.wallets(), cached, found);
        var totals = totals(replay, cached, found);
        return new AuditReport(clock.instant(), replay.entries(), replay.wallets().size(), totals, found);
    }

    @Override
    public List<WalletBalance> overdrawn() {
        return ledger.overdrawnBalances().stream()
                .sorted(Comparator.comparing((WalletBalance wallet) -> wallet.balance().currencyCode())
                        .thenComparingLong(wallet -> wallet.balance().minor()))
                .toList();
    }

    private static void compareCaches(Map<Account, WalletBalance> computed, List<WalletBalance> cachedBalances,
                                      List<Discrepancy> found) {
        var remaining = new TreeMap<String, WalletBalance>();
        computed.forEach((wallet, balance) -> remaining.put(wallet.toString(), balance));
        for (WalletBalance cached : cachedBalances) {
            var expected = remaining.remove(cached.wallet().toString());
            var expectedBalance = expected == null ? WalletBalance.empty(cached.wallet()) : expected;
            if (!expectedBalance.equals(cached)) {
                found.add(mismatch(cached.wallet(), describe(expectedBalance), describe(cached)));
            }
        }
        remaining.values().forEach(missing -> found.add(mismatch(missing.wallet(), describe(missing), "no cached balance")));
    }

    /** The books of each currency: cached wallet balances against the system accounts summed from the entries. */
    private static List<CurrencyTotals> totals(LedgerReplay replay, List<WalletBalance> cached, List<Discrepancy> found) {
        var walletTotals = new HashMap<Currency, Money>();
        cached.forEach(wallet -> walletTotals.merge(wallet.balance().currency(), wallet.balance(), Money::plus));
        var currencies = new TreeSet<Currency>(Comparator.comparing(Currency::getCurrencyCode));
        currencies.addAll(replay.currencies());
        currencies.addAll(walletTotals.keySet());
        var totals = new ArrayList<CurrencyTotals>();
        for (Currency currency : currencies) {
            var sums = new CurrencyTotals(walletTotals.getOrDefault(currency, Money.zero(currency)),
                    replay.systemTotal(currency));
            if (!sums.balanced()) {
                found.add(new Discrepancy(DiscrepancyKind.BOOKS_UNBALANCED, currency.getCurrencyCode(),
                        Money.zero(currency).toString(), sums.wallets().plus(sums.systemAccounts()).toString(),
                        "cached wallet balances and the system accounts must sum to zero"));
            }
            totals.add(sums);
        }
        return totals;
    }

    private static Discrepancy mismatch(Account wallet, String expected, String actual) {
        return new Discrepancy(DiscrepancyKind.BALANCE_MISMATCH, wallet.toString(), expected, actual,
                "the cached balance differs from the sum of the wallet's entries");
    }

    private static String describe(WalletBalance balance) {
        return balance.balance() + " at #" + balance.lastSequence();
    }
}

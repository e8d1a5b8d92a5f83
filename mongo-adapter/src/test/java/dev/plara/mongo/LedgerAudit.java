package dev.plara.mongo;

import dev.plara.wallet.core.domain.Account;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.WalletBalance;
import dev.plara.wallet.core.port.out.LedgerStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes every wallet from its entries and lists each difference: a sequence gap, a balance-after that is not the
 * running sum, a non-refund debit that left a wallet below zero, a cache that differs from the entries.
 */
final class LedgerAudit {

    private LedgerAudit() {
    }

    static List<String> differences(LedgerStore ledger) {
        var problems = new ArrayList<String>();
        Map<Account, WalletBalance> recomputed = new LinkedHashMap<>();
        ledger.forEachEntry(posted -> {
            Account wallet = posted.entry().wallet();
            WalletBalance before = recomputed.getOrDefault(wallet, WalletBalance.empty(wallet));
            check(before, posted, problems);
            recomputed.put(wallet, new WalletBalance(wallet, before.balance().plus(posted.entry().walletDelta()),
                    posted.walletSequence()));
        });
        Map<Account, WalletBalance> cached = new LinkedHashMap<>();
        ledger.cachedBalances().forEach(balance -> cached.put(balance.wallet(), balance));
        if (!cached.equals(recomputed)) {
            problems.add("cache " + cached.values() + " differs from entries " + recomputed.values());
        }
        return problems;
    }

    private static void check(WalletBalance before, PostedEntry posted, List<String> problems) {
        Money after = before.balance().plus(posted.entry().walletDelta());
        if (posted.walletSequence() != before.lastSequence() + 1) {
            problems.add("gap before " + posted.key() + ": " + before.lastSequence() + " -> " + posted.walletSequence());
        }
        if (!posted.balanceAfter().equals(after)) {
            problems.add(posted.key() + " says " + posted.balanceAfter() + " after, the running sum is " + after);
        }
        if (after.isNegative() && posted.entry().debitsWallet() && posted.entry().kind() != EntryKind.REFUND) {
            problems.add(posted.key() + " took " + posted.entry().wallet() + " below zero without being a refund");
        }
    }
}

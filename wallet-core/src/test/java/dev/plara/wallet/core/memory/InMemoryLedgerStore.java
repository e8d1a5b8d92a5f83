package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A ledger in memory, one lock for everything: the reference the contract tests hold every other ledger to. */
public final class InMemoryLedgerStore implements LedgerStore {

    private final Map<IdempotencyKey, PostedEntry> byKey = new LinkedHashMap<>();
    private final Map<Account, List<PostedEntry>> byWallet = new TreeMap<>(Comparator.comparing(Account::toString));
    private final Map<String, PostedEntry> byBankCode = new HashMap<>();
    private final LinkedHashSet<IdempotencyKey> unsettled = new LinkedHashSet<>();

    @Override
    public synchronized AppendResult append(LedgerEntry entry, Overdraft overdraft) {
        var existing = byKey.get(entry.key());
        if (existing != null) {
            return existing.entry().sameEffectAs(entry) ? new AppendResult.AlreadyApplied(existing)
                    : new AppendResult.Conflict(existing, "key " + entry.key() + " was applied with another effect");
        }
        var code = entry.facts().bankTransactionCode().orElse(null);
        if (code != null && byBankCode.containsKey(code)) {
            return new AppendResult.Conflict(byBankCode.get(code), "bank transaction code " + code + " was credited");
        }
        var before = balance(entry.wallet());
        var after = before.balance().plus(entry.walletDelta());
        if (entry.debitsWallet() && overdraft == Overdraft.FORBIDDEN && after.isNegative()) {
            return new AppendResult.InsufficientFunds(before);
        }
        var posted = new PostedEntry(entry, before.lastSequence() + 1, after);
        byKey.put(entry.key(), posted);
        byWallet.computeIfAbsent(entry.wallet(), wallet -> new ArrayList<>()).add(posted);
        if (code != null) {
            byBankCode.put(code, posted);
        }
        unsettled.add(entry.key());
        return new AppendResult.Appended(posted);
    }

    @Override
    public synchronized Optional<PostedEntry> find(IdempotencyKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public synchronized WalletBalance balance(Account wallet) {
        var entries = byWallet.getOrDefault(wallet, List.of());
        if (entries.isEmpty()) {
            return WalletBalance.empty(wallet);
        }
        var last = entries.get(entries.size() - 1);
        return new WalletBalance(wallet, last.balanceAfter(), last.walletSequence());
    }

    @Override
    public synchronized List<WalletBalance> balances(UserId user) {
        return byWallet.keySet().stream()
                .filter(wallet -> wallet.owner().equals(user))
                .sorted(Comparator.comparing(wallet -> wallet.currency().getCurrencyCode()))
                .map(this::balance)
                .toList();
    }

    @Override
    public synchronized Page<PostedEntry> history(UserId user, PageRequest page) {
        var entries = byKey.values().stream()
                .filter(posted -> posted.entry().wallet().owner().equals(user))
                .sorted(Comparator.comparing((PostedEntry posted) -> posted.entry().recordedAt())
                        .thenComparing(PostedEntry::walletSequence).reversed())
                .toList();
        return Page.of(entries, page);
    }

    @Override
    public synchronized void forEachEntry(Consumer<PostedEntry> action) {
        byWallet.values().forEach(entries -> entries.forEach(action));
    }

    @Override
    public synchronized List<WalletBalance> cachedBalances() {
        return byWallet.keySet().stream().map(this::balance).toList();
    }

    @Override
    public synchronized List<WalletBalance> overdrawnBalances() {
        return byWallet.keySet().stream().map(this::balance).filter(WalletBalance::overdrawn).toList();
    }

    @Override
    public synchronized List<PostedEntry> unsettled(int limit) {
        return unsettled.stream().limit(limit).map(byKey::get).toList();
    }

    @Override
    public synchronized void markSettled(IdempotencyKey key) {
        unsettled.remove(key);
    }
}

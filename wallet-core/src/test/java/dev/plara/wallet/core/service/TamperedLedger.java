package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A ledger that passes everything through; tests override a method to make it lie the way a broken store would. */
class TamperedLedger implements LedgerStore {

    private final LedgerStore honest;

    TamperedLedger(LedgerStore honest) {
        this.honest = honest;
    }

    @Override
    public AppendResult append(LedgerEntry entry, Overdraft overdraft) {
        return honest.append(entry, overdraft);
    }

    @Override
    public Optional<PostedEntry> find(IdempotencyKey key) {
        return honest.find(key);
    }

    @Override
    public WalletBalance balance(Account wallet) {
        return honest.balance(wallet);
    }

    @Override
    public List<WalletBalance> balances(UserId user) {
        return honest.balances(user);
    }

    @Override
    public Page<PostedEntry> history(UserId user, PageRequest page) {
        return honest.history(user, page);
    }

    @Override
    public void forEachEntry(Consumer<PostedEntry> action) {
        honest.forEachEntry(action);
    }

    @Override
    public List<WalletBalance> cachedBalances() {
        return honest.cachedBalances();
    }

    @Override
    public List<WalletBalance> overdrawnBalances() {
        return honest.overdrawnBalances();
    }

    @Override
    public List<PostedEntry> unsettled(int limit) {
        return honest.unsettled(limit);
    }

    @Override
    public void markSettled(IdempotencyKey key) {
        honest.markSettled(key);
    }
}

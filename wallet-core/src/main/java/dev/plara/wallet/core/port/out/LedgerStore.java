package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.ledger.WalletBalance;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The append-only ledger of wallet entries, and the cached balance of every wallet.
 *
 * <p>Contract, for every implementation, under any concurrency:
 * <ul>
 *   <li>{@link #append} is atomic: the entry is recorded with the next sequence number of its wallet and the
 *       wallet's balance right after it, or nothing changes at all.</li>
 *   <li>Exactly once: a second append with the same key changes nothing and answers {@code AlreadyApplied} when it
 *       has the same effect ({@link LedgerEntry#sameEffectAs}), {@code Conflict} otherwise.</li>
 *   <li>A bank transaction code is credited once: an entry whose facts carry a code another entry already carries is a
 *       {@code Conflict}.</li>
 *   <li>Never below zero: with {@link Overdraft#FORBIDDEN}, a debit larger than the wallet's balance at that instant is
 *       {@code InsufficientFunds}; two debits racing for one balance can never both pass.</li>
 *   <li>Entries are never edited or removed. A wallet's sequence runs 1, 2, 3, ... without gaps.</li>
 *   <li>Every appended entry starts unsettled; {@link #unsettled} lists it until {@link #markSettled}.</li>
 * </ul>
 */
public interface LedgerStore {

    AppendResult append(LedgerEntry entry, Overdraft overdraft);

    Optional<PostedEntry> find(IdempotencyKey key);

    /** The balance of one wallet; an untouched wallet has zero at sequence 0. */
    WalletBalance balance(Account wallet);

    /** Every wallet of a user that has at least one entry, ordered by currency code. */
    List<WalletBalance> balances(UserId user);

    /** A user's entries across all their wallets, newest first. */
    Page<PostedEntry> history(UserId user, PageRequest page);

    /** Feeds every entry to {@code action}, wallet by wallet, each wallet's entries in sequence order. */
    void forEachEntry(Consumer<PostedEntry> action);

    /** The balance every wallet currently caches, ordered by wallet, for an audit to check against the entries. */
    List<WalletBalance> cachedBalances();

    /** Every wallet whose latest entry leaves it below zero (a refund took more than it held), in no given order. */
    List<WalletBalance> overdrawnBalances();

    /** Up to {@code limit} entries whose follow-ups are not confirmed yet, oldest first. */
    List<PostedEntry> unsettled(int limit);

    /**
     * Confirms that an entry's follow-ups are done. Idempotent; an unknown key is ignored.
     *
     * <p>The follow-ups (a notification, an operators' line, a grant, a deposit's status) must be safe from a failover
     * before the mark is sent; only the mark, which comes last, may be acknowledged by a primary alone. A follow-up
     * acknowledged by one primary alone could be rolled back after a failover while the mark lands on the new primary:
     * the entry would be settled without it, and only unsettled entries are settled again.
     */
    void markSettled(IdempotencyKey key);
}

package dev.plara.mongo.ledger;

import dev.plara.mongo.collection.StoreRounds;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.PostedEntry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This process's appends to one wallet taking turns at the insert of the next entry, each starting from the entry the
 * one before inserted once it is read back as it was (a store can lose an acknowledged write in a crash or a
 * failover): an entry never changes, so it is the exact predecessor of the next one until another server moves the
 * wallet on, which the unique {@code (wallet, walletSeq)} index reveals by refusing the insert. Sixteen buyers of one wallet then wait for
 * one another's insert in the process instead of racing it at the store and looking the winner up. Only the most
 * recently used wallets are kept, and never one an append holds or waits for (two turns of one wallet would let
 * its appends race again); a wallet forgotten starts again from its cache.
 */
final class WalletTurns {

    private final int wallets;
    private final StoreRounds rounds;
    /** By use, least recent first. */
    private final Map<Account, Turn> turns = new LinkedHashMap<>(64, 0.75f, true);

    WalletTurns(StoreRounds rounds) {
        this(10_000, rounds);
    }

    /**
     * Keeps the turns of at most {@code wallets} wallets no append holds or waits for; an append waiting for another
     * one's turn stands aside from the store's {@code rounds} meanwhile.
     */
    WalletTurns(int wallets, StoreRounds rounds) {
        this.wallets = wallets;
        this.rounds = rounds;
    }

    /** Waits for this process's insert in progress on the wallet, if any, and takes the wallet's turn. */
    Turn take(Account wallet) {
        Turn turn;
        synchronized (turns) {
            turn = turns.computeIfAbsent(wallet, any -> new Turn());
            turn.takers++;
            if (turns.size() > wallets) {
                forgetIdle();
            }
        }
        if (!turn.lock.tryLock()) {
            rounds.aside(() -> {
                turn.lock.lock();
                return turn;
            });
        }
        return turn;
    }

    /** Forgets the least recently used turns that no append holds or waits for, down to the most kept. */
    private void forgetIdle() {
        var leastRecentFirst = turns.values().iterator();
        while (turns.size() > wallets && leastRecentFirst.hasNext()) {
            if (leastRecentFirst.next().takers == 0) {
                leastRecentFirst.remove();
            }
        }
    }

    /** The entry this process inserted last in the wallet, or {@code null}, without waiting for a turn. */
    PostedEntry lastInserted(Account wallet) {
        Turn turn;
        synchronized (turns) {
            turn = turns.get(wallet);
        }
        return turn == null ? null : turn.head;
    }

    /** Forgets every wallet's last insert, after the entries were repaired from outside (a restore, a lost write). */
    void forget() {
        synchronized (turns) {
            turns.values().forEach(Turn::refused);
        }
    }

    /** One wallet's turn: held by one append at a time, from its head's read to its insert's answer. */
    final class Turn {

        private final ReentrantLock lock = new ReentrantLock();
        /** The appends holding or waiting for it, guarded by the map of turns. */
        private int takers;
        private volatile PostedEntry head;

        /** The entry this process inserted last in the wallet, if it still counts on it. */
        PostedEntry head() {
            return head;
        }

        /** The entry just inserted is the wallet's head from now on. */
        void inserted(PostedEntry entry) {
            head = entry;
        }

        /** An insert from the head was refused: someone else moved the wallet on, so the head no longer counts. */
        void refused() {
            head = null;
        }

        /** Lets the next append of the wallet take its turn. */
        void release() {
            lock.unlock();
            synchronized (turns) {
                takers--;
            }
        }
    }
}

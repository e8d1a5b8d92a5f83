package dev.plara.mongo.collection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets concurrent operations of one kind share a command, group-commit style, with no timer: the first caller sends
 * its operation at once, alone; the callers arriving while a command is in flight queue, and when it returns the first
 * of them sends what queued meanwhile (at most {@code cap}) as one command. A caller taking part in the store's rounds
 * waits for its round first, queued meanwhile ({@link StoreRounds}). Each caller gets its
 * own outcome; a command that fails as a whole fails each of its callers. Whatever breaks a send, even an error, the
 * turn to send passes on and every caller it carried is woken.
 */
final class Coalescer<O, R> {

    private final BatchSender<O, R> sender;
    private final int cap;
    private final StoreRounds rounds;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiting<O, R>> queue = new ArrayDeque<>();
    /** The callers the command in flight carries; only the caller whose turn it is to send touches it. */
    private final ArrayList<Waiting<O, R>> batch;
    private boolean sending;

    Coalescer(BatchSender<O, R> sender, int cap, StoreRounds rounds) {
        this.sender = sender;
        this.cap = cap;
        this.rounds = rounds;
        this.batch = new ArrayList<>(cap);
    }

    /** Sends the operation, in a command of its own or shared with those that arrived together, and answers its own. */
    R submit(O operation) {
        var mine = new Waiting<O, R>(operation, lock.newCondition());
        lock.lock();
        try {
            queue.add(mine);
        } finally {
            lock.unlock();
        }
        awaitRound(mine);
        if (!takeTurn(mine)) {
            return mine.answer();
        }
        List<Outcome<R>> outcomes = null;
        try {
            outcomes = BatchSender.sendAside(sender, batch.stream().map(waiting -> waiting.operation).toList());
        } finally {
            release(outcomes);
        }
        return mine.answer();
    }

    /**
     * Waits for the operation's round ({@link StoreRounds}), queued meanwhile so that a command sent before it goes may
     * carry it; if the wait breaks off, the operation leaves the queue and its caller gets the failure.
     */
    private void awaitRound(Waiting<O, R> mine) {
        try {
            rounds.await(this);
        } catch (RuntimeException | Error failure) {
            lock.lock();
            try {
                queue.remove(mine);
            } finally {
                lock.unlock();
            }
            throw failure;
        }
    }

    /**
     * Waits for the command in flight, if any: {@code false} when it carried this operation, else {@code true} with
     * the batch to send filled (nothing in it allocates, so that nothing can leave the turn taken and unsent).
     */
    private boolean takeTurn(Waiting<O, R> mine) {
        lock.lock();
        try {
            mine.ready = true;
            while (sending && !mine.released && !mine.leads) {
                mine.turn.awaitUninterruptibly();
            }
            if (mine.released) {
                return false;
            }
            sending = true;
            batch.clear();
            while (!queue.isEmpty() && batch.size() < cap) {
                batch.add(queue.poll());
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Hands each caller of the batch its outcome ({@code null} when the send broke off with an error) and the turn to
     * send to the first of those queued meanwhile whose round went (one still held would hold the turn with it); the
     * turn passes on and each caller wakes whatever fails on the way.
     */
    private void release(List<Outcome<R>> outcomes) {
        lock.lock();
        try {
            for (int i = 0; outcomes != null && i < batch.size(); i++) {
                batch.get(i).outcome = outcomes.get(i);
            }
        } finally {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).released = true;
                batch.get(i).turn.signal();
            }
            Waiting<O, R> next = null;
            for (var queued : queue) {
                if (queued.ready) {
                    next = queued;
                    break;
                }
            }
            sending = next != null;
            if (next != null) {
                next.leads = true;
                next.turn.signal();
            }
            lock.unlock();
        }
    }
}

package dev.plara.mongo.collection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets concurrent operations of one kind share a command, group-commit style, with no timer and no added wait: the
 * first caller sends its operation at once, alone; the callers arriving while a command is in flight queue, and when
 * it returns the first of them sends what queued meanwhile (at most {@code cap}) as one command. Each caller gets its
 * own outcome; a command that fails as a whole fails each of its callers.
 */
final class Coalescer<O, R> {

    /** Sends one operation, or several as one command answering an outcome for each, by index. */
    interface Sender<O, R> {

        R one(O operation);

        List<Outcome<R>> many(List<O> operations);
    }

    /** One operation's outcome in a shared command: its answer, or the failure that is its own. */
    record Outcome<R>(R value, RuntimeException failure) {

        static <R> Outcome<R> of(R value) {
            return new Outcome<>(value, null);
        }

        static <R> Outcome<R> failed(RuntimeException failure) {
            return new Outcome<>(null, failure);
        }

        R get() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    private final Sender<O, R> sender;
    private final int cap;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiting<O, R>> queue = new ArrayDeque<>();
    private boolean sending;

    Coalescer(Sender<O, R> sender, int cap) {
        this.sender = sender;
        this.cap = cap;
    }

    /** Sends the operation, in a command of its own or shared with those that arrived together, and answers its own. */
    R submit(O operation) {
        var mine = new Waiting<O, R>(operation, lock.newCondition());
        List<Waiting<O, R>> batch;
        lock.lock();
        try {
            queue.add(mine);
            if (sending) {
                while (mine.outcome == null && !mine.leads) {
                    mine.turn.awaitUninterruptibly();
                }
                if (mine.outcome != null) {
                    return mine.outcome.get();
                }
            }
            sending = true;
            batch = new ArrayList<>(Math.min(queue.size(), cap));
            while (!queue.isEmpty() && batch.size() < cap) {
                batch.add(queue.poll());
            }
        } finally {
            lock.unlock();
        }
        List<Outcome<R>> outcomes = null;
        try {
            outcomes = send(batch);
        } finally {
            release(batch, outcomes != null ? outcomes
                    : failedEach(batch, new IllegalStateException("a shared write did not finish")));
        }
        return mine.outcome.get();
    }

    /** Hands each waiting caller its outcome, and the turn to send to the first of those queued meanwhile. */
    private void release(List<Waiting<O, R>> batch, List<Outcome<R>> outcomes) {
        lock.lock();
        try {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome = outcomes.get(i);
                batch.get(i).turn.signal();
            }
            var next = queue.peek();
            if (next == null) {
                sending = false;
            } else {
                next.leads = true;
                next.turn.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private List<Outcome<R>> send(List<Waiting<O, R>> batch) {
        try {
            if (batch.size() == 1) {
                return List.of(Outcome.of(sender.one(batch.get(0).operation)));
            }
            var outcomes = sender.many(batch.stream().map(waiting -> waiting.operation).toList());
            if (outcomes.size() != batch.size()) {
                throw new IllegalStateException("the store answered " + outcomes.size() + " outcomes for "
                        + batch.size() + " writes");
            }
            return outcomes;
        } catch (RuntimeException failure) {
            return failedEach(batch, failure);
        }
    }

    private static <O, R> List<Outcome<R>> failedEach(List<Waiting<O, R>> batch, RuntimeException failure) {
        return batch.stream().map(waiting -> Outcome.<R>failed(failure)).toList();
    }

    private static final class Waiting<O, R> {

        private final O operation;
        private final Condition turn;
        private Outcome<R> outcome;
        private boolean leads;

        Waiting(O operation, Condition turn) {
            this.operation = operation;
            this.turn = turn;
        }
    }
}

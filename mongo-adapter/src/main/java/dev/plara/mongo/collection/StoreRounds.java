package dev.plara.mongo.collection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The store commands of the threads serving requests, sent in rounds so that those of one kind meet and share one
 * command ({@link Coalescer}): a participant's command is held until every participant waits for one, then the kind
 * most of them wait for goes, with every command that shares with none and every kind one of whose commands was held
 * {@value #PATIENCE} rounds already (a kind goes whole: one of its commands left behind would wait for the others in
 * its {@link Coalescer} outside the rounds, holding every round up). Requests that arrived apart so fall into step.
 * A participant waiting for another one (a wallet's turn) stands {@linkplain #aside aside} meanwhile; once no command
 * came for the bound (a participant waits for something else: a call to Polar, a long query), every held command
 * goes. A thread that never {@linkplain #enter entered} is never held, and with a zero bound no thread is.
 */
public final class StoreRounds {

    /** The most rounds a command waits for its kind's turn. */
    static final int PATIENCE = 4;

    private final long boundNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition gone = lock.newCondition();
    private final ThreadLocal<Boolean> taking = ThreadLocal.withInitial(() -> false);
    /** Guarded by the lock: the participants, the commands held, and the rounds gone so far. */
    private final List<Held> held = new ArrayList<>();
    private int participants;
    private long round;
    /** When a command was last held ({@link System#nanoTime}). */
    private long lastHeld;

    /** Holds commands until every participant waits for one, or none came for {@code bound}. */
    public StoreRounds(Duration bound) {
        this.boundNanos = bound.toNanos();
    }

    /** Rounds that hold no one: every command goes the moment it comes. */
    public static StoreRounds none() {
        return new StoreRounds(Duration.ZERO);
    }

    /** The calling thread takes part in the rounds until it {@linkplain #leave leaves}; again is the same as once. */
    public void enter() {
        if (boundNanos == 0 || taking.get()) {
            return;
        }
        taking.set(true);
        changeParticipants(1);
    }

    /** The calling thread stops taking part; the round it no longer holds back goes. */
    public void leave() {
        if (taking.get()) {
            taking.set(false);
            changeParticipants(-1);
        }
    }

    /**
     * Waits, if this thread takes part, for its command's turn: {@code kind} names the commands it can share one with,
     * {@code null} when it shares with none.
     */
    void await(Object kind) {
        if (!taking.get()) {
            return;
        }
        lock.lock();
        try {
            var mine = new Held(kind, round);
            held.add(mine);
            lastHeld = System.nanoTime();
            goIfAllHeld();
            while (!mine.gone) {
                long left = lastHeld + boundNanos - System.nanoTime();
                if (left <= 0) {
                    goAll();
                    return;
                }
                gone.awaitNanos(left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            goAll();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code waiting} (a wait for another participant) with this thread standing aside from the rounds. */
    public <T> T aside(Supplier<T> waiting) {
        if (!taking.get()) {
            return waiting.get();
        }
        changeParticipants(-1);
        try {
            return waiting.get();
        } finally {
            changeParticipants(1);
        }
    }

    private void changeParticipants(int change) {
        lock.lock();
        try {
            participants += change;
            goIfAllHeld();
        } finally {
            lock.unlock();
        }
    }

    /** When every participant waits: the most waited-for kind goes, with those sharing with none and the patient. */
    private void goIfAllHeld() {
        if (held.isEmpty() || held.size() < participants) {
            return;
        }
        round++;
        var count = new HashMap<Object, Integer>();
        Object most = null;
        for (var waiting : held) {
            if (waiting.kind != null && count.merge(waiting.kind, 1, Integer::sum) > count.getOrDefault(most, 0)) {
                most = waiting.kind;
            }
        }
        var going = new HashSet<Object>();
        going.add(most);
        held.stream().filter(waiting -> round - waiting.since > PATIENCE).forEach(waiting -> going.add(waiting.kind));
        held.removeIf(waiting -> (waiting.kind == null || going.contains(waiting.kind)) && waiting.release());
        gone.signalAll();
    }

    private void goAll() {
        held.forEach(Held::release);
        held.clear();
        gone.signalAll();
    }

    /** One command held: its kind, the round it came in, and whether it went. */
    private static final class Held {

        private final Object kind;
        private final long since;
        private boolean gone;

        private Held(Object kind, long since) {
            this.kind = kind;
            this.since = since;
        }

        private boolean release() {
            gone = true;
            return true;
        }
    }
}

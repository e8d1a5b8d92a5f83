package dev.plara.mongo.collection;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The store commands of the threads serving requests, sent in rounds so that those of one kind meet and share one
 * command ({@link Coalescer}): a participant's command is held until every participant waits for one, then the kind
 * most of them wait for goes ({@link HeldCommands} says which), so that requests that arrived apart fall into step. A
 * participant waiting for another one (a wallet's turn) stands {@linkplain #aside aside} meanwhile.
 * Every held command goes once none came for the bound (a participant waits for something else: a call to Polar, a
 * long query), and none is held longer than {@value #LONGEST} bounds. A thread that never {@linkplain #enter entered}
 * is never held, and with a zero bound no thread is.
 */
public final class StoreRounds {

    /** How many rounds a command waits for its kind's turn before its kind goes anyway. */
    static final int PATIENCE = 4;
    /** The longest a command is held, in bounds, however often other commands come. */
    static final int LONGEST = 10;

    private final long boundNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Boolean> taking = ThreadLocal.withInitial(() -> false);
    /** Guarded by the lock: the commands held and the participants. */
    private final HeldCommands held = new HeldCommands(PATIENCE);
    private int participants;
    /** When a command was last held ({@link System#nanoTime}). */
    private long lastHeld;

    /** Holds commands until every participant waits for one, none came for {@code bound}, or ten bounds passed. */
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
            var mine = held.hold(kind, lock.newCondition());
            long now = System.nanoTime();
            long latest = now + LONGEST * boundNanos;
            lastHeld = now;
            goIfAllHeld();
            while (!mine.gone()) {
                long left = Math.min(lastHeld + boundNanos, latest) - System.nanoTime();
                if (left <= 0) {
                    held.goAll();
                    return;
                }
                mine.await(left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            held.goAll();
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

    private void goIfAllHeld() {
        if (held.size() > 0 && held.size() >= participants) {
            held.goRound();
        }
    }
}

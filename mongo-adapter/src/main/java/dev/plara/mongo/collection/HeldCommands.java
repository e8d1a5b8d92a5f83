package dev.plara.mongo.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * The commands {@link StoreRounds} holds, and which of them go at a round: those of the kind most of them are, every
 * one that shares with none (of no kind), and those of every kind one of whose commands waited more than
 * {@code patience} rounds. A kind goes whole: one of its commands left behind would wait for the others in its
 * {@link Coalescer}, outside the rounds, and hold every round up. Not thread-safe: its rounds' lock guards it.
 */
final class HeldCommands {

    private final int patience;
    private final List<Held> held = new ArrayList<>();
    private long round;

    HeldCommands(int patience) {
        this.patience = patience;
    }

    /** Holds a command of {@code kind} ({@code null}: it shares with none), woken through {@code turn} when it goes. */
    Held hold(Object kind, Condition turn) {
        var command = new Held(kind, round, turn);
        held.add(command);
        return command;
    }

    int size() {
        return held.size();
    }

    /** Lets go the commands whose turn it is. */
    void goRound() {
        round++;
        var count = new HashMap<Object, Integer>();
        Object most = null;
        for (var waiting : held) {
            if (waiting.kind != null && count.merge(waiting.kind, 1, Integer::sum) > count.getOrDefault(most, 0)) {
                most = waiting.kind;
            }
        }
        var kinds = new HashSet<Object>();
        kinds.add(most);
        held.stream().filter(waiting -> round - waiting.since > patience).forEach(waiting -> kinds.add(waiting.kind));
        var going = held.stream().filter(waiting -> waiting.kind == null || kinds.contains(waiting.kind)).toList();
        held.removeAll(going);
        going.forEach(Held::release);
    }

    /** Lets every held command go. */
    void goAll() {
        held.forEach(Held::release);
        held.clear();
    }

    /** One command held: its kind, the round it came in, and whether it went. */
    static final class Held {

        private final Object kind;
        private final long since;
        private final Condition turn;
        private boolean gone;

        private Held(Object kind, long since, Condition turn) {
            this.kind = kind;
            this.since = since;
            this.turn = turn;
        }

        boolean gone() {
            return gone;
        }

        /** Waits at most {@code nanos} for its turn, or a wake-up. */
        void await(long nanos) throws InterruptedException {
            turn.await(nanos, TimeUnit.NANOSECONDS);
        }

        private void release() {
            gone = true;
            turn.signal();
        }
    }
}

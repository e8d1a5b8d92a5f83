package dev.plara.mongo.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * The commands {@link StoreRounds} holds, and which of them go at a round: the kind most of them are, every one that
 * shares with none (of no kind), and every kind one of whose commands waited more than {@code patience} rounds. A
 * kind goes whole: one of its commands left behind would wait for the others in its {@link Coalescer}, outside the
 * rounds, and hold every round up. Not thread-safe: its rounds guard it.
 */
final class HeldCommands {

    private final int patience;
    private final List<Held> held = new ArrayList<>();
    private long round;

    HeldCommands(int patience) {
        this.patience = patience;
    }

    /** Holds a command of {@code kind} ({@code null}: shares with none), answering it to wait on. */
    Held hold(Object kind) {
        var command = new Held(kind, round);
        held.add(command);
        return command;
    }

    int size() {
        return held.size();
    }

    /** Lets the commands of this round go, as the type says. */
    void goRound() {
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
        held.stream().filter(waiting -> round - waiting.since > patience).forEach(waiting -> going.add(waiting.kind));
        held.removeIf(waiting -> (waiting.kind == null || going.contains(waiting.kind)) && waiting.release());
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
        private boolean gone;

        private Held(Object kind, long since) {
            this.kind = kind;
            this.since = since;
        }

        boolean gone() {
            return gone;
        }

        private boolean release() {
            gone = true;
            return true;
        }
    }
}

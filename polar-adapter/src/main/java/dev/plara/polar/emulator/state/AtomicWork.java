package dev.plara.polar.emulator.state;

import java.util.function.Supplier;

/**
 * Runs the emulator's work one piece at a time under one lock, and saves once when the outermost piece that changed
 * something ends.
 */
final class AtomicWork {

    private final Object lock = new Object();
    private final Runnable save;
    private int depth;
    private boolean dirty;

    AtomicWork(Runnable save) {
        this.save = save;
    }

    /** Runs {@code work} alone and saves its changes once, when it ends. */
    <T> T atomically(Supplier<T> work) {
        synchronized (lock) {
            depth++;
            try {
                return work.get();
            } finally {
                depth--;
                if (depth == 0 && dirty) {
                    dirty = false;
                    save.run();
                }
            }
        }
    }

    Object lock() {
        return lock;
    }

    /** Marks a change; saved at once when no work is running, else when the outermost work ends. */
    void changed() {
        dirty = true;
        if (depth == 0) {
            atomically(() -> null);
        }
    }
}

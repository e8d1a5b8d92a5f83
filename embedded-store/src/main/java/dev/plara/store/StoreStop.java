package dev.plara.store;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Whether the store has stopped, and why: once a write it cannot do without failed (to its journal, or to its file,
 * which H2 then closes), the changes of the commands waiting on it are lost to the disk, so nothing may be
 * acknowledged, and what they changed may not be served; a restart replays what the journal holds.
 */
final class StoreStop {

    private volatile String reason;

    /** Stops the store because {@code what} failed; answers the exception that says so, to throw. */
    RuntimeException stop(String what, Exception cause) {
        if (reason == null) {
            reason = what + " (" + rootMessage(cause) + ")";
        }
        String message = reason + "; the store serves nothing until it is restarted";
        return cause instanceof IOException io ? new UncheckedIOException(message, io)
                : new IllegalStateException(message, cause);
    }

    /** Whether the store has stopped. */
    boolean stopped() {
        return reason != null;
    }

    /** Throws once the store has stopped. */
    void throwIfStopped() {
        if (reason != null) {
            throw new IllegalStateException(reason + "; the store serves nothing until it is restarted");
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

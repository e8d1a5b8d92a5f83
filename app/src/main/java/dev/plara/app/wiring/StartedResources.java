package dev.plara.app.wiring;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** What has been started so far, to close in reverse if a later step fails. */
final class StartedResources implements AutoCloseable {

    private final ArrayDeque<AutoCloseable> started = new ArrayDeque<>();

    <T extends AutoCloseable> T add(T resource) {
        started.push(resource);
        return resource;
    }

    /** Something still being opened elsewhere: closed once it has opened, if it ever does. */
    <T extends AutoCloseable> CompletableFuture<T> addOpening(CompletableFuture<T> opening) {
        started.push(() -> opened(opening).close());
        return opening;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception ignored) {
                // closing after a failed start: the first failure is the one that matters
            }
        }
    }

    /** What {@code opening} opened, or the failure it ended with, as thrown. */
    static <T> T opened(CompletableFuture<T> opening) {
        try {
            return opening.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}

package dev.plara.mongo.schema;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;

/**
 * Sends the schema's commands {@link #TOGETHER} at a time: each is answered once it is on the disk, and the embedded
 * store forces one commit for all those that reach it together (as many as its four network threads take).
 */
final class SchemaCommands {

    /** How many schema commands are sent at once. */
    static final int TOGETHER = 4;

    private SchemaCommands() {
    }

    /** Runs {@code commands} {@link #TOGETHER} at a time and returns once all did, or throws the first failure. */
    static void runTogether(List<Runnable> commands) {
        var threads = Executors.newFixedThreadPool(TOGETHER);
        try {
            commands.stream().map(command -> CompletableFuture.runAsync(command, threads)).toList()
                    .forEach(CompletableFuture::join);
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        } finally {
            threads.shutdown();
        }
    }
}

package dev.plara.app.senders;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The daemon threads a sender runs its sends and their time limits on. Sends get at most a fixed number of threads: a
 * send its limit abandoned keeps its thread until whatever holds it ends (the lookup of a host name), and a send finding
 * every thread taken is refused at once ({@link java.util.concurrent.RejectedExecutionException}) instead of adding one.
 * A send may be refused too in the instant a thread, its send over, is not yet back waiting for the next (only while
 * the others are all taken); it is retried as any refused send.
 */
final class SendThreads {

    private SendThreads() {
    }

    /** One thread timing the sends' limits. */
    static ScheduledExecutorService timer(String name) {
        return Executors.newSingleThreadScheduledExecutor(daemon(name));
    }

    /** At most {@code bound} threads for sends, none queued, each ended after a second without work. */
    static ExecutorService bounded(String name, int bound) {
        return new ThreadPoolExecutor(0, bound, 1, TimeUnit.SECONDS, new SynchronousQueue<>(), daemon(name),
                new ThreadPoolExecutor.AbortPolicy());
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

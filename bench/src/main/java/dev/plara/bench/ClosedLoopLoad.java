package dev.plara.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load generator: {@code concurrency} keep-alive connections, each sending its next request as soon as
 * the previous answer is read, until every request of the list has been sent exactly once. Each request is timed from
 * its first byte written to its answer's last byte read.
 */
final class ClosedLoopLoad {

    private ClosedLoopLoad() {
    }

    /** Sends every one of {@code requests} (whole HTTP/1.1 requests) to {@code address} once. */
    static LoadFigures run(InetSocketAddress address, List<byte[]> requests, int concurrency) throws Exception {
        var latencies = new long[requests.size()];
        var statuses = new int[requests.size()];
        var next = new AtomicInteger();
        var workers = new ArrayList<Callable<Void>>();
        for (int c = 0; c < concurrency; c++) {
            workers.add(() -> {
                try (var connection = new HttpExchange(address)) {
                    for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        statuses[i] = attempt(connection, requests.get(i));
                        latencies[i] = System.nanoTime() - start;
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            long start = System.nanoTime();
            for (var done : pool.invokeAll(workers)) {
                done.get();
            }
            return LoadFigures.of(concurrency, latencies, statuses, System.nanoTime() - start);
        } finally {
            pool.shutdown();
        }
    }

    /** The answer's status, or 0 when the connection failed (it is dropped and made again for the next request). */
    private static int attempt(HttpExchange connection, byte[] request) {
        try {
            return connection.send(request);
        } catch (IOException | RuntimeException failed) {
            connection.close();
            return 0;
        }
    }
}

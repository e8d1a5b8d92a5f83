package dev.plara.app;

import dev.plara.polar.webhook.WebhookSigner;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers webhooks to servers as Polar would under load (to one server, or spread over several behind a balancer):
 * {@code concurrency} at once, each attempt freshly signed, every attempt that did not get a 2xx tried again later. At
 * one point of the storm it runs a disruption (such as {@code kill -9} and a restart); an attempt that finds its
 * server gone tries the next one, and only when none answers does its worker wait for the server to come back.
 */
final class WebhookStorm {

    private static final int MAX_ROUNDS = 5;

    private final List<HttpCalls> servers;
    private final AtomicInteger turn = new AtomicInteger();
    private final WebhookSigner signer;
    private final int concurrency;
    private final StormFigures figures = new StormFigures();
    private volatile CompletableFuture<Void> serverUp = CompletableFuture.completedFuture(null);

    WebhookStorm(List<HttpCalls> servers, WebhookSigner signer, int concurrency) {
        this.servers = List.copyOf(servers);
        this.signer = signer;
        this.concurrency = concurrency;
    }

    /** A disruption of the server that returns once it serves again. */
    interface Disruption {
        void run() throws Exception;
    }

    /**
     * Sends every delivery, runs {@code disruption} on its own thread once {@code disruptAfter} have been started, then
     * retries what failed until each delivery got a 2xx or {@value #MAX_ROUNDS} rounds passed; answers the figures.
     */
    StormFigures deliver(List<PolarWebhook> deliveries, int disruptAfter, Disruption disruption) throws Exception {
        var started = System.nanoTime();
        var failed = round(deliveries, disruptAfter, disruption);
        figures.retrying();
        for (int retry = 1; retry < MAX_ROUNDS && !failed.isEmpty(); retry++) {
            failed = round(failed, Integer.MAX_VALUE, null);
        }
        figures.finish(failed.size(), System.nanoTime() - started);
        return figures;
    }

    private List<PolarWebhook> round(List<PolarWebhook> deliveries, int disruptAfter, Disruption disruption)
            throws Exception {
        Queue<PolarWebhook> failed = new ConcurrentLinkedQueue<>();
        var next = new AtomicInteger();
        var disrupted = new CompletableFuture<Void>();
        if (disruption == null) {
            disrupted.complete(null);
        }
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            var running = new ArrayList<CompletableFuture<Void>>();
            for (int w = 0; w < concurrency; w++) {
                running.add(CompletableFuture.runAsync(() -> {
                    for (int i = next.getAndIncrement(); i < deliveries.size(); i = next.getAndIncrement()) {
                        if (i == disruptAfter) {
                            disrupt(disruption, disrupted);
                        }
                        if (!attempt(deliveries.get(i))) {
                            failed.add(deliveries.get(i));
                        }
                    }
                }, workers));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            disrupted.get(2, TimeUnit.MINUTES);
        } finally {
            workers.shutdownNow();
        }
        return new ArrayList<>(failed);
    }

    private void disrupt(Disruption disruption, CompletableFuture<Void> disrupted) {
        var back = new CompletableFuture<Void>();
        serverUp = back;
        figures.disrupting();
        var thread = new Thread(() -> {
            try {
                disruption.run();
                figures.restarted();
                back.complete(null);
                disrupted.complete(null);
            } catch (Throwable failure) {
                back.completeExceptionally(failure);
                disrupted.completeExceptionally(failure);
            }
        }, "storm-disruption");
        thread.start();
    }

    /** One attempt, on the servers in turn; when none can be reached, waits for the disrupted one to be back. */
    private boolean attempt(PolarWebhook delivery) {
        int first = turn.getAndIncrement();
        for (int tried = 0; tried < servers.size(); tried++) {
            var server = servers.get(Math.floorMod(first + tried, servers.size()));
            var phase = figures.phase();
            try {
                int status = server.send(delivery.attempt(server, signer)).status();
                figures.answered(phase, status);
                return status / 100 == 2;
            } catch (UncheckedIOException unreachable) {
                figures.unreachable(phase);
            }
        }
        serverUp.join();
        return false;
    }
}

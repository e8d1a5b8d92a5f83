package dev.plara.polar.emulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Delivers events to the registered endpoints as Polar does, on its own threads: signed, 10 s per attempt, only 2xx
 * counts, 10 attempts with waits doubling from 2-4 s to 512-1024 s (times {@code backoffScale}), under the faults set.
 */
final class WebhookDispatcher implements AutoCloseable {

    static final int MAX_ATTEMPTS = 10;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final List<WebhookEndpoint> endpoints = new CopyOnWriteArrayList<>();
    private final List<DeliveryAttempt> log = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "polar-emulator-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Clock clock;
    private final double backoffScale;
    private final Supplier<WebhookFaults> faults;

    WebhookDispatcher(Clock clock, double backoffScale, Supplier<WebhookFaults> faults) {
        this.clock = clock;
        this.backoffScale = backoffScale;
        this.faults = faults;
    }

    void register(WebhookEndpoint endpoint) {
        endpoints.add(endpoint);
    }

    List<DeliveryAttempt> log() {
        return List.copyOf(log);
    }

    /** Queues the events of one happening (a payment, a refund) for every endpoint; returns at once. */
    void publish(List<OutgoingEvent> events) {
        WebhookFaults now = faults.get();
        if (now.drop()) {
            LOG.info("Dropping {} events (fault switch)", events.size());
            return;
        }
        List<OutgoingEvent> batch = new ArrayList<>();
        for (OutgoingEvent event : events) {
            batch.add(event);
            if (now.deliverTwice()) {
                batch.add(event);
            }
        }
        if (now.outOfOrder()) {
            Collections.reverse(batch);
        }
        for (WebhookEndpoint endpoint : endpoints) {
            scheduler.schedule(() -> batch.forEach(event -> attempt(endpoint, event, 1)),
                    now.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void attempt(WebhookEndpoint endpoint, OutgoingEvent event, int attempt) {
        DeliveryAttempt result = send(endpoint, event, attempt);
        log.add(result);
        if (!result.succeeded() && attempt < MAX_ATTEMPTS) {
            long wait = backoffMillis(attempt, backoffScale, ThreadLocalRandom.current().nextDouble());
            LOG.info("Webhook {} to {} failed (attempt {}), next in {} ms", event.type(), endpoint.url(), attempt, wait);
            try {
                scheduler.schedule(() -> attempt(endpoint, event, attempt + 1), wait, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                LOG.debug("Emulator closed; webhook {} not retried", event.webhookId());
            }
        }
    }

    private DeliveryAttempt send(WebhookEndpoint endpoint, OutgoingEvent event, int attempt) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(TIMEOUT)
                .header("webhook-id", event.webhookId())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", endpoint.signer().sign(event.webhookId(), timestamp, event.body()))
                .header("content-type", "application/json")
                .header("user-agent", "polar.sh webhooks")
                .POST(HttpRequest.BodyPublishers.ofByteArray(event.body()))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new DeliveryAttempt(endpoint.id(), event.webhookId(), event.type(), attempt, status, null,
                    clock.instant());
        } catch (IOException e) {
            return new DeliveryAttempt(endpoint.id(), event.webhookId(), event.type(), attempt, 0, e.toString(),
                    clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryAttempt(endpoint.id(), event.webhookId(), event.type(), attempt, 0, "interrupted",
                    clock.instant());
        }
    }

    /** Polar's wait after the {@code n}-th failure: 2^n to 2^(n+1) seconds as {@code unit} goes from 0 to 1, scaled. */
    static long backoffMillis(int failedAttempts, double scale, double unit) {
        long baseMillis = 1000L << failedAttempts;
        return Math.round(baseMillis * (1 + unit) * scale);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

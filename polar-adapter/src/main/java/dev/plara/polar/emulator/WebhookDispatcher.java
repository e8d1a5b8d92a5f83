package dev.plara.polar.emulator;

import dev.plara.polar.client.LazyHttpClient;
import dev.plara.polar.emulator.service.RandomIds;
import dev.plara.polar.emulator.state.DeliveryState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.EndpointState;
import dev.plara.polar.emulator.state.WebhookEventState;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.WebhookSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Delivers webhook events as Polar does, on its own threads: signed (at the wall-clock time, whatever the emulator's
 * clock says), 10 s per attempt, only 2xx counts, 10 attempts with waits doubling from 2-4 s to 512-1024 s (times
 * {@code backoffScale}), each attempt recorded; an event that failed for good is reported to the
 * {@link EndpointHealth}.
 */
final class WebhookDispatcher implements AutoCloseable {

    static final int MAX_ATTEMPTS = 10;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** One thread, so that events go out in the order they happened, as Polar sends them to one endpoint. */
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "polar-emulator-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final LazyHttpClient http = new LazyHttpClient(TIMEOUT);
    private final EmulatorStore store;
    private final EndpointHealth health;
    private final double backoffScale;

    WebhookDispatcher(EmulatorStore store, double backoffScale) {
        this.store = store;
        this.health = new EndpointHealth(store);
        this.backoffScale = backoffScale;
    }

    /** Sends the events in order, after {@code delay}, each retried on its own; returns at once. */
    void deliver(List<String> eventIds, Duration delay) {
        schedule(() -> eventIds.forEach(id -> attempt(id, 1)), delay.toMillis());
    }

    /** Sends an event again, a new series of attempts, as {@code POST /v1/webhooks/events/{id}/redeliver} asks. */
    void redeliver(String eventId) {
        schedule(() -> attempt(eventId, 1), 0);
    }

    private void attempt(String eventId, int attempt) {
        WebhookEventState event = store.events().find(eventId).orElse(null);
        EndpointState endpoint = event == null ? null : store.endpoints().find(event.endpointId()).orElse(null);
        if (endpoint == null) {
            return;
        }
        DeliveryState delivery = store.deliveries().save(send(endpoint, event, attempt));
        boolean retry = !delivery.succeeded() && attempt < MAX_ATTEMPTS;
        Boolean outcome = delivery.succeeded() ? Boolean.TRUE : retry ? null : Boolean.FALSE;
        store.atomically(() -> {
            store.events().save(store.events().find(eventId).orElseThrow().attempted(
                    delivery.httpCode() == 0 ? null : delivery.httpCode(), outcome, store.clock().instant()));
            if (Boolean.FALSE.equals(outcome)) {
                health.afterFailure(endpoint.id());
            }
            return null;
        });
        if (retry) {
            long wait = backoffMillis(attempt, backoffScale, ThreadLocalRandom.current().nextDouble());
            LOG.info("Webhook {} to {} failed (attempt {}), next in {} ms", event.type(), endpoint.url(), attempt, wait);
            schedule(() -> attempt(eventId, attempt + 1), wait);
        }
    }

    private DeliveryState send(EndpointState endpoint, WebhookEventState event, int attempt) {
        long timestamp = store.clock().wallTime().getEpochSecond();
        byte[] body = event.payload().getBytes(StandardCharsets.UTF_8);
        WebhookSigner signer = new WebhookSigner(endpoint.secret(),
                KeyDerivation.valueOf(endpoint.keyDerivation().toUpperCase(Locale.ROOT)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(TIMEOUT)
                .header("webhook-id", event.id())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", signer.sign(event.id(), timestamp, body))
                .header("content-type", "application/json")
                .header("user-agent", "polar.sh webhooks")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        int status = 0;
        String error = null;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        return new DeliveryState(RandomIds.uuid(), store.clock().instant(), endpoint.id(), event.id(), event.type(),
                attempt, status, error);
    }

    private void schedule(Runnable task, long delayMillis) {
        try {
            scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("Emulator closed; webhook not sent");
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

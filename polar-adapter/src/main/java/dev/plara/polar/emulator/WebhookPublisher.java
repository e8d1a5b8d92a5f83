package dev.plara.polar.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.json.JsonNodes;
import dev.plara.polar.emulator.service.EventSink;
import dev.plara.polar.emulator.service.RandomIds;
import dev.plara.polar.emulator.service.ResourceEvent;
import dev.plara.polar.emulator.state.DeliveryState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.EndpointState;
import dev.plara.polar.emulator.state.WebhookEventState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns what the services announce into Polar's webhook events: each wrapped once in the envelope
 * {@code {"type","timestamp","data"}}, recorded as its own event (its own {@code webhook-id}) for every endpoint that
 * listens to its type, skipped for a disabled endpoint, then handed to the {@link WebhookDispatcher} under the faults
 * set (twice, out of order, late, or not at all: then the events exist, each listed with one failed attempt, and can
 * be redelivered).
 */
final class WebhookPublisher implements EventSink {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookPublisher.class);
    /** The response of a dropped attempt. */
    private static final String DROPPED = "not sent: dropped by the emulator's fault switch";

    private final EmulatorStore store;
    private final WebhookDispatcher dispatcher;
    private final Supplier<WebhookFaults> faults;

    WebhookPublisher(EmulatorStore store, WebhookDispatcher dispatcher, Supplier<WebhookFaults> faults) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.faults = faults;
    }

    @Override
    public void publish(List<ResourceEvent> events) {
        WebhookFaults now = faults.get();
        Map<String, List<String>> batches = store.atomically(() -> record(events));
        if (now.drop()) {
            LOG.info("Not sending {} events (fault switch)", events.size());
            store.atomically(() -> {
                batches.values().forEach(eventIds -> eventIds.forEach(this::dropped));
                return null;
            });
            return;
        }
        batches.forEach((endpointId, eventIds) -> dispatcher.deliver(arrange(eventIds, now), now.delay()));
    }

    /**
     * Lists a dropped event's first attempt as Polar lists one that reached no endpoint: failed, no HTTP code, the
     * reason as its response; the event stays unsettled, as between Polar's retries (none follows here).
     */
    private void dropped(String eventId) {
        Instant at = store.clock().instant();
        WebhookEventState event = store.events().find(eventId).orElseThrow();
        store.deliveries().save(new DeliveryState(RandomIds.uuid(), at, event.endpointId(), eventId, event.type(), 1,
                0, DROPPED));
        store.events().save(event.attempted(null, null, at));
    }

    /** The new events' ids to send, by endpoint. */
    private Map<String, List<String>> record(List<ResourceEvent> events) {
        Instant at = store.clock().instant();
        List<String> payloads = events.stream().map(event -> envelope(event, at)).toList();
        Map<String, List<String>> batches = new LinkedHashMap<>();
        for (EndpointState endpoint : store.endpoints().all()) {
            for (int i = 0; i < events.size(); i++) {
                if (endpoint.wants(events.get(i).type())) {
                    WebhookEventState event = store.events().save(new WebhookEventState(RandomIds.uuid(), at, null,
                            endpoint.id(), events.get(i).type(), payloads.get(i), null, null, !endpoint.enabled()));
                    if (endpoint.enabled()) {
                        batches.computeIfAbsent(endpoint.id(), id -> new ArrayList<>()).add(event.id());
                    }
                }
            }
        }
        return batches;
    }

    private static List<String> arrange(List<String> eventIds, WebhookFaults faults) {
        List<String> batch = new ArrayList<>();
        for (String id : eventIds) {
            batch.add(id);
            if (faults.deliverTwice()) {
                batch.add(id);
            }
        }
        if (faults.outOfOrder()) {
            Collections.reverse(batch);
        }
        return batch;
    }

    /** Polar's envelope, compact. */
    private static String envelope(ResourceEvent event, Instant at) {
        ObjectNode envelope = JsonNodes.object().put("type", event.type()).put("timestamp", JsonNodes.time(at));
        envelope.set("data", event.data());
        try {
            return JsonNodes.MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.type(), e);
        }
    }
}

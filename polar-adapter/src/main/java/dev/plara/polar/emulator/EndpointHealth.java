package dev.plara.polar.emulator;

import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.EndpointState;
import dev.plara.polar.emulator.state.WebhookEventState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;

/** Disables an endpoint as Polar does once its 10 most recent events all failed for good. */
final class EndpointHealth {

    static final int FAILURES_TO_DISABLE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(EndpointHealth.class);

    private final EmulatorStore store;

    EndpointHealth(EmulatorStore store) {
        this.store = store;
    }

    /** An event to the endpoint with this id failed for good: disables the endpoint when its recent events all did. */
    void afterFailure(String endpointId) {
        List<WebhookEventState> recent = store.events().where(e -> e.endpointId().equals(endpointId) && !e.skipped())
                .stream().sorted(Comparator.comparing(WebhookEventState::createdAt).reversed())
                .limit(FAILURES_TO_DISABLE).toList();
        if (recent.size() == FAILURES_TO_DISABLE && recent.stream().allMatch(WebhookEventState::failedForGood)) {
            store.endpoints().find(endpointId).filter(EndpointState::enabled).ifPresent(endpoint -> {
                LOG.warn("Disabling webhook endpoint {}: its {} most recent events all failed", endpoint.url(),
                        FAILURES_TO_DISABLE);
                store.endpoints().save(endpoint.disabled(store.clock().instant()));
            });
        }
    }
}

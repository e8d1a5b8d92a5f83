package dev.plara.polar.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.JsonBodies;
import dev.plara.polar.emulator.state.CustomerSessionState;
import dev.plara.polar.emulator.state.CustomerState;
import dev.plara.polar.emulator.state.EmulatorStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Customer sessions: a token that opens the customer portal for one customer for an hour. */
public final class CustomerSessions {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final EmulatorStore store;
    private final CustomerDirectory customers;

    public CustomerSessions(EmulatorStore store, CustomerDirectory customers) {
        this.store = store;
        this.customers = customers;
    }

    /** {@code CustomerSessionCustomerExternalIDCreate} or {@code CustomerSessionCustomerIDCreate}, with a {@code return_url}. */
    public CustomerSessionState create(JsonNode body) {
        String externalId = JsonBodies.text(body.path("external_customer_id"));
        String customerId = JsonBodies.text(body.path("customer_id"));
        if (externalId == null && customerId == null) {
            throw ApiError.invalid(List.of("body", "external_customer_id"), "Field required", "missing", null);
        }
        CustomerState customer = (externalId != null ? customers.byExternalId(externalId)
                : store.customers().find(customerId)).orElseThrow(() -> ApiError.invalidBody(
                externalId != null ? "external_customer_id" : "customer_id", "Customer does not exist.",
                externalId != null ? externalId : customerId));
        Instant now = store.clock().instant();
        return store.sessions().save(new CustomerSessionState(RandomIds.uuid(), now, RandomIds.token("polar_cst_"),
                now.plus(LIFETIME), JsonBodies.text(body.path("return_url")), customer.id()));
    }

    /** The session of {@code token} while it is valid. */
    public Optional<CustomerSessionState> valid(String token) {
        Instant now = store.clock().instant();
        return token == null ? Optional.empty()
                : store.sessions().first(session -> session.token().equals(token) && session.validAt(now));
    }
}

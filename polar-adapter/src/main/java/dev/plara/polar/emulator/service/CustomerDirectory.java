package dev.plara.polar.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.JsonBodies;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.CustomerState;
import dev.plara.polar.emulator.state.EmulatorStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Polar's customers: made through {@code POST /v1/customers/} or at a first payment, found and updated by the id the
 * platform gave them ({@code external_id}, never changed once set), each email used by one customer only.
 */
public final class CustomerDirectory {

    static final String MISMATCH = "A customer with this external ID already exists but with a different email address.";

    private final EmulatorStore store;
    private final JsonRenderer renderer;
    private final EventSink events;

    public CustomerDirectory(EmulatorStore store, JsonRenderer renderer, EventSink events) {
        this.store = store;
        this.renderer = renderer;
        this.events = events;
    }

    /** {@code CustomerIndividualCreate}: {@code email} (required), {@code external_id}, {@code name}, {@code metadata}. */
    public CustomerState create(JsonNode body) {
        String email = JsonBodies.text(body.path("email"));
        if (email == null) {
            throw ApiError.invalid(List.of("body", "email"), "Field required", "missing", null);
        }
        String externalId = JsonBodies.text(body.path("external_id"));
        Map<String, Object> metadata = MetadataRules.check(body.path("metadata"));
        return store.atomically(() -> {
            checkEmailFree(EmailRules.check("email", email), null);
            if (externalId != null && byExternalId(externalId).isPresent()) {
                throw ApiError.invalidBody("external_id", "A customer with this external ID already exists.",
                        externalId);
            }
            return created(email, JsonBodies.text(body.path("name")), externalId, metadata);
        });
    }

    /** {@code CustomerUpdateExternalID}: the fields given ({@code email}, {@code name}, {@code metadata}) change. */
    public CustomerState updateByExternalId(String externalId, JsonNode body) {
        return store.atomically(() -> {
            CustomerState current = byExternalId(externalId).orElseThrow(ApiError::notFound);
            String email = body.has("email") ? JsonBodies.text(body.path("email")) : current.email();
            if (email == null) {
                throw ApiError.invalidBody("email", "The email address cannot be removed.", null);
            }
            checkEmailFree(EmailRules.check("email", email), current.id());
            String name = body.has("name") ? JsonBodies.text(body.path("name")) : current.name();
            Map<String, Object> metadata = body.has("metadata") ? MetadataRules.check(body.path("metadata"))
                    : current.metadata();
            CustomerState updated = store.customers().save(current.updated(email, name, metadata,
                    store.clock().instant()));
            events.publish(List.of(new ResourceEvent("customer.updated", renderer.customer(updated))));
            return updated;
        });
    }

    public Optional<CustomerState> byExternalId(String externalId) {
        return store.customers().first(customer -> externalId.equals(customer.externalId()));
    }

    /**
     * Refuses a checkout whose {@code external_customer_id} names a customer with another email than the checkout's,
     * with Polar's {@code CheckoutCustomerExternalIdMismatch} (422).
     */
    public void checkSameEmail(String externalId, String email) {
        if (externalId != null && email != null) {
            byExternalId(externalId).filter(found -> !EmailRules.same(found.email(), email))
                    .ifPresent(found -> {
                        throw mismatch();
                    });
        }
    }

    /**
     * The customer a payment is for, as Polar's checkout confirmation finds it: the one the checkout was linked to,
     * else the one with the payer's email (whose external id is left as it is), else a new one carrying the checkout's
     * external id; refused when that external id already belongs to a customer with another email.
     */
    public CustomerState forPayment(String linkedCustomerId, String email, String externalId, List<ResourceEvent> out) {
        if (linkedCustomerId != null) {
            return store.customers().find(linkedCustomerId).orElseThrow();
        }
        Optional<CustomerState> byEmail = store.customers().first(customer -> EmailRules.same(customer.email(), email));
        if (byEmail.isPresent()) {
            return byEmail.get();
        }
        if (externalId != null && byExternalId(externalId).isPresent()) {
            throw mismatch();
        }
        CustomerState made = save(email, null, externalId, Map.of());
        out.add(new ResourceEvent("customer.created", renderer.customer(made)));
        return made;
    }

    private CustomerState created(String email, String name, String externalId, Map<String, Object> metadata) {
        CustomerState made = save(email, name, externalId, metadata);
        events.publish(List.of(new ResourceEvent("customer.created", renderer.customer(made))));
        return made;
    }

    private CustomerState save(String email, String name, String externalId, Map<String, Object> metadata) {
        Instant now = store.clock().instant();
        return store.customers().save(new CustomerState(RandomIds.uuid(), now, null, email, name, externalId,
                metadata));
    }

    private void checkEmailFree(String email, String ownId) {
        if (store.customers().first(c -> EmailRules.same(c.email(), email) && !c.id().equals(ownId)).isPresent()) {
            throw ApiError.invalidBody("email", "A customer with this email address already exists.", email);
        }
    }

    static ApiError mismatch() {
        return ApiError.of(422, "CheckoutCustomerExternalIdMismatch", MISMATCH);
    }
}

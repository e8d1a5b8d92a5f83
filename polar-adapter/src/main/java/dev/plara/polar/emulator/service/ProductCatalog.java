package dev.plara.polar.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.JsonBodies;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.PriceState;
import dev.plara.polar.emulator.state.ProductState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates and updates products as {@code POST /v1/products/} and {@code PATCH /v1/products/{id}} do, announcing them
 * with {@code product.created} and {@code product.updated}. An update's {@code prices} lists the prices to keep
 * ({@code {"id": ...}}) and new ones; prices it leaves out are archived.
 */
public final class ProductCatalog {

    private static final Set<String> INTERVALS = Set.of("day", "week", "month", "year");

    private final EmulatorStore store;
    private final JsonRenderer renderer;
    private final EventSink events;

    public ProductCatalog(EmulatorStore store, JsonRenderer renderer, EventSink events) {
        this.store = store;
        this.renderer = renderer;
        this.events = events;
    }

    public ProductState create(JsonNode body) {
        String name = name(body.path("name"));
        String interval = JsonBodies.text(body.path("recurring_interval"));
        if (interval != null && !INTERVALS.contains(interval)) {
            throw ApiError.invalid(List.of("body", "recurring_interval"), "Input should be 'day', 'week', 'month' or "
                    + "'year'", "enum", interval);
        }
        String trial = interval == null ? null : JsonBodies.text(body.path("trial_interval"));
        Integer trialCount = trial == null ? null : body.path("trial_interval_count").asInt(1);
        Map<String, Object> metadata = MetadataRules.check(body.path("metadata"));
        Instant now = store.clock().instant();
        List<PriceState> prices = newPrices(body.path("prices"), List.of(), now);
        ProductState product = new ProductState(RandomIds.uuid(), now, null, name,
                JsonBodies.text(body.path("description")), interval, trial, trialCount,
                body.path("visibility").asText("public"), false, metadata, prices);
        return announce("product.created", store.products().save(product));
    }

    public ProductState update(String id, JsonNode body) {
        return store.atomically(() -> {
            ProductState current = store.products().find(id).orElseThrow(ApiError::notFound);
            if (body.hasNonNull("recurring_interval")
                    && !body.path("recurring_interval").asText().equals(current.recurringInterval())) {
                throw ApiError.invalidBody("recurring_interval", "Can only be set on legacy recurring products.",
                        body.path("recurring_interval").asText());
            }
            Instant now = store.clock().instant();
            String name = body.hasNonNull("name") ? name(body.path("name")) : current.name();
            String description = body.has("description") ? JsonBodies.text(body.path("description"))
                    : current.description();
            boolean archived = body.hasNonNull("is_archived") ? body.path("is_archived").asBoolean()
                    : current.archived();
            Map<String, Object> metadata = body.hasNonNull("metadata") ? MetadataRules.check(body.path("metadata"))
                    : current.metadata();
            List<PriceState> prices = body.hasNonNull("prices") ? newPrices(body.path("prices"), current.prices(), now)
                    : current.prices();
            return announce("product.updated", store.products().save(current.updated(name, description, archived,
                    metadata, prices, now)));
        });
    }

    private ProductState announce(String type, ProductState product) {
        events.publish(List.of(new ResourceEvent(type, renderer.product(product))));
        return product;
    }

    /** The prices {@code listed} keeps or makes; of {@code existing}, those it leaves out are archived. */
    private static List<PriceState> newPrices(JsonNode listed, List<PriceState> existing, Instant now) {
        if (!listed.isArray() || listed.isEmpty()) {
            throw ApiError.invalid(List.of("body", "prices"), "List should have at least 1 item", "too_short", listed);
        }
        List<String> kept = new ArrayList<>();
        List<PriceState> made = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            JsonNode price = listed.get(i);
            String keep = JsonBodies.text(price.path("id"));
            if (keep != null && existing.stream().noneMatch(old -> old.id().equals(keep))) {
                throw ApiError.invalid(List.of("body", "prices", i, "id"), "Price does not exist.", "value_error",
                        keep);
            }
            if (keep != null) {
                kept.add(keep);
            } else {
                made.add(PriceRules.create(price, i, now));
            }
        }
        List<PriceState> all = new ArrayList<>(existing.stream()
                .map(old -> kept.contains(old.id()) || old.archived() ? old : old.archivedAt(now)).toList());
        all.addAll(made);
        return all;
    }

    private static String name(JsonNode node) {
        String name = node.asText("");
        if (name.length() < 3 || name.length() > 64) {
            throw ApiError.invalid(List.of("body", "name"), "String should have 3 to 64 characters",
                    name.length() < 3 ? "string_too_short" : "string_too_long", name);
        }
        return name;
    }
}

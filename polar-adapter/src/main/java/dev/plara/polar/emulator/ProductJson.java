package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.model.PolarJson;

import java.time.Instant;

/** A seeded product and its price in the spec's {@code Product} and {@code ProductPrice} shapes. */
final class ProductJson {

    private ProductJson() {
    }

    static ObjectNode product(Seed.SeedProduct product, String organizationId, Instant createdAt) {
        ObjectNode node = JsonNodes.object()
                .put("id", product.id())
                .put("created_at", JsonNodes.time(createdAt))
                .put("name", product.name())
                .put("description", product.description())
                .put("visibility", "public")
                .put("recurring_interval", product.recurringInterval())
                .put("is_recurring", product.recurring())
                .put("is_archived", false)
                .put("organization_id", organizationId);
        JsonNodes.nulls(node, "modified_at", "trial_interval", "trial_interval_count", "meter_interval",
                "meter_interval_count");
        if (product.recurring()) {
            node.put("recurring_interval_count", 1);
        } else {
            node.putNull("recurring_interval_count");
        }
        node.set("metadata", PolarJson.mapper().valueToTree(product.metadata()));
        node.set("prices", JsonNodes.array().add(price(product, createdAt)));
        node.set("benefits", JsonNodes.array());
        node.set("medias", JsonNodes.array());
        node.set("attached_custom_fields", JsonNodes.array());
        return node;
    }

    static ObjectNode price(Seed.SeedProduct product, Instant createdAt) {
        Seed.SeedPrice price = product.price();
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(createdAt))
                .put("id", price.id())
                .put("source", "catalog")
                .put("amount_type", price.amountType())
                .put("price_currency", price.priceCurrency())
                .put("is_archived", false)
                .put("product_id", product.id());
        JsonNodes.nulls(node, "modified_at", "tax_behavior");
        if (price.custom()) {
            node.put("minimum_amount", price.minimumAmount())
                    .put("maximum_amount", price.maximumAmount())
                    .put("preset_amount", price.presetAmount());
        } else {
            node.put("price_amount", price.priceAmount());
        }
        return node;
    }
}

package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.PriceState;
import dev.plara.polar.emulator.state.ProductState;

/** A product and its prices in the spec's {@code Product} and {@code ProductPrice} shapes. */
final class ProductJson {

    private ProductJson() {
    }

    static ObjectNode product(ProductState product, String organizationId) {
        ObjectNode node = JsonNodes.object()
                .put("id", product.id())
                .put("created_at", JsonNodes.time(product.createdAt()))
                .put("modified_at", JsonNodes.time(product.modifiedAt()))
                .put("name", product.name())
                .put("description", product.description())
                .put("visibility", product.visibility())
                .put("recurring_interval", product.recurringInterval())
                .put("is_recurring", product.recurring())
                .put("is_archived", product.archived())
                .put("organization_id", organizationId)
                .put("trial_interval", product.trialInterval())
                .put("trial_interval_count", product.hasTrial() ? product.trialIntervalCount() : null)
                .put("recurring_interval_count", product.recurring() ? Integer.valueOf(1) : null);
        JsonNodes.nulls(node, "meter_interval", "meter_interval_count");
        node.set("metadata", JsonNodes.metadata(product.metadata()));
        node.set("prices", JsonNodes.array(product.prices().stream().map(price -> price(product, price)).toList()));
        node.set("benefits", JsonNodes.array());
        node.set("medias", JsonNodes.array());
        node.set("attached_custom_fields", JsonNodes.array());
        return node;
    }

    static ObjectNode price(ProductState product, PriceState price) {
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(price.createdAt()))
                .put("modified_at", JsonNodes.time(price.modifiedAt()))
                .put("id", price.id())
                .put("source", "catalog")
                .put("amount_type", price.amountType())
                .put("price_currency", price.priceCurrency())
                .put("tax_behavior", price.taxBehavior())
                .put("is_archived", price.archived())
                .put("product_id", product.id());
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

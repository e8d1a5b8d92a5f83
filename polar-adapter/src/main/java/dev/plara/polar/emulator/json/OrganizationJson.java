package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** The emulator's one organization in the spec's {@code Organization} shape, with Polar's default settings. */
final class OrganizationJson {

    static final String NAME = "Plara Demo";
    static final String SLUG = "plara-demo";

    private OrganizationJson() {
    }

    static ObjectNode organization(String id, Instant createdAt) {
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(createdAt))
                .put("id", id)
                .put("name", NAME)
                .put("slug", SLUG)
                .put("proration_behavior", "prorate")
                .put("allow_customer_updates", true)
                .put("status", "active")
                .put("sso_enforced", false)
                .put("default_presentment_currency", "usd")
                .put("default_tax_behavior", "location")
                .put("embed_hosts_enforced", false);
        JsonNodes.nulls(node, "modified_at", "avatar_url", "email", "website", "details_submitted_at",
                "onboarding_resubmission_requested_at", "account_id", "payout_account_id", "feature_settings");
        node.set("socials", JsonNodes.array());
        node.set("embed_hosts", JsonNodes.array());
        return settings(node);
    }

    /** Polar's defaults for a new organization. */
    private static ObjectNode settings(ObjectNode node) {
        node.set("subscription_settings", JsonNodes.object().put("allow_multiple_subscriptions", false)
                .put("proration_behavior", "prorate").put("benefit_revocation_grace_period", 0)
                .put("prevent_trial_abuse", false).put("allow_customer_updates", true));
        node.set("customer_email_settings", emailSettings());
        node.set("customer_portal_settings", JsonNodes.object()
                .<ObjectNode>set("usage", JsonNodes.object().put("show", true))
                .set("subscription", JsonNodes.object().put("update_seats", false).put("update_plan", true)));
        node.set("dispute_settings", JsonNodes.object().putNull("auto_accept_below_amount"));
        node.set("capabilities", JsonNodes.object().put("checkout_payments", true).put("subscription_renewals", true)
                .put("payouts", true).put("refunds", true).put("api_access", true).put("dashboard_access", true));
        return node;
    }

    private static ObjectNode emailSettings() {
        ObjectNode settings = JsonNodes.object();
        for (String name : new String[] {"order_confirmation", "payment_method_expiration_reminder",
                "subscription_cancellation", "subscription_confirmation", "subscription_cycled",
                "subscription_cycled_after_trial", "subscription_past_due", "subscription_paused",
                "subscription_resumed", "subscription_renewal_reminder", "subscription_revoked",
                "subscription_trial_conversion_reminder", "subscription_uncanceled", "subscription_updated"}) {
            settings.put(name, true);
        }
        return settings;
    }
}

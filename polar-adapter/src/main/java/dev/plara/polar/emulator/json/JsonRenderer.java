package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.CheckoutState;
import dev.plara.polar.emulator.state.CustomerSessionState;
import dev.plara.polar.emulator.state.CustomerState;
import dev.plara.polar.emulator.state.DeliveryState;
import dev.plara.polar.emulator.state.DisputeState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.EndpointState;
import dev.plara.polar.emulator.state.OrderState;
import dev.plara.polar.emulator.state.ProductState;
import dev.plara.polar.emulator.state.RefundState;
import dev.plara.polar.emulator.state.SubscriptionState;

/** Renders the emulator's state as Polar's JSON, looking up what each resource embeds. */
public final class JsonRenderer {

    private final EmulatorStore store;
    private final String baseUrl;
    private final String organizationId;

    public JsonRenderer(EmulatorStore store, String baseUrl, String organizationId) {
        this.store = store;
        this.baseUrl = baseUrl;
        this.organizationId = organizationId;
    }

    public String organizationId() {
        return organizationId;
    }

    public ObjectNode organization() {
        return OrganizationJson.organization(organizationId, store.products().all().get(0).createdAt());
    }

    public ObjectNode product(ProductState product) {
        return ProductJson.product(product, organizationId);
    }

    public ObjectNode checkout(CheckoutState checkout) {
        ProductState product = product(checkout.productId());
        ObjectNode price = ProductJson.price(product, product.prices().stream()
                .filter(p -> p.id().equals(checkout.priceId())).findFirst().orElse(product.price()));
        return CheckoutJson.checkout(checkout, product(product), price, organizationId, checkoutUrl(checkout.clientSecret()),
                store.clock().instant());
    }

    /** The hosted checkout page of the checkout with this client secret. */
    public String checkoutUrl(String clientSecret) {
        return baseUrl + "/checkout/" + clientSecret;
    }

    /** The customer portal page a session's token opens. */
    public String portalUrl(String token) {
        return baseUrl + "/portal?customer_session_token=" + token;
    }

    public ObjectNode order(OrderState order) {
        ObjectNode subscription = order.subscriptionId() == null ? null : store.subscriptions()
                .find(order.subscriptionId()).map(SubscriptionJson::embedded).orElse(null);
        return OrderJson.order(order, customer(order.customerId()), product(product(order.productId())),
                subscription);
    }

    public ObjectNode subscription(SubscriptionState subscription) {
        ProductState product = product(subscription.productId());
        return SubscriptionJson.subscription(subscription, customer(subscription.customerId()), product(product),
                ProductJson.price(product, product.price()));
    }

    public ObjectNode refund(RefundState refund) {
        ObjectNode dispute = refund.disputeId() == null ? null : store.disputes().find(refund.disputeId())
                .map(found -> DisputeJson.refundDispute(found, store.clock().instant())).orElse(null);
        return RefundJson.refund(refund, organizationId, dispute);
    }

    public ObjectNode dispute(DisputeState dispute) {
        return DisputeJson.dispute(dispute, customer(dispute.customerId()), store.clock().instant());
    }

    public ObjectNode customer(CustomerState customer) {
        return CustomerJson.customer(customer, organizationId);
    }

    public ObjectNode customerSession(CustomerSessionState session) {
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(session.createdAt()))
                .put("modified_at", JsonNodes.time(session.createdAt()))
                .put("id", session.id())
                .put("token", session.token())
                .put("expires_at", JsonNodes.time(session.expiresAt()))
                .put("return_url", session.returnUrl())
                .put("customer_portal_url", portalUrl(session.token()))
                .put("customer_id", session.customerId());
        node.set("customer", customer(session.customerId()));
        return node;
    }

    public ObjectNode endpoint(EndpointState endpoint) {
        return WebhookJson.endpoint(endpoint, organizationId);
    }

    public ObjectNode delivery(DeliveryState delivery) {
        return WebhookJson.delivery(delivery, store.events().find(delivery.eventId()).orElseThrow());
    }

    private ObjectNode customer(String customerId) {
        return customer(store.customers().find(customerId).orElseThrow());
    }

    private ProductState product(String productId) {
        return store.products().find(productId).orElseThrow();
    }
}

package dev.plara.polar.client;

import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarJson;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.model.PolarRefund;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Polar's API as Plara uses it: products, checkouts, orders and refunds here, and one client per further resource
 * ({@link #subscriptions()}, {@link #customers()}, {@link #products()}, {@link #organizations()},
 * {@link #webhooks()}, {@link #disputes()}), all over one connection setup. Listings are read across all pages.
 * Every failure is a {@link PolarApiException}.
 */
public final class PolarClient {

    private final Listings listings;
    private final SubscriptionsClient subscriptions;
    private final CustomersClient customers;
    private final ProductsClient products;
    private final OrganizationsClient organizations;
    private final WebhooksClient webhooks;
    private final DisputesClient disputes;

    public PolarClient(PolarClientConfig config) {
        this(config, PolarTransport.jdk(config.connectTimeout()));
    }

    public PolarClient(PolarClientConfig config, PolarTransport transport) {
        this.listings = new Listings(new PolarHttp(config, transport, PolarJson.mapper()));
        this.subscriptions = new SubscriptionsClient(listings);
        this.customers = new CustomersClient(listings);
        this.products = new ProductsClient(listings);
        this.organizations = new OrganizationsClient(listings);
        this.webhooks = new WebhooksClient(listings);
        this.disputes = new DisputesClient(listings);
    }

    public SubscriptionsClient subscriptions() {
        return subscriptions;
    }

    public CustomersClient customers() {
        return customers;
    }

    public ProductsClient products() {
        return products;
    }

    public OrganizationsClient organizations() {
        return organizations;
    }

    public WebhooksClient webhooks() {
        return webhooks;
    }

    public DisputesClient disputes() {
        return disputes;
    }

    /** Every product, or only those not archived. */
    public List<PolarProduct> listProducts(boolean includeArchived) {
        QueryString query = new QueryString().add("is_archived", includeArchived ? null : "false");
        return listings.all("/v1/products/", query, PolarProduct.class);
    }

    public PolarCheckout createCheckout(CheckoutCreate checkout) {
        return listings.http().post("/v1/checkouts/", checkout, listings.type(PolarCheckout.class));
    }

    public PolarCheckout getCheckout(String checkoutId) {
        return listings.get("/v1/checkouts/" + Listings.segment(checkoutId), PolarCheckout.class);
    }

    public PolarOrder getOrder(String orderId) {
        return listings.get("/v1/orders/" + Listings.segment(orderId), PolarOrder.class);
    }

    public List<PolarOrder> listOrders(OrderQuery query) {
        return listings.all("/v1/orders/", query.toQuery(), PolarOrder.class);
    }

    /**
     * Asks for a refund. Polar takes no idempotency key, so this is retried only when Polar surely did not act (a 429,
     * no connection); after a 5xx or a timeout the refund may exist: the exception says so
     * ({@link PolarApiException#mayHaveTakenEffect()}) and reconciliation finds it.
     */
    public PolarRefund createRefund(RefundCreate refund) {
        return listings.http().once("POST", "/v1/refunds/", refund, listings.type(PolarRefund.class));
    }

    /** The refunds of one order. */
    public List<PolarRefund> listRefunds(String orderId) {
        return listings.all("/v1/refunds/", new QueryString().add("order_id", orderId), PolarRefund.class);
    }

    /** Refunds matching {@code query} ({@link RefundQuery}), across all pages. */
    public List<PolarRefund> listRefunds(RefundQuery query) {
        return listings.all("/v1/refunds/", query.toQuery(), PolarRefund.class);
    }

    /** Succeeded refunds created at or after {@code since}, newest first, reading only as many pages as that takes. */
    public List<PolarRefund> listSucceededRefundsSince(Instant since) {
        return refundsSince(since, true);
    }

    /** Refunds of any status created at or after {@code since}, newest first, reading only as many pages as that takes. */
    public List<PolarRefund> listRefundsSince(Instant since) {
        return refundsSince(since, false);
    }

    private List<PolarRefund> refundsSince(Instant since, boolean succeededOnly) {
        QueryString query = new QueryString().add("succeeded", succeededOnly ? "true" : null)
                .add("sorting", "-created_at");
        Predicate<List<PolarRefund>> reachedSince = page -> !page.isEmpty()
                && page.get(page.size() - 1).createdAt().isBefore(since);
        return listings.until("/v1/refunds/", query, PolarRefund.class, reachedSince).stream()
                .filter(refund -> !refund.createdAt().isBefore(since))
                .toList();
    }
}

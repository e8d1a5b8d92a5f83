package dev.plara.polar.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarJson;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.model.PolarRefund;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Polar's API as Plara uses it: products, checkouts, orders and refunds. Listings are read across all pages. Every
 * failure is a {@link PolarApiException}.
 */
public final class PolarClient {

    private static final int PAGE_SIZE = 100;

    private final PolarHttp http;
    private final ObjectMapper json;

    public PolarClient(PolarClientConfig config) {
        this(config, PolarTransport.jdk(config.connectTimeout()));
    }

    public PolarClient(PolarClientConfig config, PolarTransport transport) {
        this.json = PolarJson.mapper();
        this.http = new PolarHttp(config, transport, json);
    }

    /** Every product, or only those not archived. */
    public List<PolarProduct> listProducts(boolean includeArchived) {
        QueryString query = new QueryString().add("is_archived", includeArchived ? null : "false");
        return allPages("/v1/products/", query, PolarProduct.class);
    }

    public PolarCheckout createCheckout(CheckoutCreate checkout) {
        return http.post("/v1/checkouts/", checkout, type(PolarCheckout.class));
    }

    public PolarCheckout getCheckout(String checkoutId) {
        return http.get("/v1/checkouts/" + segment(checkoutId), type(PolarCheckout.class));
    }

    public PolarOrder getOrder(String orderId) {
        return http.get("/v1/orders/" + segment(orderId), type(PolarOrder.class));
    }

    public List<PolarOrder> listOrders(OrderQuery query) {
        return allPages("/v1/orders/", query.toQuery(), PolarOrder.class);
    }

    /**
     * Asks for a refund. Polar takes no idempotency key, so this is retried only when Polar surely did not act (a 429,
     * no connection); after a 5xx or a timeout the refund may exist: the exception says so
     * ({@link PolarApiException#mayHaveTakenEffect()}) and reconciliation finds it.
     */
    public PolarRefund createRefund(RefundCreate refund) {
        return http.postOnce("/v1/refunds/", refund, type(PolarRefund.class));
    }

    /** The refunds of one order. */
    public List<PolarRefund> listRefunds(String orderId) {
        return allPages("/v1/refunds/", new QueryString().add("order_id", orderId), PolarRefund.class);
    }

    /** Succeeded refunds created at or after {@code since}, newest first, reading only as many pages as that takes. */
    public List<PolarRefund> listSucceededRefundsSince(Instant since) {
        QueryString query = new QueryString().add("succeeded", "true").add("sorting", "-created_at");
        Predicate<List<PolarRefund>> reachedSince = page -> !page.isEmpty()
                && page.get(page.size() - 1).createdAt().isBefore(since);
        return allPages("/v1/refunds/", query, PolarRefund.class, reachedSince).stream()
                .filter(refund -> !refund.createdAt().isBefore(since))
                .toList();
    }

    private <T> List<T> allPages(String path, QueryString filters, Class<T> itemType) {
        return allPages(path, filters, itemType, items -> false);
    }

    /** Reads pages until the last one, or until {@code enough} says a page reached far enough. */
    private <T> List<T> allPages(String path, QueryString filters, Class<T> itemType, Predicate<List<T>> enough) {
        JavaType pageType = json.getTypeFactory().constructParametricType(ListResource.class, itemType);
        List<T> items = new ArrayList<>();
        int maxPage = 1;
        for (int page = 1; page <= maxPage; page++) {
            QueryString query = filters.copy().add("page", String.valueOf(page)).add("limit", String.valueOf(PAGE_SIZE));
            ListResource<T> resource = http.get(query.after(path), pageType);
            items.addAll(resource.items());
            maxPage = resource.pagination() == null || enough.test(resource.items()) ? page
                    : resource.pagination().maxPage();
        }
        return items;
    }

    private JavaType type(Class<?> type) {
        return json.getTypeFactory().constructType(type);
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}

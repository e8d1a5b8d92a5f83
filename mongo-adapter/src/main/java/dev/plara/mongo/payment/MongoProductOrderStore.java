package dev.plara.mongo.payment;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.money.CurrencyMismatchException;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paid product orders in {@code product_orders}, one per order id. A refund adds to the refunded total in the same
 * atomic update that records its refund id, guarded by that id's absence, so each refund counts once. An order that
 * paid for what another already covered carries that order's id in {@code paidTwiceWith}. The end of the period an
 * order paid is kept to the nanosecond ({@code periodEnd}, {@code periodEndNanos}): it is compared with the period
 * ends Polar states to the microsecond. One an earlier version kept to the millisecond reads as the end of that
 * millisecond, so a state of the same period never looks like a later one.
 */
public final class MongoProductOrderStore implements ProductOrderStore {

    private final StoreCollection orders;

    public MongoProductOrderStore(StoreCollection orders) {
        this.orders = orders;
    }

    @Override
    public boolean save(ProductOrder o) {
        var document = new Document("_id", o.orderId())
                .append("owner", o.owner().value())
                .append("email", o.email())
                .append("productId", o.productId())
                .append("productName", o.productName())
                .append("amount", DocumentValues.money(o.amount()))
                .append("refunded", DocumentValues.money(o.refunded()))
                .append("refundIds", List.of())
                .append("paidAt", DocumentValues.date(o.paidAt()));
        DocumentValues.putIfPresent(document, "checkoutId", o.checkoutId());
        DocumentValues.putExactIfPresent(document, "periodEnd", o.periodEnd());
        return orders.insertIfAbsent(DocumentValues.putIfPresent(document, "subscriptionId", o.subscriptionId()));
    }

    @Override
    public Optional<ProductOrder> find(String orderId) {
        return Optional.ofNullable(orders.byId(orderId)).map(MongoProductOrderStore::fromDocument);
    }

    @Override
    public Optional<ProductOrder> byCheckout(String checkoutId) {
        return Optional.ofNullable(orders.first(Filters.eq("checkoutId", checkoutId)))
                .map(MongoProductOrderStore::fromDocument);
    }

    @Override
    public List<ProductOrder> ownedBy(UserId owner) {
        return orders.find(Filters.eq("owner", owner.value())).sort(Sorts.descending("paidAt", "_id"))
                .map(MongoProductOrderStore::fromDocument).into(new ArrayList<>());
    }

    @Override
    public Optional<ProductOrder> addRefund(String orderId, String refundId, Money amount) {
        var notYetCounted = DocumentValues.allOf(Filters.eq("_id", orderId), Filters.ne("refundIds", refundId),
                Filters.eq("refunded.currency", amount.currencyCode()));
        Document after = orders.findAndUpdate(notYetCounted,
                Updates.combine(Updates.inc("refunded.minor", amount.minor()), Updates.push("refundIds", refundId)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (after != null) {
            return Optional.of(fromDocument(after));
        }
        Optional<ProductOrder> order = find(orderId);
        order.filter(o -> !o.refunded().currency().equals(amount.currency())).ifPresent(o -> {
            throw new CurrencyMismatchException(o.refunded(), amount);
        });
        return order;
    }

    @Override
    public boolean markPaidTwice(String orderId, String alsoCoveredBy) {
        return orders.update(DocumentValues.allOf(Filters.eq("_id", orderId), Filters.exists("paidTwiceWith", false)),
                Updates.set("paidTwiceWith", alsoCoveredBy)).getModifiedCount() == 1;
    }

    @Override
    public List<Marked> paidTwice(int limit) {
        return orders.find(Filters.exists("paidTwiceWith")).sort(Sorts.descending("paidAt", "_id")).limit(limit)
                .map(d -> new Marked(d.getString("_id"), d.getString("paidTwiceWith"))).into(new ArrayList<>());
    }

    private static ProductOrder fromDocument(Document d) {
        return new ProductOrder(d.getString("_id"), d.getString("checkoutId"), new UserId(d.getString("owner")),
                d.getString("email"), d.getString("productId"), d.getString("productName"),
                DocumentValues.money(d.get("amount", Document.class)), d.getString("subscriptionId"),
                DocumentValues.money(d.get("refunded", Document.class)), DocumentValues.instant(d.getDate("paidAt")),
                DocumentValues.exactInstant(d, "periodEnd"));
    }
}

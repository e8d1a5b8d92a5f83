package dev.plara.mongo.payment;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.CheckoutStore;
import org.bson.Document;

import java.util.Optional;

/** Checkouts in {@code checkouts}, one document per checkout id; the first paid order attached stays. */
public final class MongoCheckoutStore implements CheckoutStore {

    private final StoreCollection checkouts;

    public MongoCheckoutStore(StoreCollection checkouts) {
        this.checkouts = checkouts;
    }

    @Override
    public void save(CheckoutRecord checkout) {
        checkouts.insertIfAbsent(toDocument(checkout));
    }

    @Override
    public void attachOrder(String checkoutId, String orderId) {
        checkouts.update(DocumentValues.allOf(Filters.eq("_id", checkoutId), Filters.exists("orderId", false)),
                Updates.set("orderId", orderId));
    }

    @Override
    public Optional<CheckoutRecord> find(String checkoutId) {
        return Optional.ofNullable(checkouts.byId(checkoutId))
                .map(MongoCheckoutStore::fromDocument);
    }

    private static Document toDocument(CheckoutRecord c) {
        var document = new Document("_id", c.checkoutId())
                .append("purpose", c.purpose().name())
                .append("user", c.user().value())
                .append("productId", c.productId())
                .append("amount", DocumentValues.money(c.amount()))
                .append("createdAt", DocumentValues.date(c.createdAt()));
        DocumentValues.putIfPresent(document, "email", c.email());
        return DocumentValues.putIfPresent(document, "orderId", c.orderId());
    }

    private static CheckoutRecord fromDocument(Document d) {
        return new CheckoutRecord(d.getString("_id"), CheckoutPurpose.valueOf(d.getString("purpose")),
                new UserId(d.getString("user")), d.getString("email"), d.getString("productId"),
                DocumentValues.money(d.get("amount", Document.class)), DocumentValues.instant(d.getDate("createdAt")),
                d.getString("orderId"));
    }
}

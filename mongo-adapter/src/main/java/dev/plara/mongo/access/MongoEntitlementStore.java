package dev.plara.mongo.access;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.EntitlementStore;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entitlements in {@code entitlements}, unique per user and item. A write is one upsert guarded by
 * {@code version < new}, after a look at the stored version: if an equal or newer one arrives in between, the upsert's
 * insert hits the unique index and nothing changes, and the look is taken again.
 */
public final class MongoEntitlementStore implements EntitlementStore {

    private final StoreCollection entitlements;

    public MongoEntitlementStore(StoreCollection entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public boolean putIfNewer(Entitlement entitlement) {
        var olderOrNone = DocumentValues.allOf(key(entitlement.user(), entitlement.item()),
                Filters.lt("version", entitlement.version()));
        while (!storedIsAtLeast(entitlement)) {
            try {
                entitlements.replace(olderOrNone, toDocument(entitlement), new ReplaceOptions().upsert(true));
                return true;
            } catch (MongoException e) {
                if (!StoreCollection.isDuplicateKey(e)) {
                    throw e;
                }
            }
        }
        return false;
    }

    /** Checked before writing, so that inside a transaction the upsert never fails on the unique index. */
    private boolean storedIsAtLeast(Entitlement entitlement) {
        return find(entitlement.user(), entitlement.item()).filter(s -> s.version() >= entitlement.version())
                .isPresent();
    }

    @Override
    public Optional<Entitlement> find(UserId user, ItemId item) {
        return Optional.ofNullable(entitlements.first(key(user, item))).map(MongoEntitlementStore::fromDocument);
    }

    @Override
    public List<Entitlement> of(UserId user) {
        return entitlements.find(Filters.eq("user", user.value())).sort(Sorts.ascending("item"))
                .map(MongoEntitlementStore::fromDocument).into(new ArrayList<>());
    }

    @Override
    public List<Entitlement> bySource(String sourceRef) {
        return entitlements.find(Filters.eq("sourceRef", sourceRef)).sort(Sorts.ascending("user", "item"))
                .map(MongoEntitlementStore::fromDocument).into(new ArrayList<>());
    }

    private static Bson key(UserId user, ItemId item) {
        return DocumentValues.allOf(Filters.eq("user", user.value()), Filters.eq("item", item.value()));
    }

    private static Document toDocument(Entitlement e) {
        var document = new Document("user", e.user().value())
                .append("item", e.item().value())
                .append("sourceRef", e.sourceRef())
                .append("status", e.status().name())
                .append("grantedAt", DocumentValues.date(e.grantedAt()))
                .append("version", e.version());
        return DocumentValues.putIfPresent(document, "validUntil", DocumentValues.date(e.validUntil()));
    }

    private static Entitlement fromDocument(Document d) {
        return new Entitlement(new UserId(d.getString("user")), new ItemId(d.getString("item")),
                d.getString("sourceRef"), GrantStatus.valueOf(d.getString("status")),
                DocumentValues.instant(d.getDate("grantedAt")), DocumentValues.instant(d.getDate("validUntil")),
                DocumentValues.longValue(d, "version"));
    }
}

package dev.plara.mongo.access;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.LegacyEntitlements;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/** The entitlements an older Plara kept in {@code entitlements} (one per user and item), read to become grants. */
public final class MongoLegacyEntitlements implements LegacyEntitlements {

    private final StoreCollection entitlements;

    public MongoLegacyEntitlements(StoreCollection entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public List<Entitlement> all() {
        return entitlements.find(Filters.empty()).sort(Sorts.ascending("user", "item"))
                .map(MongoLegacyEntitlements::fromDocument).into(new ArrayList<>());
    }

    private static Entitlement fromDocument(Document d) {
        return new Entitlement(new UserId(d.getString("user")), new ItemId(d.getString("item")),
                d.getString("sourceRef"), GrantStatus.valueOf(d.getString("status")),
                DocumentValues.instant(d.getDate("grantedAt")), DocumentValues.instant(d.getDate("validUntil")),
                DocumentValues.longValue(d, "version"));
    }
}

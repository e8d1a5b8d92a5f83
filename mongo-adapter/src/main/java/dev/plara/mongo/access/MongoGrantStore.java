package dev.plara.mongo.access;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.DuplicateKey;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.GrantStore;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Grants in {@code grants}, one document per source key ({@code _id}). A write is one upsert guarded by
 * {@code version < new}, after a look at the stored version: if an equal or newer one arrives in between, the upsert's
 * insert hits the {@code _id} and nothing changes, and the look is taken again; inside a transaction, which that
 * clash aborted, the whole unit of work is run again instead.
 */
public final class MongoGrantStore implements GrantStore {

    private final StoreCollection grants;

    public MongoGrantStore(StoreCollection grants) {
        this.grants = grants;
    }

    @Override
    public boolean upsertIfNewer(Grant grant) {
        var olderOrNone = DocumentValues.allOf(Filters.eq("_id", grant.source().key()),
                Filters.lt("version", grant.version()));
        while (!storedIsAtLeast(grant)) {
            try {
                grants.replace(olderOrNone, toDocument(grant), new ReplaceOptions().upsert(true));
                return true;
            } catch (MongoException e) {
                if (!DuplicateKey.refused(e)) {
                    throw e;
                }
                grants.rethrowInTransaction(e);
            }
        }
        return false;
    }

    /** Checked before writing, so that inside a transaction the upsert never fails on the unique key. */
    private boolean storedIsAtLeast(Grant grant) {
        return bySource(grant.source()).filter(stored -> stored.version() >= grant.version()).isPresent();
    }

    @Override
    public Optional<Grant> bySource(GrantSource source) {
        return Optional.ofNullable(grants.first(Filters.eq("_id", source.key()))).map(MongoGrantStore::fromDocument);
    }

    @Override
    public List<Grant> of(UserId user) {
        return grants.find(Filters.eq("user", user.value())).sort(Sorts.ascending("_id"))
                .map(MongoGrantStore::fromDocument).into(new ArrayList<>());
    }

    @Override
    public List<Grant> ofKind(GrantSource.Kind kind) {
        return grants.find(Filters.regex("_id", "^" + Pattern.quote(kind.prefix() + ":"))).sort(Sorts.ascending("_id"))
                .map(MongoGrantStore::fromDocument).into(new ArrayList<>());
    }

    private static Document toDocument(Grant grant) {
        var document = new Document("_id", grant.source().key())
                .append("user", grant.user().value())
                .append("unlocks", grant.unlocks().text())
                .append("soldAs", grant.soldAs().value())
                .append("title", grant.title())
                .append("status", grant.status().name())
                .append("validFrom", DocumentValues.date(grant.validFrom()))
                .append("version", grant.version());
        return DocumentValues.putIfPresent(document, "validUntil", DocumentValues.date(grant.validUntil()));
    }

    private static Grant fromDocument(Document d) {
        return new Grant(new UserId(d.getString("user")), Unlocks.parse(d.getString("unlocks")),
                GrantSource.ofKey(d.getString("_id")), new ItemId(d.getString("soldAs")), d.getString("title"),
                GrantStatus.valueOf(d.getString("status")), DocumentValues.instant(d.getDate("validFrom")),
                DocumentValues.instant(d.getDate("validUntil")), DocumentValues.longValue(d, "version"));
    }
}

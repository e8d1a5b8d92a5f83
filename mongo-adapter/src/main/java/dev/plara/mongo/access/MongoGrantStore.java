package dev.plara.mongo.access;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.DuplicateKey;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.access.AccessKeys;
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
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Grants in {@code grants}, one document per source key ({@code _id}). A write is one upsert guarded by
 * {@code version < new}: where an equal or newer one is stored, the upsert's insert hits the {@code _id} and nothing
 * changes, and a look at the stored version says whether to try again. Inside a transaction, which that clash would
 * abort, the look comes first, and a clash with one that arrived in between runs the whole unit of work again. Each
 * grant carries the keys it is filed under ({@code opens}), so that a question about one item reads only the grants
 * that can bear on it. The end of a grant is kept to the nanosecond ({@code validUntil}, {@code validUntilNanos}), as
 * the subscription states it stems from say it, so that a state sent again compares equal; one an earlier version kept
 * to the millisecond reads as the end of that millisecond, never ending access before the provider said.
 */
public final class MongoGrantStore implements GrantStore {

    /** The keys a grant is filed under ({@link AccessKeys#of}), an array indexed with {@code user}. */
    public static final String OPENS = "opens";

    private final StoreCollection grants;

    public MongoGrantStore(StoreCollection grants) {
        this.grants = grants;
    }

    @Override
    public boolean upsertIfNewer(Grant grant) {
        var olderOrNone = DocumentValues.allOf(Filters.eq("_id", grant.source().key()),
                Filters.lt("version", grant.version()));
        boolean look = grants.inTransaction();
        while (!look || !storedIsAtLeast(grant)) {
            try {
                grants.replace(olderOrNone, toDocument(grant), new ReplaceOptions().upsert(true));
                return true;
            } catch (MongoException e) {
                if (!DuplicateKey.refused(e)) {
                    throw e;
                }
                grants.rethrowInTransaction(e);
            }
            look = true;
        }
        return false;
    }

    /** Looked at first inside a transaction, so that the upsert never fails there on the unique key; else after it. */
    private boolean storedIsAtLeast(Grant grant) {
        return bySource(grant.source()).filter(stored -> stored.version() >= grant.version()).isPresent();
    }

    @Override
    public Optional<Grant> bySource(GrantSource source) {
        return Optional.ofNullable(grants.byId(source.key())).map(MongoGrantStore::fromDocument);
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

    /** Through the index {@code {user, opens}}: one read of all the keys, ordered by source. */
    @Override
    public List<Grant> filedUnder(UserId user, AccessKeys keys) {
        var found = new TreeMap<String, Document>();
        grants.find(DocumentValues.allOf(Filters.eq("user", user.value()), Filters.in(OPENS, keys.values())))
                .forEach(document -> found.putIfAbsent(document.getString("_id"), document));
        return found.values().stream().map(MongoGrantStore::fromDocument).toList();
    }

    /**
     * Files every grant an earlier Plara stored without its keys under them, from what the document itself says (a
     * grant rewritten meanwhile carries its keys and is left alone); answers how many it filed. Run at start, before
     * anything asks {@link #filedUnder}.
     */
    public long fileUnfiled() {
        long filed = 0;
        for (var document : grants.find(Filters.exists(OPENS, false)).into(new ArrayList<>())) {
            var unchanged = DocumentValues.allOf(Filters.eq("_id", document.get("_id")), Filters.exists(OPENS, false),
                    Filters.eq("unlocks", document.get("unlocks")), Filters.eq("soldAs", document.get("soldAs")));
            filed += grants.update(unchanged, Updates.set(OPENS, keysOf(fromDocument(document)))).getModifiedCount();
        }
        return filed;
    }

    private static List<String> keysOf(Grant grant) {
        return AccessKeys.of(grant).values().stream().sorted().toList();
    }

    private static Document toDocument(Grant grant) {
        var document = new Document("_id", grant.source().key())
                .append("user", grant.user().value())
                .append("unlocks", grant.unlocks().text())
                .append(OPENS, keysOf(grant))
                .append("soldAs", grant.soldAs().value())
                .append("title", grant.title())
                .append("status", grant.status().name())
                .append("validFrom", DocumentValues.date(grant.validFrom()))
                .append("version", grant.version());
        return DocumentValues.putExactIfPresent(document, "validUntil", grant.validUntil());
    }

    private static Grant fromDocument(Document d) {
        return new Grant(new UserId(d.getString("user")), Unlocks.parse(d.getString("unlocks")),
                GrantSource.ofKey(d.getString("_id")), new ItemId(d.getString("soldAs")), d.getString("title"),
                GrantStatus.valueOf(d.getString("status")), DocumentValues.instant(d.getDate("validFrom")),
                DocumentValues.exactInstant(d, "validUntil"), DocumentValues.longValue(d, "version"));
    }
}

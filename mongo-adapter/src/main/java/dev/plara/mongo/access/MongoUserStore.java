package dev.plara.mongo.access;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.port.out.UserStore;
import org.bson.Document;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users in {@code users}, one document per user id, replaced by each newer profile. That a user exists is kept in
 * memory once seen (users are never deleted), so crediting a known user's payment costs no lookup; profiles are always
 * read from the store, where another server may have changed them.
 */
public final class MongoUserStore implements UserStore {

    /** Enough for every active user of a large platform; past it the memory starts over. */
    private static final int MAX_KNOWN = 100_000;

    private final StoreCollection users;
    private final Set<UserId> known = ConcurrentHashMap.newKeySet();

    public MongoUserStore(StoreCollection users) {
        this.users = users;
    }

    @Override
    public void remember(UserProfile user) {
        var document = new Document("_id", user.id().value()).append("name", user.name());
        DocumentValues.putIfPresent(document, "email", user.email());
        users.replace(Filters.eq("_id", user.id().value()), document, new ReplaceOptions().upsert(true));
        know(user.id());
    }

    @Override
    public Optional<UserProfile> find(UserId id) {
        return Optional.ofNullable(users.byId(id.value()))
                .map(d -> new UserProfile(new UserId(d.getString("_id")), d.getString("email"), d.getString("name")));
    }

    @Override
    public boolean exists(UserId id) {
        if (known.contains(id)) {
            return true;
        }
        boolean found = users.find(Filters.eq("_id", id.value())).projection(Projections.include("_id")).first() != null;
        if (found) {
            know(id);
        }
        return found;
    }

    private void know(UserId id) {
        if (known.size() >= MAX_KNOWN) {
            known.clear();
        }
        known.add(id);
    }
}

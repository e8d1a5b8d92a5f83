package dev.plara.mongo.access;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.port.out.UserStore;
import org.bson.Document;

import java.util.Optional;

/** Users in {@code users}, one document per user id, replaced by each newer profile. */
public final class MongoUserStore implements UserStore {

    private final StoreCollection users;

    public MongoUserStore(StoreCollection users) {
        this.users = users;
    }

    @Override
    public void remember(UserProfile user) {
        var document = new Document("_id", user.id().value()).append("name", user.name());
        DocumentValues.putIfPresent(document, "email", user.email());
        users.replace(Filters.eq("_id", user.id().value()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<UserProfile> find(UserId id) {
        return Optional.ofNullable(users.first(Filters.eq("_id", id.value())))
                .map(d -> new UserProfile(new UserId(d.getString("_id")), d.getString("email"), d.getString("name")));
    }
}

package dev.plara.mongo.access;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.SyncedCustomerStore;
import org.bson.Document;

import java.util.Optional;

/** What each user's provider customer was last made to carry, in {@code synced_customers}, one document per user. */
public final class MongoSyncedCustomerStore implements SyncedCustomerStore {

    private final StoreCollection synced;

    public MongoSyncedCustomerStore(StoreCollection synced) {
        this.synced = synced;
    }

    @Override
    public Optional<CustomerDetails> find(UserId user) {
        return Optional.ofNullable(synced.byId(user.value()))
                .map(d -> new CustomerDetails(d.getString("email"), d.getString("name")));
    }

    @Override
    public void record(UserId user, CustomerDetails details) {
        var document = new Document("_id", user.value()).append("email", details.email()).append("name", details.name());
        synced.replace(Filters.eq("_id", user.value()), document, new ReplaceOptions().upsert(true));
    }
}

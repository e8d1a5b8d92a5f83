package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;

import java.nio.file.Path;
import java.util.function.Consumer;

/** The stores on a fresh embedded store, through a driver client whose commands a listener records. */
final class RecordedStores {

    static final UserId ANN = UserId.of("ann");

    private RecordedStores() {
    }

    /**
     * Runs {@code test} on the stores of a new embedded store in {@code dir}, Ann known to them, every command after
     * that reported to {@code listener} (and those before it too: clear what it recorded before the test's own).
     */
    static void withStores(Path dir, CommandListener listener, Consumer<MongoPlaraStores> test) {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(listener).build())) {
            var stores = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            stores.users().remember(new UserProfile(ANN, "ann@example.org", "Ann"));
            test.accept(stores);
        }
    }
}

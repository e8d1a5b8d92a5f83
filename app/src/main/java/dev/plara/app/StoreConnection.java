package dev.plara.app;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.plara.app.config.ConfigException;
import dev.plara.app.config.StoreConfig;
import dev.plara.http.ReadinessCheck;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.mongo.TransactionMode;
import dev.plara.store.EmbeddedMongo;
import org.bson.Document;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The MongoDB the stores live in: the one {@code MONGODB_URI} names, or the embedded file-backed server started here.
 * Either way Plara talks to it through the same driver and adapter. Opening it repairs what a crash left behind (the
 * embedded store rebuilds a reopened file's indexes itself, before it serves). Requests wait at most
 * {@link #READ_TIMEOUT} for an answer; start-up and the repair, on a client of their own, {@link
 * #MAINTENANCE_READ_TIMEOUT}.
 */
public final class StoreConnection implements AutoCloseable {

    /** How long a command waits for the store's answer unless the URI says otherwise ({@code socketTimeoutMS}). */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The same for start-up and its repair (their own client): building an index or scanning every ledger entry may
     * take far longer on a large store, and a start-up cut short would fail every time.
     */
    static final Duration MAINTENANCE_READ_TIMEOUT = Duration.ofMinutes(30);

    private final StoreConfig config;
    private final EmbeddedMongo embedded;
    private final MongoClient client;
    private final MongoClient maintenance;
    private final MongoPlaraStores stores;
    private final StoreRounds rounds;

    public StoreConnection(StoreConfig config) {
        this(config, READ_TIMEOUT, MAINTENANCE_READ_TIMEOUT);
    }

    StoreConnection(StoreConfig config, Duration readTimeout, Duration maintenanceReadTimeout) {
        this.config = config;
        this.rounds = new StoreRounds(config.roundBound());
        this.embedded = config.embedded() ? EmbeddedMongo.open(config.dataDir()) : null;
        var uri = embedded != null ? embedded.connectionString() : config.mongoUri().orElseThrow();
        this.client = MongoClients.create(settings(uri, readTimeout));
        this.maintenance = MongoClients.create(settings(uri, maintenanceReadTimeout));
        try {
            this.stores = MongoPlaraStores.connect(client, maintenance, config.database(),
                    TransactionMode.parse(config.transactions()), rounds);
        } catch (IllegalStateException refused) {
            close();
            throw new ConfigException("MONGODB_TRANSACTIONS", refused.getMessage());
        }
        stores.repair();
    }

    /**
     * The driver's settings for {@code uri}, waiting at most {@code readTimeout} for an answer when the URI sets no
     * timeout of its own: the driver's default is to wait forever, and a command that never returns would hold every
     * write sharing its command with it.
     */
    static MongoClientSettings settings(String uri, Duration readTimeout) {
        var connection = new ConnectionString(uri);
        var settings = MongoClientSettings.builder().applyConnectionString(connection);
        if (connection.getSocketTimeout() == null && connection.getTimeout() == null) {
            settings.applyToSocketSettings(socket -> socket.readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS));
        }
        return settings.build();
    }

    /** The rounds the commands of the threads serving requests are sent in. */
    public StoreRounds rounds() {
        return rounds;
    }

    public MongoPlaraStores stores() {
        return stores;
    }

    public ReadinessCheck readiness() {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return "store";
            }

            @Override
            public boolean ready() {
                try {
                    return client.getDatabase(config.database()).runCommand(new Document("ping", 1)).get("ok") != null;
                } catch (RuntimeException unreachable) {
                    return false;
                }
            }
        };
    }

    public String describe() {
        return config + (stores.transactional() ? " (transactions on)" : " (no transactions)");
    }

    @Override
    public void close() {
        client.close();
        maintenance.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}

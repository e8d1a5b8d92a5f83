package dev.plara.mongo.job;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.plara.mongo.collection.StoreCollections;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.transaction.SessionHolder;
import dev.plara.store.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server whose lease check reads a view from before another server's renewal (a lagging secondary, a primary that
 * has just been deposed) sees the lease run out; the take that follows must not win over the renewal, which keeps the
 * lease's term. Stood in for by a second database holding the lease as it was before the renewal.
 */
class StaleLeaseReadTest {

    private static final Duration SHORT = Duration.ofMillis(1);
    private static final Duration LONG = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private EmbeddedMongo store;
    private MongoClient client;

    @BeforeEach
    void open() {
        store = EmbeddedMongo.open(dir);
        client = MongoClients.create(store.connectionString());
    }

    @AfterEach
    void close() {
        client.close();
        store.close();
    }

    @Test
    void aTakeOnAViewFromBeforeARenewalDoesNotWin() throws InterruptedException {
        var live = new StoreCollections(client.getDatabase("plara"), new SessionHolder(), WriteObserver.NONE,
                StoreRounds.none());
        var serverA = new MongoJobLeases(live.named("job_leases"), live.onPrimary("job_leases"));
        var held = serverA.acquire("sweep", "server-a", SHORT, SHORT).orElseThrow();
        var behind = client.getDatabase("behind").getCollection("job_leases");
        behind.insertOne(live.onPrimary("job_leases").find(Filters.eq("_id", "sweep")).first());
        Thread.sleep(20);
        assertThat(serverA.renew(held, LONG)).as("server-a renews its lease").isTrue();

        var serverB = new MongoJobLeases(live.named("job_leases"), behind);

        assertThat(serverB.acquire("sweep", "server-b", SHORT, LONG)).as("taken over a renewal it did not see")
                .isEmpty();
        Document lease = live.onPrimary("job_leases").find(Filters.eq("_id", "sweep")).first();
        assertThat(lease.getString("holder")).isEqualTo("server-a");
        assertThat(serverA.renew(held, LONG)).as("server-a still holds it").isTrue();
    }
}

package dev.plara.mongo.collection;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dev.plara.mongo.transaction.SessionHolder;
import io.netty.channel.Channel;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write concern error (the writes were applied but not acknowledged as asked, e.g. not by a majority in time) on a
 * shared command reaches each of its callers as the one a write sent alone gets, and a caller's own refusal still wins
 * over it. mongo-java-server never reports one, so the server here is its backend answering every write with one.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SharedWriteConcernErrorsTest implements CommandListener {

    private final MongoServer server = new MongoServer(new UnacknowledgingBackend());
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString("mongodb://" + address())).addCommandListener(this).build());
    private final CountDownLatch firstInFlight = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private final AtomicInteger inserts = new AtomicInteger();
    private volatile boolean unacknowledged;

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void eachCallerOfASharedCommandGetsItsWriteConcernErrorUnlessItsOwnWriteWasRefused() throws Exception {
        var entries = new StoreCollection(client.getDatabase("plara").getCollection("entries"), new SessionHolder(),
                (collection, operation) -> { }, StoreRounds.none());
        entries.insert(new Document("_id", "held"));
        unacknowledged = true;
        var threads = Executors.newCachedThreadPool();
        var alone = CompletableFuture.supplyAsync(() -> entries.tryInsert(new Document("_id", "alone")), threads);
        firstInFlight.await(5, TimeUnit.SECONDS);
        var shared = List.of("a", "held", "b").stream().map(id -> CompletableFuture.supplyAsync(
                () -> entries.tryInsert(new Document("_id", id)), threads)).toList();
        Thread.sleep(300);
        releaseFirst.countDown();

        assertThat(failure(alone)).isInstanceOfSatisfying(MongoWriteConcernException.class,
                failure -> assertThat(failure.getWriteConcernError().getCode()).isEqualTo(64));
        for (var index : new int[] {0, 2}) {
            assertThat(failure(shared.get(index))).isInstanceOfSatisfying(MongoWriteConcernException.class,
                    failure -> assertThat(failure.getWriteConcernError().getMessage()).contains("replication"));
        }
        assertThat(shared.get(1).get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(inserts).as("insert commands").hasValue(2);
        threads.shutdownNow();
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (unacknowledged && event.getCommandName().equals("insert") && inserts.getAndIncrement() == 0) {
            firstInFlight.countDown();
            try {
                releaseFirst.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String address() {
        var bound = server.bind();
        return bound.getHostString() + ":" + bound.getPort();
    }

    private static Throwable failure(CompletableFuture<Boolean> call) throws Exception {
        try {
            return new AssertionError("answered " + call.get(5, TimeUnit.SECONDS));
        } catch (ExecutionException failed) {
            return failed.getCause();
        }
    }

    /** An in-memory backend whose every insert is applied and then reported as not acknowledged in time. */
    private final class UnacknowledgingBackend extends H2Backend {

        UnacknowledgingBackend() {
            super(MVStore.open(null));
        }

        @Override
        public de.bwaldvogel.mongo.bson.Document handleCommand(Channel channel, String database, String command,
                                                               de.bwaldvogel.mongo.bson.Document query) {
            var answer = super.handleCommand(channel, database, command, query);
            if (unacknowledged && command.equals("insert")) {
                answer.put("writeConcernError", new de.bwaldvogel.mongo.bson.Document("code", 64)
                        .append("codeName", "WriteConcernFailed")
                        .append("errmsg", "waiting for replication timed out"));
            }
            return answer;
        }
    }
}

package dev.plara.store;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several clients creating the same collection at once, as servers started together on a fresh store do: exactly one
 * creates it and every other is answered NamespaceExists (48), as MongoDB answers, never another error.
 */
class ConcurrentCreateCollectionTest {

    private static final int NAMESPACE_EXISTS = 48;
    private static final int CLIENTS = 4;
    private static final int ROUNDS = 40;

    @TempDir
    Path data;

    @Test
    @Timeout(120)
    void exactlyOneClientCreatesACollectionAndTheOthersAreToldItExists() throws Exception {
        try (var store = EmbeddedMongo.open(data)) {
            var clients = new ArrayList<MongoClient>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(MongoClients.create(store.connectionString()));
            }
            var created = new AtomicInteger();
            var otherErrors = new CopyOnWriteArrayList<String>();
            var together = new CyclicBarrier(CLIENTS);
            var creators = new ArrayList<Callable<Void>>();
            for (var client : clients) {
                creators.add(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        together.await();
                        try {
                            client.getDatabase("plara_multi").createCollection("users_" + round);
                            created.incrementAndGet();
                        } catch (MongoCommandException refused) {
                            if (refused.getErrorCode() != NAMESPACE_EXISTS) {
                                otherErrors.add(refused.getErrorCode() + " " + refused.getErrorMessage());
                            }
                        }
                    }
                    return null;
                });
            }
            runAll(creators);
            clients.forEach(MongoClient::close);

            assertThat(otherErrors).as("answers other than NamespaceExists").isEmpty();
            assertThat(created).as("collections created, one per round").hasValue(ROUNDS);
        }
    }

    private static void runAll(List<Callable<Void>> tasks) throws Exception {
        var pool = Executors.newFixedThreadPool(tasks.size());
        try {
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}

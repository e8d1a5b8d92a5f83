package dev.plara.mongo.collection;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.mongo.transaction.SessionHolder;
import dev.plara.store.EmbeddedMongo;
import org.bson.BsonDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded store over the real wire, with a driver listening to every write command and read of one field's values
 * sent to it: how many writes (or values asked for) each carried and its write concern. Runs calls released together
 * at one barrier, holding the first of those commands in flight until every caller has made its call, so that the
 * others arrive while it is, as under load.
 */
final class SharedCommands implements CommandListener, AutoCloseable {

    /** One write command sent: its name, how many writes it carried, and the write concern it asked for. */
    record Sent(String name, int writes, BsonDocument writeConcern) {
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    /** Every command sent, whatever it carried. */
    final List<BsonDocument> commands = new CopyOnWriteArrayList<>();
    final AtomicInteger observed = new AtomicInteger();
    private final EmbeddedMongo store;
    private final MongoClient client;
    private volatile CountDownLatch calling = new CountDownLatch(0);
    private volatile boolean stopped;
    private volatile Runnable onSecondCommand = () -> {
    };

    SharedCommands(Path data) {
        this.store = EmbeddedMongo.open(data);
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString())).addCommandListener(this)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS)).build());
    }

    StoreCollection collection(String name) {
        return new StoreCollection(client.getDatabase("plara").getCollection(name), new SessionHolder(),
                (collection, operation) -> observed.incrementAndGet(), StoreRounds.none());
    }

    /** Stops the store as the second write command of the next run starts: the shared one fails as a whole. */
    void stopStoreOnSecondCommand() {
        onSecondCommand = () -> {
            stopped = true;
            store.close();
        };
    }

    /** Runs each call on a thread of its own, all released together; answers each call's outcome, by index. */
    List<Object> together(List<Callable<?>> calls) throws Exception {
        sent.clear();
        commands.clear();
        observed.set(0);
        calling = new CountDownLatch(calls.size());
        var barrier = new CyclicBarrier(calls.size());
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            var futures = new ArrayList<Future<Object>>();
            for (var call : calls) {
                futures.add(threads.submit(() -> {
                    barrier.await();
                    calling.countDown();
                    try {
                        return call.call();
                    } catch (RuntimeException failure) {
                        return failure;
                    }
                }));
            }
            var outcomes = new ArrayList<Object>();
            for (var future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        var command = event.getCommand();
        commands.add(command.clone());
        int writes = command.containsKey("documents") ? command.getArray("documents").size()
                : command.containsKey("updates") ? command.getArray("updates").size() : readsIn(command);
        if (writes == 0) {
            return;
        }
        sent.add(new Sent(event.getCommandName(), writes, command.getDocument("writeConcern", null)));
        if (sent.size() == 1) {
            holdUntilEveryCallerCalled();
        } else if (sent.size() == 2) {
            onSecondCommand.run();
        }
    }

    /**
     * How many values a {@code find} on one field asks for: one, or each of its {@code $in}; 0 for other commands and
     * for a find on several fields or none.
     */
    private static int readsIn(BsonDocument command) {
        if (!command.containsKey("find") || !command.containsKey("filter")
                || command.getDocument("filter").size() != 1) {
            return 0;
        }
        var value = command.getDocument("filter").values().iterator().next();
        return value.isDocument() && value.asDocument().containsKey("$in") ? value.asDocument().getArray("$in").size()
                : 1;
    }

    private void holdUntilEveryCallerCalled() {
        try {
            calling.await(10, TimeUnit.SECONDS);
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int writesSent() {
        return sent.stream().mapToInt(Sent::writes).sum();
    }

    @Override
    public void close() {
        client.close();
        if (!stopped) {
            store.close();
        }
    }
}

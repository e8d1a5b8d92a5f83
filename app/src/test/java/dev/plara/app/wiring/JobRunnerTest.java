package dev.plara.app.wiring;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.mongo.TransactionMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three servers' job runners on one store, each with a driver client of its own: a job runs once per interval across
 * them, never two runs at once, and a run longer than its lease keeps its job by renewing it.
 */
@Timeout(60)
class JobRunnerTest {

    private static final int RUNNERS = 3;

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
    private final List<MongoClient> clients = new ArrayList<>();
    private final List<JobRunner> runners = new ArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger overlaps = new AtomicInteger();
    private final Map<String, AtomicInteger> runsByServer = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        runners.forEach(JobRunner::close);
        clients.forEach(MongoClient::close);
        server.shutdownNow();
    }

    @Test
    void aJobRunsOncePerIntervalAcrossThreeServers() throws InterruptedException {
        var interval = Duration.ofMillis(300);
        var began = System.nanoTime();
        startRunners(Duration.ofSeconds(5), interval, Duration.ofMillis(20));
        Thread.sleep(4_500);
        runners.forEach(JobRunner::close);
        long elapsed = (System.nanoTime() - began) / 1_000_000;

        long runs = stores().operations().jobLeases().runs("job");
        long expected = elapsed / interval.toMillis();
        System.out.printf("%d runs in %d ms at one per %d ms (%s)%n", runs, elapsed, interval.toMillis(), runsByServer);
        // Runs keep to slots of the interval counted from the epoch, so the window can meet a sliver of a slot at
        // each end: at most expected + 2 runs (three servers each running on their own would be about 3 x expected).
        assertThat(runs).as("runs in %d ms", elapsed).isBetween(expected - 3, expected + 2);
        assertThat(runsByServer.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo((int) runs);
        assertThat(overlaps).as("runs at once").hasValue(0);
    }

    @Test
    void aRunLongerThanItsLeaseKeepsItsJobByRenewingIt() throws InterruptedException {
        startRunners(Duration.ofMillis(600), Duration.ofMillis(50), Duration.ofMillis(1_500));
        Thread.sleep(4_000);
        runners.forEach(JobRunner::close);

        assertThat(stores().operations().jobLeases().runs("job")).as("runs of 1.5 s each in 4 s").isBetween(2L, 3L);
        assertThat(overlaps).as("runs at once").hasValue(0);
    }

    private void startRunners(Duration lease, Duration interval, Duration runTime) {
        for (int i = 0; i < RUNNERS; i++) {
            var name = "server-" + i;
            var runner = new JobRunner(stores().operations().jobLeases(), name, lease);
            runners.add(runner.every(interval, Duration.ZERO, "job", job(name, runTime), ran -> false));
        }
    }

    private Supplier<Integer> job(String server, Duration runTime) {
        return () -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            runsByServer.computeIfAbsent(server, s -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(runTime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return 0;
        };
    }

    private MongoPlaraStores stores() {
        var client = MongoClients.create(uri);
        clients.add(client);
        return MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
    }
}

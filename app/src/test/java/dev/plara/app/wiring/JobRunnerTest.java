package dev.plara.app.wiring;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.mongo.TransactionMode;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.job.JobLease;
import dev.plara.wallet.core.port.out.JobLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three servers' job runners on one store, each with a driver client of its own: a job runs once per interval across
 * them (each run in a slot of its own by the store's clock, and in at least half of the slots its runs span), never two
 * runs at once, and a run longer than its lease keeps its job by renewing it. The tests wait for a number of runs or
 * renewals (with a generous bound), never for a stretch of time; only a stall of a whole second, at every other
 * slot, could fail the first one on a loaded machine.
 */
@Timeout(180)
class JobRunnerTest {

    private static final int RUNNERS = 3;
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
    private final List<MongoClient> clients = new ArrayList<>();
    private final List<JobRunner> runners = new ArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger overlaps = new AtomicInteger();
    private final AtomicInteger renewed = new AtomicInteger();
    /** Per run, what the job noted: the store's slot it started in, or the renewals it outlasted. */
    private final List<Long> runs = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        runners.forEach(JobRunner::close);
        clients.forEach(MongoClient::close);
        server.shutdownNow();
    }

    @Test
    void aJobRunsOncePerIntervalAcrossThreeServers() {
        var interval = Duration.ofSeconds(1); // a stall of a whole interval is rare even on a loaded machine
        var leases = client().getDatabase("plara").getCollection(MongoSchema.JOB_LEASES);
        startRunners(Duration.ofSeconds(5), interval, () -> {
            var started = leases.find(Filters.eq("_id", "job")).first().getDate("startedAt").getTime();
            return started / interval.toMillis(); // slots are counted from the epoch on the store's clock
        });
        await().atMost(GENEROUS).until(() -> runs.size() >= 12);
        runners.forEach(JobRunner::close);

        System.out.printf("%d runs in slots %s%n", runs.size(), runs);
        assertThat(runs).as("the store's slots the runs started in").doesNotHaveDuplicates();
        assertThat(runs.get(runs.size() - 1) - runs.get(0) + 1).as("slots spanned by %s: a run in most of them", runs)
                .isLessThanOrEqualTo(2L * runs.size());
        assertThat(stores().operations().jobLeases().runs("job")).isEqualTo(runs.size());
        assertThat(overlaps).as("runs at once").hasValue(0);
    }

    @Test
    void aRunLongerThanItsLeaseKeepsItsJobByRenewingIt() {
        var lease = Duration.ofSeconds(3); // renewed each second, so a renewal may come two seconds late
        startRunners(lease, Duration.ofMillis(50), () -> {
            int outlast = renewed.get() + 4; // four renewals, 4 s at least: longer than the lease
            await().atMost(GENEROUS).until(() -> renewed.get() >= outlast);
            return (long) renewed.get() - outlast + 4;
        });
        await().atMost(GENEROUS).until(() -> runs.size() >= 2);
        runners.forEach(JobRunner::close);

        assertThat(runs).as("renewals each run outlasted").allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
        assertThat(overlaps).as("runs at once").hasValue(0);
    }

    private void startRunners(Duration lease, Duration interval, Supplier<Long> work) {
        for (int i = 0; i < RUNNERS; i++) {
            var runner = new JobRunner(counting(stores().operations().jobLeases()), "server-" + i, lease);
            runners.add(runner.every(interval, Duration.ZERO, "job", job(work), ran -> false));
        }
    }

    /** The job: notes whether another run is going, does {@code work} and records what it answers. */
    private Supplier<Integer> job(Supplier<Long> work) {
        return () -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                runs.add(work.get());
            } finally {
                running.decrementAndGet();
            }
            return 0;
        };
    }

    /** {@code leases}, counting the renewals that kept a lease in {@link #renewed}. */
    private JobLeases counting(JobLeases leases) {
        return new JobLeases() {
            @Override
            public Optional<JobLease> acquire(String job, String holder, Duration interval, Duration lease) {
                return leases.acquire(job, holder, interval, lease);
            }

            @Override
            public boolean renew(JobLease held, Duration lease) {
                boolean kept = leases.renew(held, lease);
                if (kept) {
                    renewed.incrementAndGet();
                }
                return kept;
            }

            @Override
            public void release(JobLease held) {
                leases.release(held);
            }

            @Override
            public long runs(String job) {
                return leases.runs(job);
            }
        };
    }

    private MongoClient client() {
        var client = MongoClients.create(uri);
        clients.add(client);
        return client;
    }

    private MongoPlaraStores stores() {
        return MongoPlaraStores.connect(client(), "plara", TransactionMode.AUTO);
    }
}

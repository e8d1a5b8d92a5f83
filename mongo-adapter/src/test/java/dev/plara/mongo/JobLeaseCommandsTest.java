package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.port.out.JobLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a server checks each of its jobs a few times per interval, forever, also when idle; a check that finds the
 * job not due (another server holds it, or its slot has not begun) writes nothing, so an idle store forces no journal
 * for it, and a run writes its take, each renewal and its release once each. Counted over the wire on the embedded
 * store.
 */
class JobLeaseCommandsTest {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");
    private static final Duration LONG = Duration.ofMinutes(5);
    private static final int CHECKS = 20;

    @TempDir
    Path dir;

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private EmbeddedMongo store;
    private MongoClient client;
    private JobLeases leases;

    @BeforeEach
    void open() {
        store = EmbeddedMongo.open(dir);
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(CollectionCommands.into(sent)).build());
        leases = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO).operations().jobLeases();
    }

    @AfterEach
    void close() {
        client.close();
        store.close();
    }

    @Test
    void checksOfAJobNotDueWriteNothing() {
        var held = leases.acquire("outbox", "server-a", LONG, LONG).orElseThrow();

        sent.clear();
        for (int i = 0; i < CHECKS; i++) {
            assertThat(leases.acquire("outbox", "server-b", LONG, LONG)).as("held by server-a").isEmpty();
        }
        leases.release(held);
        for (int i = 0; i < CHECKS; i++) {
            assertThat(leases.acquire("outbox", "server-b", LONG, LONG)).as("its next slot not begun").isEmpty();
        }

        System.out.printf("%d checks and a release sent %s%n", 2 * CHECKS, sent);
        assertThat(writes()).as("the writes of %d checks and a release", 2 * CHECKS)
                .containsExactly("update job_leases");
        assertThat(sent).as("one command per check").hasSize(2 * CHECKS + 1);
    }

    @Test
    void aRunWritesItsTakeEachRenewalAndItsReleaseOnce() {
        leases.release(leases.acquire("sweep", "server-a", Duration.ofMillis(1), LONG).orElseThrow());

        sent.clear();
        var held = leases.acquire("sweep", "server-b", Duration.ofMillis(1), LONG).orElseThrow();
        assertThat(writes()).as("the take").hasSize(1);
        assertThat(leases.renew(held, LONG)).isTrue();
        assertThat(writes()).as("the take and a renewal").hasSize(2);
        leases.release(held);

        System.out.printf("a run with one renewal sent %s%n", sent);
        assertThat(writes()).as("take, renewal, release").containsOnly("update job_leases").hasSize(3);
    }

    private List<String> writes() {
        return sent.stream().filter(command -> WRITES.contains(command.substring(0, command.indexOf(' ')))).toList();
    }
}

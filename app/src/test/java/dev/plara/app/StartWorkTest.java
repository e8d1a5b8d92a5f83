package dev.plara.app;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import dev.plara.app.config.AppConfig;
import dev.plara.app.wiring.PlaraApplication;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import io.netty.channel.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: what a start does before its server listens, counted on the store. The sweep of interrupted work (bank
 * deposit reviews, unsettled entries, orphan receipts) is left to its background job, which this server first asks
 * for 5 s after its start, so the first {@code /health} does not wait for it.
 */
@Timeout(120)
class StartWorkTest {

    private static final Set<String> READS = Set.of("find", "aggregate", "count");

    @TempDir
    Path workingDirectory;

    private final List<String> reads = new CopyOnWriteArrayList<>();
    private List<String> readBeforeTheStartReturned;
    private MongoServer mongo;
    private PolarEmulator emulator;
    private PlaraApplication app;

    @BeforeEach
    void start() {
        mongo = new MongoServer(new MemoryBackend() {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                if (READS.contains(command)) {
                    reads.add(String.valueOf(query.get(command)));
                }
                return super.handleCommand(channel, database, command, query);
            }
        });
        var env = ProductionEnvironment.against(emulator = PolarEmulator.start(EmulatorConfig.forTests()), 0);
        env.put("MONGODB_URI", "mongodb://127.0.0.1:" + mongo.bind().getPort());
        app = PlaraApplication.start(AppConfig.from(env, workingDirectory));
        readBeforeTheStartReturned = List.copyOf(reads);
    }

    @AfterEach
    void stop() {
        app.close();
        emulator.close();
        mongo.shutdownNow();
    }

    @Test
    void aStartReadsOnlyWhatItMustBeforeItServesTheSweepJobFinishesInterruptedWorkAfterIt() {
        assertThat(readBeforeTheStartReturned).as("collections read before the start returned (11 reads on main)")
                .doesNotContain(MongoSchema.BANK_DEPOSITS)
                .containsExactlyInAnyOrder(MongoSchema.GRANTS, MongoSchema.LEDGER_ENTRIES, MongoSchema.WALLETS,
                        MongoSchema.ENTITLEMENTS);
    }
}

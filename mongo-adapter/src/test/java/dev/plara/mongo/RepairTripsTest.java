package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.plara.mongo.CoreOnMongo.T0;
import static dev.plara.wallet.core.port.out.Overdraft.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background repair reads only the wallets an unsettled entry names (and those opened for a first entry), not
 * every wallet as the repair at start does, and still catches up a cache a crash left behind, counted over the wire.
 */
class RepairTripsTest {

    private static final int WALLETS = 40;

    @TempDir
    Path dir;

    private final AtomicInteger commands = new AtomicInteger();

    @Test
    void theBackgroundRepairReadsTheWalletsOfUnsettledEntriesAloneAndCatchesTheirCachesUp() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(counter()).build())) {
            var stores = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            for (int i = 0; i < WALLETS; i++) {
                stores.ledger().append(Entries.cardCredit("u" + i, "o" + i, Money.usd(5_00), T0), FORBIDDEN);
                stores.ledger().markSettled(IdempotencyKey.polarOrder("o" + i));
            }
            for (int late = 2; late <= 8; late++) {
                stores.ledger().append(Entries.cardCredit("u0", "late" + late, Money.usd(1_00), T0), FORBIDDEN);
            }
            var u0 = Account.wallet(UserId.of("u0"), Money.usd(0).currency());
            // the cache's move at u0's eighth entry lost in a crash: it stands at the first
            var wallets = client.getDatabase("plara").getCollection(MongoSchema.WALLETS);
            wallets.updateOne(Filters.eq("_id", u0.toString()),
                    Updates.combine(Updates.set("seq", 1L), Updates.set("balance", 5_00L)));

            commands.set(0);
            assertThat(stores.repairUnsettled()).isEqualTo(1);
            int background = commands.getAndSet(0);
            assertThat(stores.repair()).isZero();
            int atStart = commands.get();

            var cache = wallets.find(Filters.eq("_id", u0.toString())).first();
            assertThat(cache.get("seq", Number.class).longValue()).as("the raw cache's sequence").isEqualTo(8L);
            assertThat(cache.get("balance", Number.class).longValue()).as("the raw cache's balance").isEqualTo(12_00L);
            assertThat(background).as("commands of the background repair").isLessThanOrEqualTo(8);
            assertThat(atStart).as("commands of the repair at start, which reads every wallet").isGreaterThan(WALLETS);
        }
    }

    private CommandListener counter() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.incrementAndGet();
            }
        };
    }
}

package dev.plara.mongo;

import com.mongodb.client.MongoClients;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.Entries;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.plara.mongo.CoreOnMongo.T0;
import static dev.plara.wallet.core.port.out.Overdraft.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweeper's unsettled entries and the repair of their wallets are read through the index of unsettled entries,
 * on the embedded store as on MongoDB (a sparse index): neither reads every entry of the ledger, which the store's
 * {@code serverStatus} would list as a collection scan.
 */
class UnsettledEntriesReadTest {

    @TempDir
    Path dir;

    @Test
    void theUnsettledEntriesAreReadThroughTheirIndex() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var stores = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            for (int i = 0; i < 5; i++) {
                stores.ledger().append(Entries.cardCredit("u" + i, "o" + i, Money.usd(5_00), T0), FORBIDDEN);
            }

            assertThat(stores.ledger().unsettled(10)).hasSize(5);
            stores.repairUnsettled();

            var scans = client.getDatabase("admin").runCommand(new Document("serverStatus", 1))
                    .get("metrics", Document.class).get("queryExecutor", Document.class)
                    .get("collectionScans", Document.class).getList("shapes", Document.class);
            assertThat(scans).filteredOn(scan -> "plara.ledger_entries".equals(scan.get("ns"))).isEmpty();
        }
    }
}

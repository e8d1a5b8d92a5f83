package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.plara.mongo.CoreOnMongo.T0;
import static dev.plara.wallet.core.port.out.Overdraft.ALLOWED;
import static dev.plara.wallet.core.port.out.Overdraft.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's overdrawn wallets: read from the raw caches, confirming against the entries only those below zero (an
 * entry below zero always moves its wallet's cache), counted over the wire.
 */
class OverdrawnListingTest {

    private static final int WALLETS = 12;

    @TempDir
    Path dir;

    private final List<String> commands = new CopyOnWriteArrayList<>();

    @Test
    void theListingReadsTheCachesAndTheEntriesOfOnlyTheWalletsWhoseCacheIsBelowZero() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(CollectionCommands.into(commands)).build())) {
            var stores = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            for (int i = 0; i < WALLETS; i++) {
                stores.ledger().append(Entries.cardCredit("u" + i, "o" + i, Money.usd(5_00), T0), FORBIDDEN);
            }
            stores.ledger().append(Entries.refund("u0", "r0", Money.usd(8_00), T0), ALLOWED);
            stores.ledger().append(Entries.cardCredit("u0", "top-up-0", Money.usd(1_00), T0), FORBIDDEN);
            stores.ledger().append(Entries.refund("u1", "r1", Money.usd(8_00), T0), ALLOWED);
            stores.ledger().append(Entries.cardCredit("u1", "top-up-1", Money.usd(10_00), T0), FORBIDDEN);
            stores.ledger().append(Entries.refund("u2", "r2", Money.usd(9_00), T0), ALLOWED);
            var u2 = Account.wallet(UserId.of("u2"), Money.usd(0).currency());
            // the move at u2's refund lost in a crash: the entry stays unsettled, the background repair makes it
            client.getDatabase("plara").getCollection(MongoSchema.WALLETS).updateOne(Filters.eq("_id", u2.toString()),
                    Updates.combine(Updates.set("seq", 1L), Updates.set("balance", 5_00L)));
            stores.repairUnsettled();
            var core = CoreOnMongo.on(stores);
            commands.clear();

            var overdrawn = core.listOverdrawnWallets().overdrawn();

            assertThat(overdrawn).containsExactly(new WalletBalance(u2, Money.usd(-4_00), 2),
                    new WalletBalance(Account.wallet(UserId.of("u0"), Money.usd(0).currency()), Money.usd(-2_00), 3));
            assertThat(commands).as("the caches, then the entries of u0, u1 (back above zero) and u2")
                    .containsExactly("find wallets", "find ledger_entries", "find ledger_entries", "find ledger_entries");
        }
    }
}

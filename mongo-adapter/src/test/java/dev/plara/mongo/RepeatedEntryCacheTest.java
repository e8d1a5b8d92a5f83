package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.port.out.AppendResult;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import static dev.plara.mongo.CoreOnMongo.T0;
import static dev.plara.wallet.core.port.out.Overdraft.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repeated request is settled at once, so no repair looks at its wallet again: the repeat makes its entry's cache
 * move if that was due and lost, and never a cache update the store refuses (inside a transaction that would abort it).
 */
class RepeatedEntryCacheTest {

    private static final Account ANN = Account.wallet(UserId.of("ann"), Money.usd(0).currency());

    @TempDir
    Path dir;

    private final List<String> refused = new CopyOnWriteArrayList<>();

    @Test
    void aRepeatAfterACrashBeforeItsDueCacheMoveIsTheSameEffectAndMovesTheCache() {
        annWithEntries(8, (stores, wallets) -> {
            wallets.updateOne(Filters.eq("_id", ANN.toString()),
                    Updates.combine(Updates.set("seq", 1L), Updates.set("balance", 1_00L)));

            var repeat = stores.ledger().append(Entries.cardCredit("ann", "o8", Money.usd(1_00), T0), FORBIDDEN);

            assertThat(repeat).isInstanceOf(AppendResult.AlreadyApplied.class);
            assertThat(wallets.find(Filters.eq("_id", ANN.toString())).first()).as("the raw cache")
                    .containsEntry("seq", 8L).containsEntry("balance", 8_00L);
            assertThat(stores.repair()).as("caches the repair at start corrects").isZero();
        });
    }

    @Test
    void aRepeatOfADueEntryTheCacheHasPassedSendsNoCacheUpdateTheStoreRefuses() {
        annWithEntries(16, (stores, wallets) -> {
            var repeat = stores.ledger().append(Entries.cardCredit("ann", "o8", Money.usd(1_00), T0), FORBIDDEN);

            assertThat(repeat).isInstanceOf(AppendResult.AlreadyApplied.class);
            assertThat(refused).as("cache updates the store refused").isEmpty();
            assertThat(wallets.find(Filters.eq("_id", ANN.toString())).first()).as("the raw cache")
                    .containsEntry("seq", 16L);
        });
    }

    private void annWithEntries(int count, BiConsumer<MongoPlaraStores, MongoCollection<Document>> test) {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(refusedWrites()).build())) {
            var stores = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            for (int i = 1; i <= count; i++) {
                stores.ledger().append(Entries.cardCredit("ann", "o" + i, Money.usd(1_00), T0), FORBIDDEN);
            }
            refused.clear();
            test.accept(stores, client.getDatabase("plara").getCollection(MongoSchema.WALLETS));
        }
    }

    private CommandListener refusedWrites() {
        return new CommandListener() {
            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                if ("update".equals(event.getCommandName()) && event.getResponse().containsKey("writeErrors")) {
                    refused.add(event.getResponse().get("writeErrors").toString());
                }
            }
        };
    }
}

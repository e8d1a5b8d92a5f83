package dev.plara.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.BankDetails;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store Plara ships, its H2 file behind mongo-java-server, across a clean restart and a {@code kill -9}. */
class H2PersistenceTest {

    @TempDir
    Path dir;

    @Test
    void keepsDataAndUniqueIndexesAcrossARestart() {
        Path file = dir.resolve("store");
        try (var mongo = InProcessMongo.open(file)) {
            var stores = MongoPlaraStores.connect(mongo.client(), "plara", TransactionMode.AUTO);
            stores.ledger().append(Entries.bankCredit("ann", "d1", "FT-1234", Money.etb(10_00), T0),
                    Overdraft.FORBIDDEN);
            assertThat(stores.deposits().bankDeposits().insert(deposit("d2", "FT-5678"))).isTrue();
        }
        try (var mongo = InProcessMongo.open(file)) {
            var db = mongo.client().getDatabase("plara");
            assertThat(uniqueIndexes(db, MongoSchema.LEDGER_ENTRIES)).as("kept by the file, before any start-up")
                    .contains("wallet_seq", "one_credit_per_bank_code");
            assertThat(uniqueIndexes(db, MongoSchema.BANK_DEPOSITS)).contains("one_active_deposit_per_code");
            var stores = MongoPlaraStores.connect(mongo.client(), "plara", TransactionMode.AUTO);
            var wallet = Account.wallet(UserId.of("ann"), Money.etb(0).currency());
            assertThat(stores.ledger().balance(wallet).balance()).isEqualTo(Money.etb(10_00));
            assertThat(stores.ledger().append(Entries.bankCredit("bob", "d9", "FT-1234", Money.etb(10_00), T0),
                    Overdraft.FORBIDDEN)).isInstanceOf(AppendResult.Conflict.class);
            assertThat(stores.deposits().bankDeposits().insert(deposit("d3", "FT-5678"))).isFalse();
            assertThat(stores.deposits().bankDeposits().find(new DepositId("d2"))).contains(deposit("d2", "FT-5678"));
            var entries = mongo.client().getDatabase("plara").getCollection(MongoSchema.LEDGER_ENTRIES);
            assertThatThrownBy(() -> entries.insertOne(new Document("_id", "other").append("wallet", wallet.toString())
                    .append("walletSeq", 1L))).isInstanceOfSatisfying(MongoWriteException.class,
                    e -> assertThat(e.getError().getMessage()).contains("wallet_seq"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void afterAKillNineMidLoadReopeningAndRepairingLeavesACleanAudit() throws Exception {
        Path file = dir.resolve("killed");
        long acknowledged = killChildAfter(1500, file);

        try (var mongo = InProcessMongo.open(file)) {
            var stores = MongoPlaraStores.connect(mongo.client(), "plara", TransactionMode.AUTO);
            long repaired = stores.repair();
            var entries = new long[1];
            stores.ledger().forEachEntry(posted -> entries[0]++);
            System.out.printf("kill -9 after %d acknowledged appends: %d entries survived, %d wallet caches"
                    + " corrected%n", acknowledged, entries[0], repaired);
            assertThat(entries[0]).isPositive();
            assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
            for (int user = 0; user < 3; user++) {
                assertTheNextCreditContinuesTheSequence(stores, "user" + user);
            }
            assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
        }
    }

    /** Starts {@link WriteLoadMain} in a child JVM and kills it with {@code kill -9} once it acknowledged enough. */
    private static long killChildAfter(long appends, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriteLoadMain.class.getName(), file.toString()).redirectErrorStream(true).start();
        long acknowledged = 0;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && acknowledged < appends; line = out.readLine()) {
                if (line.startsWith("acknowledged ")) {
                    acknowledged = Long.parseLong(line.substring("acknowledged ".length()));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("appends acknowledged before the kill").isGreaterThanOrEqualTo(appends);
        return acknowledged;
    }

    private static void assertTheNextCreditContinuesTheSequence(MongoPlaraStores stores, String user) {
        long last = stores.ledger().balance(Account.wallet(UserId.of(user), Money.usd(0).currency())).lastSequence();
        var credit = Entries.cardCredit(user, "after-restart-" + user, Money.usd(1), T0);
        var result = stores.ledger().append(credit, Overdraft.FORBIDDEN);
        assertThat(result).isInstanceOfSatisfying(AppendResult.Appended.class,
                appended -> assertThat(appended.posted().walletSequence()).isEqualTo(last + 1));
    }

    /** The names of a collection's unique indexes, as the server lists them. */
    private static List<String> uniqueIndexes(MongoDatabase db, String collection) {
        return db.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                .filter(index -> Boolean.TRUE.equals(index.getBoolean("unique"))).map(index -> index.getString("name"))
                .toList();
    }

    private static BankDeposit deposit(String id, String code) {
        return BankDeposit.submitted(new DepositId(id), UserId.of("ann"), Money.etb(10_00), new ReceiptRef("r"),
                BankDetails.of("Abebe Kebede", code, "+251911000000"), T0);
    }
}

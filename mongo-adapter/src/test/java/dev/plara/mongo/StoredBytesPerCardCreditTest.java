package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.RecordingSender;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase.WebhookResult;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the bytes a card credit has the store keep, per collection, over the real wire on the embedded store: a
 * top-up to a wallet with earlier credits, paid at a checkout Plara opened, its {@code order.paid} delivery a genuine
 * emulator body (2.6 KB), and the outbox line it queues sent. Every byte goes through the store's journal, its pages at
 * each checkpoint, its copies and its GC. Counted twice: what the driver sends (documents and updates) and what the
 * collections hold afterwards.
 */
class StoredBytesPerCardCreditTest {

    private static final int CREDITS = 16;
    private static final String ORDER_PAID = resource("order-paid.json");

    @TempDir
    Path dir;

    private final FakePaymentProvider provider = new FakePaymentProvider();
    private final WrittenBytes written = new WrittenBytes();

    @Test
    void aFinishedDeliveryKeepsNoPayloadInTheInbox() {
        var bytes = measured();

        assertThat(bytes.written().get(MongoSchema.WEBHOOK_INBOX)).as("inbox bytes sent per credit").isLessThan(300);
        assertThat(bytes.stored().get(MongoSchema.WEBHOOK_INBOX)).as("inbox bytes kept per credit").isLessThan(300);
    }

    @Test
    void aSentOutboxLineKeepsNoLease() {
        assertThat(measured().stored().get(MongoSchema.OUTBOX)).as("outbox bytes kept per credit").isLessThan(230);
    }

    /** Per credit, the bytes sent and the bytes kept, by collection, printed for the table. */
    private PerCredit measured() {
        var perCredit = new AtomicReference<PerCredit>();
        onStore((stores, db) -> {
            var core = CoreOnMongo.at(stores, T0, provider);
            for (int i = 0; i < CREDITS; i++) {
                var user = UserId.of("user-" + i);
                stores.users().remember(new UserProfile(user, user.value() + "@example.org", "User " + i));
                for (String round : List.of("warm-", "")) {
                    stores.payments().checkouts().save(CheckoutRecord.opened("chk-" + round + i,
                            CheckoutPurpose.WALLET_DEPOSIT, user, user.value() + "@example.org",
                            FakePaymentProvider.TOP_UP, Money.usd(15_00), T0));
                }
            }
            credit(core, "warm-");
            var before = kept(db);
            written.clear();
            credit(core, "");
            var after = kept(db);
            after.replaceAll((collection, bytes) -> Math.round((bytes - before.get(collection)) / (double) CREDITS));
            perCredit.set(new PerCredit(written.perCollection(CREDITS), after));
        });
        System.out.println("Bytes per card credit, by collection: " + perCredit.get());
        return perCredit.get();
    }

    private void onStore(BiConsumer<MongoPlaraStores, MongoDatabase> test) {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(written).build())) {
            test.accept(MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO), client.getDatabase("plara"));
        }
    }

    /** One credit to each user's wallet, each through the checkout Plara opened for it, and the outbox sent. */
    private void credit(WalletCore core, String prefix) {
        for (int i = 0; i < CREDITS; i++) {
            assertThat(core.receiveWebhook().receive(paid(prefix + i, i))).isInstanceOf(WebhookResult.Applied.class);
        }
        assertThat(core.outboxDispatcher(List.of(new RecordingSender())).dispatchDue().sent()).isEqualTo(CREDITS);
    }

    private WebhookRequest paid(String order, int user) {
        var paid = PaidDeposit.untaxed("o-" + order, "chk-" + order, "user-" + user, "user-" + user + "@example.org",
                Money.usd(15_00), T0);
        return provider.webhooks.delivery("evt-" + order, new PaymentEvent.DepositPaid(paid),
                ORDER_PAID.replace("{{order}}", "o-" + order));
    }

    /** The BSON bytes every collection holds. */
    private static Map<String, Long> kept(MongoDatabase db) {
        var bytes = new TreeMap<String, Long>();
        for (String collection : MongoSchema.COLLECTIONS) {
            long sum = 0;
            for (var document : db.getCollection(collection, RawBsonDocument.class).find()) {
                sum += document.getByteBuffer().remaining();
            }
            bytes.put(collection, sum);
        }
        return bytes;
    }

    private static String resource(String name) {
        try (var in = Objects.requireNonNull(StoredBytesPerCardCreditTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record PerCredit(Map<String, Long> written, Map<String, Long> stored) {
    }
}

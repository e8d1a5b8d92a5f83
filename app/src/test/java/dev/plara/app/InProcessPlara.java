package dev.plara.app;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.plara.app.config.AppConfig;
import dev.plara.app.wiring.PlaraApplication;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.mongo.TransactionMode;
import dev.plara.wallet.core.port.out.GrantStore;
import org.bson.Document;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real server in production mode in this JVM: Polar is an emulator started here, the store a MongoDB-wire server
 * (mongo-java-server) started here and reached through {@code MONGODB_URI}, so a test can look into the database the
 * server wrote through its own driver client.
 */
final class InProcessPlara implements AutoCloseable {

    static final String ALLOWED_ORIGIN = "https://shop.plara.test";

    final PolarEmulator emulator;
    final PolarShop shop;
    final PlaraApplication app;
    final HttpCalls http;
    private final MongoServer mongo;
    private final MongoClient client;

    private InProcessPlara(Path workingDirectory, Map<String, String> changes) {
        this(workingDirectory, changes, emulator -> Clock.systemUTC());
    }

    private InProcessPlara(Path workingDirectory, Map<String, String> changes, Function<PolarEmulator, Clock> clock) {
        this.mongo = new MongoServer(new MemoryBackend());
        var mongoUri = "mongodb://127.0.0.1:" + mongo.bind().getPort();
        this.emulator = PolarEmulator.start(EmulatorConfig.forTests());
        this.shop = new PolarShop(emulator);
        var env = ProductionEnvironment.against(emulator, 0);
        env.putAll(Map.of("MONGODB_URI", mongoUri, "CORS_ORIGINS", ALLOWED_ORIGIN));
        env.putAll(changes);
        this.app = PlaraApplication.start(AppConfig.from(env, workingDirectory), clock.apply(emulator));
        this.http = new HttpCalls(app.localUrl());
        this.client = MongoClients.create(mongoUri);
    }

    /** Starts everything; {@code workingDirectory} holds no {@code .env}, so only the environment given here counts. */
    static InProcessPlara start(Path workingDirectory) {
        return new InProcessPlara(workingDirectory, Map.of());
    }

    /**
     * Starts everything with the server's clock following the emulator's ({@code POST /_emulator/clock/advance} moves
     * both), so hours can pass in a test; host tokens and webhook signatures keep the wall clock, so after a move the
     * test reaches the server in process.
     */
    static InProcessPlara startFollowingEmulatorClock(Path workingDirectory) {
        return new InProcessPlara(workingDirectory, Map.of(), EmulatorTime::new);
    }

    /** Starts everything with {@code changes} to the environment (an empty value unsets a variable). */
    static InProcessPlara start(Path workingDirectory, Map<String, String> changes) {
        return new InProcessPlara(workingDirectory, changes);
    }

    /** Has the emulator deliver its webhooks to this server, signed with the server's secret. */
    void registerWebhookEndpoint() {
        emulator.registerWebhook(URI.create(app.localUrl() + PolarWebhook.PATH), ProductionEnvironment.WEBHOOK_SECRET,
                KeyDerivation.STANDARD);
    }

    /** Opens a card deposit of {@code amount} minor USD for {@code user} through Plara and pays it; the order's id. */
    String payCardDeposit(String user, long amount) {
        return pay(http.postJson("/api/deposits/card", HostTokens.user(user),
                "{\"amount\":" + amount + ",\"currency\":\"USD\"}"));
    }

    /** Pays the checkout Plara opened ({@code opened}: its answer) on Polar's hosted page; the order's id. */
    String pay(HttpReply opened) {
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        shop.payOnHostedPage(opened.json().path("checkout_url").asText());
        return shop.paidOrderOf(opened.json().path("checkout_id").asText()).path("id").asText();
    }

    /** The database the server keeps everything in, read through a client of the test's own. */
    MongoDatabase database() {
        return client.getDatabase("plara");
    }

    /** The grants the server keeps, read through a store of the test's own on the same database. */
    GrantStore grants() {
        return MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO).grants();
    }

    long count(String collection) {
        return database().getCollection(collection).countDocuments();
    }

    /**
     * Every document of every collection (GridFS included), by collection, to compare before and after a request;
     * without the reconciliation reports and the jobs' leases, which the scheduled jobs write on their own, and once the
     * outbox has sent what it had (the dispatcher job marks messages sent).
     */
    Map<String, List<Document>> snapshot() {
        await("the outbox to be sent").atMost(Duration.ofSeconds(20)).until(() -> database().getCollection("outbox")
                .countDocuments(new Document("status", "PENDING")) == 0);
        var all = new TreeMap<String, List<Document>>();
        for (String name : database().listCollectionNames()) {
            if (name.equals("reconciliation_runs") || name.equals("job_leases")) {
                continue;
            }
            all.put(name, database().getCollection(name).find().sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return all;
    }

    /** Signs a user in to Plara (the server remembers users on their first signed-in call). */
    void signIn(String user) {
        var me = http.get("/api/me", HostTokens.user(user));
        if (me.status() != 200) {
            throw new IllegalStateException("cannot sign in " + user + ": " + me);
        }
    }

    @Override
    public void close() {
        app.close();
        client.close();
        emulator.close();
        mongo.shutdownNow();
    }
}

package dev.plara.app;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.client.MongoClients;
import dev.plara.app.config.StoreConfig;
import dev.plara.store.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store that stops answering fails the command waiting on it within the read timeout instead of holding it (and every
 * write sharing its command) forever: the driver's own default is to wait without end. Start-up and its repair,
 * whose one scan over every ledger entry may take long on a large ledger, wait for a longer bound of their own.
 */
@Timeout(value = 40, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StoreReadTimeoutTest {

    /** Short, so that the test is; long enough for the store's first write on a busy machine. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    /** How late the store answers the repair's scan: past the read timeout, within the maintenance bound. */
    private static final Duration SCAN_TAKES = Duration.ofSeconds(3);
    private static final Duration MAINTENANCE_TIMEOUT = READ_TIMEOUT.multipliedBy(5);

    @TempDir
    Path data;

    @Test
    void aUriWithoutASocketTimeoutGetsTheDefaultReadTimeoutAndOneThatSetsItKeepsItsOwn() {
        assertThat(readTimeoutMillis("mongodb://127.0.0.1:27017/")).isEqualTo(StoreConnection.READ_TIMEOUT.toMillis());
        assertThat(readTimeoutMillis("mongodb://127.0.0.1:27017/?socketTimeoutMS=1234")).isEqualTo(1234);
        assertThat(readTimeoutMillis("mongodb://127.0.0.1:27017/?socketTimeoutMS=0")).isZero();
        assertThat(readTimeoutMillis("mongodb://127.0.0.1:27017/?timeoutMS=5000")).as("the driver's own timeout")
                .isZero();
    }

    @Test
    void aCommandTheStoreNeverAnswersFailsWithinTheReadTimeout() throws Exception {
        try (var store = EmbeddedMongo.open(data);
             var proxy = new StallingProxy(URI.create(store.connectionString()).getPort());
             var client = MongoClients.create(StoreConnection.settings(proxy.connectionString(), READ_TIMEOUT))) {
            var entries = client.getDatabase("plara").getCollection("entries");
            entries.insertOne(new Document("_id", "answered"));
            proxy.stall();

            long started = System.nanoTime();
            assertThatThrownBy(() -> entries.insertOne(new Document("_id", "never answered")))
                    .isInstanceOf(MongoSocketReadTimeoutException.class)
                    .hasMessageContaining("Timeout while receiving message");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(READ_TIMEOUT.multipliedBy(3));
        }
    }

    @Test
    void startUpAndTheRepairWaitPastTheReadTimeoutForTheLedgerScanWhileARequestStillFailsWithinIt() throws Exception {
        try (var store = EmbeddedMongo.open(data);
             var proxy = new StallingProxy(URI.create(store.connectionString()).getPort())) {
            proxy.slowDown("$group", SCAN_TAKES);
            long started = System.nanoTime();
            try (var connection = new StoreConnection(new StoreConfig(Optional.of(proxy.connectionString()), "plara",
                    "auto", data, StoreConfig.ROUND_BOUND), READ_TIMEOUT, MAINTENANCE_TIMEOUT)) {
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("start-up waited for the scan")
                        .isGreaterThan(SCAN_TAKES);
                assertThat(connection.stores().repair()).as("the full repair waits for it too").isZero();
                assertThat(connection.stores().payments().productOrders().find("order_1")).as("a request answered").isEmpty();
                proxy.stall();

                long asked = System.nanoTime();
                assertThatThrownBy(() -> connection.stores().payments().productOrders().find("order_1"))
                        .isInstanceOf(MongoSocketReadTimeoutException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("the driver retries a read once")
                        .isLessThan(MAINTENANCE_TIMEOUT);
            }
        }
    }

    private static long readTimeoutMillis(String uri) {
        return StoreConnection.settings(uri, StoreConnection.READ_TIMEOUT).getSocketSettings()
                .getReadTimeout(TimeUnit.MILLISECONDS);
    }
}

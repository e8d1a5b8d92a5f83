package dev.plara.bench;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireTapTest {

    @Test
    void everyRoundTripIsNamedWithWhatItsAnswerSaid() throws Exception {
        var server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        try (var tap = new WireTap(new InetSocketAddress("127.0.0.1", address.getPort()));
             var client = MongoClients.create(tap.connectionString())) {
            var wallets = client.getDatabase("t").getCollection("wallets");
            wallets.createIndex(Indexes.ascending("owner"), new IndexOptions().unique(true));
            tap.take();

            wallets.insertOne(new Document("_id", "w1").append("owner", "alice").append("balance", 5));
            wallets.updateOne(Filters.eq("_id", "w1"), Updates.set("balance", 5));
            wallets.withWriteConcern(WriteConcern.W1).updateOne(Filters.eq("_id", "w1"), Updates.inc("balance", 1));
            wallets.find(Filters.eq("_id", "w1")).first();
            assertThatThrownBy(() -> wallets.insertOne(new Document("_id", "w2").append("owner", "alice")))
                    .isInstanceOf(MongoWriteException.class);

            var trips = tap.take();
            assertThat(trips).extracting(RoundTrip::name)
                    .containsExactly("insert wallets", "update wallets", "update wallets", "find wallets", "insert wallets");
            assertThat(trips).extracting(RoundTrip::durableWrite).containsExactly(true, true, false, false, true);
            assertThat(trips).extracting(RoundTrip::outcome).containsExactly("", "matched 1, changed 0",
                    "matched 1, changed 1", "", "duplicate key (refused)");
            assertThat(trips.get(1).changedNothing()).isTrue();
            assertThat(tap.take()).isEqualTo(List.of());
        } finally {
            server.shutdownNow();
        }
    }
}

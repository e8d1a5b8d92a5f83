package dev.plara.mongo;

import dev.plara.mongo.transaction.ServerTopology;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code MONGODB_TRANSACTIONS} and the server's {@code hello} answer decide whether units run in transactions. */
class TransactionModeTest {

    private static final ServerTopology STANDALONE = ServerTopology.from(Document.parse(
            "{isWritablePrimary: true, logicalSessionTimeoutMinutes: 30, maxWireVersion: 21}"));
    private static final ServerTopology REPLICA_SET = ServerTopology.from(Document.parse(
            "{isWritablePrimary: true, setName: 'rs0', logicalSessionTimeoutMinutes: 30}"));
    private static final ServerTopology MONGOS = ServerTopology.from(Document.parse(
            "{isWritablePrimary: true, msg: 'isdbgrid', logicalSessionTimeoutMinutes: 30}"));

    @Test
    void parsesTheVariableAndTakesAutoWhenItIsUnset() {
        assertThat(TransactionMode.parse(null)).isEqualTo(TransactionMode.AUTO);
        assertThat(TransactionMode.parse(" On ")).isEqualTo(TransactionMode.ON);
        assertThat(TransactionMode.parse("off")).isEqualTo(TransactionMode.OFF);
        assertThatThrownBy(() -> TransactionMode.parse("maybe")).hasMessageContaining("auto, on or off");
    }

    @Test
    void autoUsesTransactionsOnReplicaSetsAndMongosOnly() {
        assertThat(TransactionMode.AUTO.useTransactions(REPLICA_SET)).isTrue();
        assertThat(TransactionMode.AUTO.useTransactions(MONGOS)).isTrue();
        assertThat(TransactionMode.AUTO.useTransactions(STANDALONE)).isFalse();
        assertThat(TransactionMode.OFF.useTransactions(REPLICA_SET)).isFalse();
    }

    @Test
    void onAgainstAServerWithoutTransactionsRefusesToStartAndSaysWhatToDo() {
        assertThat(TransactionMode.ON.useTransactions(REPLICA_SET)).isTrue();
        assertThatThrownBy(() -> TransactionMode.ON.useTransactions(STANDALONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("standalone server")
                .hasMessageContaining("replica set")
                .hasMessageContaining("MONGODB_TRANSACTIONS=auto or off");
    }

    @Test
    void mongoJavaServerAnswersOnlyIsMasterAndIsTakenForAStandaloneServerWithoutSessions() {
        var client = InProcessMongo.shared().client();

        assertThat(ServerTopology.probe(client.getDatabase("admin")))
                .isEqualTo(new ServerTopology(null, false, false, true));
        assertThat(InProcessMongo.shared().freshStores().transactional()).isFalse();
        assertThatThrownBy(() -> MongoPlaraStores.connect(client, "plara_on", TransactionMode.ON))
                .hasMessageContaining("a standalone server without sessions");
    }
}

package dev.plara.mongo.transaction;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.ledger.MongoRefundTallies;
import dev.plara.wallet.core.domain.ledger.RefundTally;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A first tally version that loses the race for its order inside a unit of work (a held refund reserved in the card
 * credit's transaction) has aborted the transaction: it is thrown as a transient transaction error so the whole unit
 * of work runs again, never answered as a lost race to be read on in the aborted session.
 */
class TallyWriteInSessionTest {

    private static final RefundTally FIRST = new RefundTally("order_1", 1, List.of(),
            Instant.parse("2026-11-22T10:00:00Z"));

    private final MongoCollection<Document> raw = collectionWithDefaultCodecs();
    private final ClientSession session = mock(ClientSession.class);
    private final SessionHolder sessions = new SessionHolder();
    private final MongoRefundTallies tallies =
            new MongoRefundTallies(new StoreCollection(raw, sessions, WriteObserver.NONE, StoreRounds.none()));

    @Test
    void aFirstVersionRefusedInsideATransactionIsThrownAsTransient() {
        when(raw.getNamespace()).thenReturn(new MongoNamespace("plara", "refund_tallies"));
        when(raw.updateOne(any(ClientSession.class), any(Bson.class), any(Bson.class), any(UpdateOptions.class)))
                .thenThrow(new MongoWriteException(new WriteError(11000, "E11000 duplicate key error", new BsonDocument()),
                        new ServerAddress(), Set.of()));

        assertThatThrownBy(() -> sessions.within(session, () -> tallies.save(FIRST)))
                .isInstanceOfSatisfying(MongoException.class, thrown -> assertThat(thrown.getCode()).isEqualTo(11000))
                .satisfies(thrown -> assertThat(((MongoException) thrown)
                        .hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)).isTrue());
    }

    @Test
    void aFirstVersionRefusedOutsideATransactionIsALostRace() {
        when(raw.getNamespace()).thenReturn(new MongoNamespace("plara", "refund_tallies"));
        when(raw.updateOne(any(Bson.class), any(Bson.class), any(UpdateOptions.class)))
                .thenThrow(new MongoWriteException(new WriteError(11000, "E11000 duplicate key error", new BsonDocument()),
                        new ServerAddress(), Set.of()));

        assertThat(tallies.save(FIRST)).isFalse();
    }

    /** A stand-in collection encoding documents as a driver's does: a write's size is measured before it is sent. */
    @SuppressWarnings("unchecked")
    private static MongoCollection<Document> collectionWithDefaultCodecs() {
        MongoCollection<Document> raw = mock(MongoCollection.class);
        when(raw.getCodecRegistry()).thenReturn(MongoClientSettings.getDefaultCodecRegistry());
        return raw;
    }
}

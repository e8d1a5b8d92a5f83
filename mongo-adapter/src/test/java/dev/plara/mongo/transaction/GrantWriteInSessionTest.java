package dev.plara.mongo.transaction;

import com.mongodb.MongoException;
import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import dev.plara.mongo.access.MongoGrantStore;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.user.UserId;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A grant write that loses a race for its key inside a unit of work has aborted the transaction: it is thrown as a
 * transient transaction error, so the whole unit of work runs again, and never read again in the aborted session
 * (which no in-process server shows, as none has sessions).
 */
class GrantWriteInSessionTest {

    @SuppressWarnings("unchecked")
    private final MongoCollection<Document> raw = mock(MongoCollection.class);
    @SuppressWarnings("unchecked")
    private final FindIterable<Document> nothingStored = mock(FindIterable.class);
    private final ClientSession session = mock(ClientSession.class);
    private final SessionHolder sessions = new SessionHolder();
    private final MongoGrantStore grants = new MongoGrantStore(new StoreCollection(raw, sessions, WriteObserver.NONE,
            StoreRounds.none()));

    @Test
    void aDuplicateKeyInsideATransactionIsThrownAsTransientSoTheUnitOfWorkRunsAgain() {
        when(raw.getNamespace()).thenReturn(new MongoNamespace("plara", "grants"));
        when(raw.find(any(ClientSession.class), any(Bson.class))).thenReturn(nothingStored)
                .thenThrow(new MongoException(251, "the transaction has been aborted"));
        when(raw.replaceOne(any(ClientSession.class), any(Bson.class), any(Document.class), any(ReplaceOptions.class)))
                .thenThrow(new MongoWriteException(new WriteError(11000, "E11000 duplicate key error", new BsonDocument()),
                        new ServerAddress(), Set.of()));
        var grant = new Grant(UserId.of("alice"), Unlocks.all(), GrantSource.polarOrder("order_1"), ItemId.of("video"),
                "Intro video", GrantStatus.ACTIVE, Instant.parse("2026-11-22T10:00:00Z"), null, 1);

        assertThatThrownBy(() -> sessions.within(session, () -> grants.upsertIfNewer(grant)))
                .isInstanceOfSatisfying(MongoException.class, thrown -> assertThat(thrown.getCode()).isEqualTo(11000))
                .satisfies(thrown -> assertThat(((MongoException) thrown)
                        .hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)).isTrue());
        verify(raw, times(1)).find(any(ClientSession.class), any(Bson.class));
        verify(raw, never()).replaceOne(any(Bson.class), any(Document.class), any(ReplaceOptions.class));
    }
}

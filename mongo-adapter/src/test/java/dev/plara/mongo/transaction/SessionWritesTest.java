package dev.plara.mongo.transaction;

import com.mongodb.MongoNamespace;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.mongo.collection.WriteObserver;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A write inside a unit of work stays inside its transaction: a guarded update that matches nothing in the session is
 * an answer, never a reason to run the same update again outside the transaction (which no in-process server shows,
 * as none has sessions).
 */
class SessionWritesTest {

    @SuppressWarnings("unchecked")
    private final MongoCollection<Document> raw = mock(MongoCollection.class);
    private final ClientSession session = mock(ClientSession.class);
    private final SessionHolder sessions = new SessionHolder();
    private final StoreCollection collection = new StoreCollection(raw, sessions, WriteObserver.NONE,
            StoreRounds.none());

    @Test
    void aGuardedUpdateThatMatchesNothingInTheSessionIsNotRunAgainOutsideIt() {
        Bson guard = Filters.and(Filters.eq("_id", "order_1"), Filters.ne("counted", "refund_1"));
        Bson update = Updates.addToSet("counted", "refund_1");
        when(raw.getNamespace()).thenReturn(new MongoNamespace("plara", "product_orders"));
        when(raw.findOneAndUpdate(any(ClientSession.class), any(Bson.class), any(Bson.class),
                any(FindOneAndUpdateOptions.class))).thenReturn(null);

        var answer = sessions.within(session, () -> collection.findAndUpdate(guard, update,
                new FindOneAndUpdateOptions()));

        assertThat(answer).isNull();
        verify(raw).findOneAndUpdate(any(ClientSession.class), any(Bson.class), any(Bson.class),
                any(FindOneAndUpdateOptions.class));
        verify(raw, never()).findOneAndUpdate(any(Bson.class), any(Bson.class), any(FindOneAndUpdateOptions.class));
    }
}

package dev.plara.mongo.transaction;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.TransactionOptions;
import com.mongodb.WriteConcern;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.util.function.Supplier;

/**
 * Runs a unit of work inside {@code ClientSession.withTransaction} (majority writes, snapshot reads, retried on
 * transient errors, hence an idempotent body) when transactions are on, and plainly when they are off, where every
 * write stands guarded on its own. A unit started inside another joins it.
 */
public final class MongoUnitOfWork implements UnitOfWork {

    private static final TransactionOptions OPTIONS = TransactionOptions.builder()
            .writeConcern(WriteConcern.MAJORITY)
            .readConcern(ReadConcern.SNAPSHOT)
            .readPreference(ReadPreference.primary())
            .build();

    private final MongoClient client;
    private final SessionHolder sessions;
    private final boolean transactional;

    public MongoUnitOfWork(MongoClient client, SessionHolder sessions, boolean transactional) {
        this.client = client;
        this.sessions = sessions;
        this.transactional = transactional;
    }

    @Override
    public <T> T run(Supplier<T> body) {
        if (!transactional || sessions.current().isPresent()) {
            return body.get();
        }
        try (ClientSession session = client.startSession()) {
            return session.withTransaction(() -> sessions.within(session, body), OPTIONS);
        }
    }

    public boolean transactional() {
        return transactional;
    }
}

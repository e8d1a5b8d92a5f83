package dev.plara.mongo.collection;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import dev.plara.mongo.transaction.SessionHolder;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where one collection's calls go: into the current unit of work's session when there is one, else alone; and every
 * acknowledged write reported to the {@link WriteObserver}, once it returned.
 */
final class SessionRoute {

    private final MongoCollection<?> raw;
    private final SessionHolder sessions;
    private final WriteObserver observer;
    private final StoreRounds rounds;

    SessionRoute(MongoCollection<?> raw, SessionHolder sessions, WriteObserver observer, StoreRounds rounds) {
        this.raw = raw;
        this.sessions = sessions;
        this.observer = observer;
        this.rounds = rounds;
    }

    /** Runs a command that shares with no other once its round goes ({@link StoreRounds}). */
    <T> T held(Supplier<T> command) {
        rounds.await(null);
        return command.get();
    }

    boolean inTransaction() {
        return sessions.current().isPresent();
    }

    /** Runs a read in the current session if there is one (its answer final, even null), else alone. */
    <T> T read(Function<ClientSession, T> inSession, Supplier<T> alone) {
        var session = sessions.current();
        return session.isPresent() ? held(() -> inSession.apply(session.get())) : alone.get();
    }

    /** Runs a write as {@link #read} does, and reports it. */
    <T> T written(String operation, Function<ClientSession, T> inSession, Supplier<T> alone) {
        T result = read(inSession, alone);
        observed(operation);
        return result;
    }

    /** Runs a write answering nothing as {@link #read} does, and reports it. */
    void write(String operation, Consumer<ClientSession> inSession, Runnable alone) {
        sessions.current().ifPresentOrElse(session -> held(() -> {
            inSession.accept(session);
            return null;
        }), alone);
        observed(operation);
    }

    private void observed(String operation) {
        observer.afterWrite(raw.getNamespace().getCollectionName(), operation);
    }
}

package dev.plara.mongo.transaction;

import com.mongodb.client.ClientSession;

import java.util.Optional;
import java.util.function.Supplier;

/** The transaction session the current thread is running a unit of work in, if any, for every store to join. */
public final class SessionHolder {

    private final ThreadLocal<ClientSession> current = new ThreadLocal<>();

    public Optional<ClientSession> current() {
        return Optional.ofNullable(current.get());
    }

    <T> T within(ClientSession session, Supplier<T> body) {
        current.set(session);
        try {
            return body.get();
        } finally {
            current.remove();
        }
    }
}

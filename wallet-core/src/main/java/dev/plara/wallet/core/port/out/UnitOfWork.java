package dev.plara.wallet.core.port.out;

import java.util.function.Supplier;

/**
 * Runs a group of store writes as one unit where the store can (a MongoDB replica set's transaction), and plainly
 * where it cannot; correctness never depends on it, because every write is idempotent and guarded on its own.
 *
 * <p>Contract: the body may run more than once (a transaction retried after a transient error), so it must be
 * idempotent and do no outside I/O. Its result is the result of the run that committed.
 */
public interface UnitOfWork {

    <T> T run(Supplier<T> body);

    /** No unit at all: each write stands alone, as on a standalone server. */
    static UnitOfWork none() {
        return new UnitOfWork() {
            @Override
            public <T> T run(Supplier<T> body) {
                return body.get();
            }
        };
    }
}

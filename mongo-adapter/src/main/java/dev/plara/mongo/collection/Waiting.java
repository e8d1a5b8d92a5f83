package dev.plara.mongo.collection;

import java.util.concurrent.locks.Condition;

/** One caller of a {@link Coalescer}: its operation, and once the command carrying it returns, its outcome. */
final class Waiting<O, R> {

    final O operation;
    final Condition turn;
    /** Guarded by the coalescer's lock, as are the flags. */
    Outcome<R> outcome;
    /** The command carrying it returned, or broke off. */
    boolean released;
    /** It is this caller's turn to send what queued. */
    boolean leads;
    /** Its round went ({@link StoreRounds}): it may take the turn to send. */
    boolean ready;

    Waiting(O operation, Condition turn) {
        this.operation = operation;
        this.turn = turn;
    }

    /** Its outcome; a failure when the command carrying it broke off before answering, kept or not. */
    R answer() {
        if (outcome == null) {
            throw new IllegalStateException("a shared write broke off unanswered: it may or may not have been kept");
        }
        return outcome.get();
    }
}

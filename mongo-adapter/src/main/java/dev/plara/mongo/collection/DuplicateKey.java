package dev.plara.mongo.collection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Tells a write the server refused because a unique index already holds its key (error 11000) from other errors. */
public final class DuplicateKey {

    private static final int CODE = 11000;

    private DuplicateKey() {
    }

    /** Whether the server refused a write because a unique index already holds its key. */
    public static boolean refused(MongoException e) {
        if (e instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (e instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream().anyMatch(error -> error.getCode() == CODE);
        }
        return e instanceof MongoCommandException command && command.getErrorCode() == CODE;
    }

    /** Runs a write, answering {@code false} when a unique index refused it, after {@code refusal} (which may throw). */
    static boolean falseIfRefused(BooleanSupplier write, Consumer<MongoException> refusal) {
        try {
            return write.getAsBoolean();
        } catch (MongoException e) {
            if (!refused(e)) {
                throw e;
            }
            refusal.accept(e);
            return false;
        }
    }
}

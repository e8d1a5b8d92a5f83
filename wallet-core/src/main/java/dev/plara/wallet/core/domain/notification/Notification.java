package dev.plara.wallet.core.domain.notification;

import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * An in-app message to one user. Its id is derived from the fact it reports (for example the ledger key), so writing
 * it again is harmless.
 *
 * @param amount {@code null} when the message is about no amount
 */
public record Notification(String id, UserId user, NotificationKind kind, String message, Money amount,
                           Instant createdAt, boolean read) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(createdAt, "created at");
        if (id.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("a notification has an id and a message");
        }
    }

    /** The owner's notice of a posted entry, its id derived from the entry's key. */
    public static Notification aboutEntry(PostedEntry posted, NotificationKind kind, String message) {
        var entry = posted.entry();
        return unread("entry:" + entry.key(), entry.wallet().owner(), kind, message, entry.walletDelta(),
                entry.recordedAt());
    }

    public static Notification unread(String id, UserId user, NotificationKind kind, String message, Money amount,
                                      Instant at) {
        return new Notification(id, user, kind, message, amount, at, false);
    }

    /** The same notification, read. */
    public Notification markedRead() {
        return new Notification(id, user, kind, message, amount, createdAt, true);
    }
}

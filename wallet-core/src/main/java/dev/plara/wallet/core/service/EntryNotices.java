package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;

/** Tells of a posted entry: its owner by a notification, the operators by a log line; each idempotent by its key. */
final class EntryNotices {

    private final NotificationStore notifications;
    private final Outbox outbox;

    EntryNotices(NotificationStore notifications, Outbox outbox) {
        this.notifications = notifications;
        this.outbox = outbox;
    }

    void tell(PostedEntry posted, NotificationKind kind, String message) {
        notifications.add(Notification.aboutEntry(posted, kind, message));
        outbox.enqueue(OutboxMessage.toOperators("log:" + posted.key(), Messages.operatorLog(posted),
                posted.entry().recordedAt()));
    }
}

package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;

/**
 * In-app notifications with their read state.
 *
 * <p>Contract: {@link #add} keeps the first notification with a given id (adding it again changes nothing, not even
 * its read state); {@link #markRead} changes only a notification of that very user and says whether one was found;
 * {@link #markAllRead} marks every unread notification of that user, and no one else's, and says how many it marked.
 * {@link #addBeforeSettling} adds as {@link #add} does, and may answer before the notification is safe from a failover,
 * for the reason {@link LedgerStore#markSettled} gives.
 */
public interface NotificationStore {

    void add(Notification notification);

    /**
     * {@link #add} for a posted entry's notification that the entry's settle mark follows: a store whose writes are
     * all equally safe adds it as {@link #add} does.
     */
    default void addBeforeSettling(Notification notification) {
        add(notification);
    }

    /** A user's notifications, newest first. */
    Page<Notification> of(UserId user, PageRequest page);

    long unreadCount(UserId user);

    boolean markRead(UserId user, String notificationId);

    long markAllRead(UserId user);
}

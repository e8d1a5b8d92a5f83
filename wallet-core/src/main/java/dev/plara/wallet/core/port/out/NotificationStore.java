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
 */
public interface NotificationStore {

    void add(Notification notification);

    /** A user's notifications, newest first. */
    Page<Notification> of(UserId user, PageRequest page);

    long unreadCount(UserId user);

    boolean markRead(UserId user, String notificationId);

    long markAllRead(UserId user);
}

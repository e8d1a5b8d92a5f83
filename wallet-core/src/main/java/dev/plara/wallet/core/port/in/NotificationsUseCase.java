package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;

/** A user reads their in-app notifications and marks them read, one by one or all at once. */
public interface NotificationsUseCase {

    /** The user's notifications, newest first. */
    Page<Notification> list(UserId user, PageRequest page);

    long unreadCount(UserId user);

    /** Marks one of the user's own notifications read; {@code false} if the user has none with that id. */
    boolean markRead(UserId user, String notificationId);

    /** Marks every unread notification of the user read; how many it marked. */
    long markAllRead(UserId user);
}

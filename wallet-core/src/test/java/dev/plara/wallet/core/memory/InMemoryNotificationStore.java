package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.NotificationStore;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Notifications in memory. */
public final class InMemoryNotificationStore implements NotificationStore {

    private final Map<String, Notification> notifications = new LinkedHashMap<>();

    @Override
    public synchronized void add(Notification notification) {
        notifications.putIfAbsent(notification.id(), notification);
    }

    @Override
    public synchronized Page<Notification> of(UserId user, PageRequest page) {
        return Page.of(notifications.values().stream().filter(notification -> notification.user().equals(user))
                .sorted(Comparator.comparing(Notification::createdAt).reversed()).toList(), page);
    }

    @Override
    public synchronized long unreadCount(UserId user) {
        return notifications.values().stream()
                .filter(notification -> notification.user().equals(user) && !notification.read()).count();
    }

    @Override
    public synchronized boolean markRead(UserId user, String notificationId) {
        var found = notifications.get(notificationId);
        if (found == null || !found.user().equals(user)) {
            return false;
        }
        notifications.put(notificationId, found.markedRead());
        return true;
    }

    @Override
    public synchronized long markAllRead(UserId user) {
        var unread = notifications.values().stream()
                .filter(notification -> notification.user().equals(user) && !notification.read()).toList();
        unread.forEach(notification -> notifications.put(notification.id(), notification.markedRead()));
        return unread.size();
    }
}

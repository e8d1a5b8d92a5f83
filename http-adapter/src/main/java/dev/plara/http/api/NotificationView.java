package dev.plara.http.api;

import dev.plara.wallet.core.domain.notification.Notification;

/** An in-app notification as its user reads it. */
record NotificationView(String id, String kind, String message, MoneyView amount, String createdAt, boolean read) {

    static NotificationView from(Notification notification) {
        return new NotificationView(notification.id(), WireFormat.name(notification.kind()), notification.message(),
                MoneyView.from(notification.amount()), WireFormat.time(notification.createdAt()), notification.read());
    }
}

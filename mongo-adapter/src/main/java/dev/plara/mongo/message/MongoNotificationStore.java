package dev.plara.mongo.message;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.NotificationStore;
import org.bson.Document;

/** Notifications in {@code notifications}, one per id (the first one stays), read state changed per user only. */
public final class MongoNotificationStore implements NotificationStore {

    private final StoreCollection notifications;

    public MongoNotificationStore(StoreCollection notifications) {
        this.notifications = notifications;
    }

    @Override
    public void add(Notification n) {
        var document = new Document("_id", n.id())
                .append("user", n.user().value())
                .append("kind", n.kind().name())
                .append("message", n.message())
                .append("createdAt", DocumentValues.date(n.createdAt()))
                .append("read", n.read());
        notifications.insertIfAbsent(DocumentValues.putIfPresent(document, "amount", DocumentValues.money(n.amount())));
    }

    @Override
    public Page<Notification> of(UserId user, PageRequest page) {
        var filter = Filters.eq("user", user.value());
        return DocumentValues.page(notifications.find(filter).sort(Sorts.descending("createdAt", "_id")), page,
                notifications.count(filter), MongoNotificationStore::fromDocument);
    }

    @Override
    public long unreadCount(UserId user) {
        return notifications.count(DocumentValues.allOf(Filters.eq("user", user.value()), Filters.eq("read", false)));
    }

    @Override
    public boolean markRead(UserId user, String notificationId) {
        return notifications.update(DocumentValues.allOf(Filters.eq("_id", notificationId), Filters.eq("user", user.value())),
                Updates.set("read", true)).getMatchedCount() == 1;
    }

    @Override
    public long markAllRead(UserId user) {
        return notifications.updateMany(DocumentValues.allOf(Filters.eq("user", user.value()), Filters.eq("read", false)),
                Updates.set("read", true)).getModifiedCount();
    }

    private static Notification fromDocument(Document d) {
        return new Notification(d.getString("_id"), new UserId(d.getString("user")),
                NotificationKind.valueOf(d.getString("kind")), d.getString("message"),
                DocumentValues.money(d.get("amount", Document.class)), DocumentValues.instant(d.getDate("createdAt")),
                d.getBoolean("read"));
    }
}

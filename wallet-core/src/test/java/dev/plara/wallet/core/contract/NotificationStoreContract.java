package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.NotificationStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link NotificationStore} contract, run against every implementation. */
public abstract class NotificationStoreContract {

    private final TestClock clock = TestClock.standard();
    private NotificationStore store;

    protected abstract NotificationStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private Notification note(String id, String user) {
        return Notification.unread(id, UserId.of(user), NotificationKind.CREDIT, "Credited " + id, Money.usd(5_00),
                clock.tick());
    }

    @Test
    void notificationsAreListedNewestFirstPerUserExactly() {
        var first = note("n1", "alice");
        var second = note("n2", "alice");
        store.add(first);
        store.add(note("n3", "bob"));
        store.add(second);
        var noAmount = Notification.unread("n4", UserId.of("alice"), NotificationKind.DEPOSIT_REJECTED, "Rejected", null,
                clock.tick());
        store.add(noAmount);

        var page = store.of(UserId.of("alice"), PageRequest.first(10));

        assertThat(page.items()).containsExactly(noAmount, second, first);
        assertThat(store.unreadCount(UserId.of("alice"))).isEqualTo(3);
    }

    @Test
    void addingTheSameIdAgainChangesNothingNotEvenTheReadState() {
        store.add(note("n1", "alice"));
        store.markRead(UserId.of("alice"), "n1");

        store.add(note("n1", "alice"));

        assertThat(store.of(UserId.of("alice"), PageRequest.first(10)).items()).singleElement()
                .satisfies(notification -> assertThat(notification.read()).isTrue());
        assertThat(store.unreadCount(UserId.of("alice"))).isZero();
    }

    @Test
    void onlyTheOwnerCanMarkANotificationRead() {
        store.add(note("n1", "alice"));

        assertThat(store.markRead(UserId.of("bob"), "n1")).isFalse();
        assertThat(store.markRead(UserId.of("alice"), "n404")).isFalse();
        assertThat(store.unreadCount(UserId.of("alice"))).isEqualTo(1);
        assertThat(store.markRead(UserId.of("alice"), "n1")).isTrue();
        assertThat(store.unreadCount(UserId.of("alice"))).isZero();
    }

    @Test
    void markingAllReadMarksEveryUnreadNotificationOfThatUserOnlyAndSaysHowMany() {
        for (int i = 1; i <= 4; i++) {
            store.add(note("a" + i, "alice"));
        }
        store.add(note("b1", "bob"));
        store.markRead(UserId.of("alice"), "a2");

        assertThat(store.markAllRead(UserId.of("alice"))).isEqualTo(3);
        assertThat(store.unreadCount(UserId.of("alice"))).isZero();
        assertThat(store.of(UserId.of("alice"), PageRequest.first(10)).items()).allMatch(Notification::read);
        assertThat(store.unreadCount(UserId.of("bob"))).isEqualTo(1);
        assertThat(store.markAllRead(UserId.of("alice"))).as("again: nothing left").isZero();
        assertThat(store.markAllRead(UserId.of("nobody"))).isZero();
    }

    @Test
    void listingsArePaged() {
        for (int i = 1; i <= 7; i++) {
            store.add(note("n" + i, "alice"));
        }

        var second = store.of(UserId.of("alice"), new PageRequest(2, 3));

        assertThat(second.items()).extracting(Notification::id).containsExactly("n4", "n3", "n2");
        assertThat(second.total()).isEqualTo(7);
    }
}

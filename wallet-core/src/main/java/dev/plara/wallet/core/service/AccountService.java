package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Access;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.port.in.CheckAccessUseCase;
import dev.plara.wallet.core.port.in.NotificationsUseCase;
import dev.plara.wallet.core.port.in.RememberUserUseCase;
import dev.plara.wallet.core.port.in.ViewWalletUseCase;
import dev.plara.wallet.core.port.out.CatalogStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.UserStore;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A signed-in user's own account: reading wallets, history, notifications and access, marking notifications read,
 * and being remembered so that payments naming the user can be credited.
 */
public final class AccountService implements ViewWalletUseCase, NotificationsUseCase, CheckAccessUseCase,
        RememberUserUseCase {

    private final LedgerStore ledger;
    private final NotificationStore notifications;
    private final CatalogStore catalog;
    private final AccessRules access;
    private final UserStore users;
    private final Clock clock;

    public AccountService(LedgerStore ledger, NotificationStore notifications, CatalogStore catalog,
                          AccessRules access, UserStore users, Clock clock) {
        this.ledger = ledger;
        this.notifications = notifications;
        this.catalog = catalog;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<WalletBalance> balances(UserId user) {
        return ledger.balances(user);
    }

    @Override
    public Page<PostedEntry> history(UserId user, PageRequest page) {
        return ledger.history(user, page);
    }

    @Override
    public Page<Notification> list(UserId user, PageRequest page) {
        return notifications.of(user, page);
    }

    @Override
    public long unreadCount(UserId user) {
        return notifications.unreadCount(user);
    }

    @Override
    public boolean markRead(UserId user, String notificationId) {
        return notifications.markRead(user, notificationId);
    }

    @Override
    public long markAllRead(UserId user) {
        return notifications.markAllRead(user);
    }

    @Override
    public Optional<Access> access(UserId user, ItemId item) {
        return catalog.find(item).map(found -> access.accessTo(user, found, clock.instant()));
    }

    @Override
    public List<Access> catalogAccess(UserId user) {
        var grants = access.of(user);
        var now = clock.instant();
        return catalog.all().stream().map(item -> grants.accessTo(item, now)).toList();
    }

    @Override
    public Optional<Grant> holding(UserId user, PaymentProduct product) {
        return product.creditPack() ? Optional.empty()
                : access.holding(user, product.soldAs(), product.unlocks(), clock.instant());
    }

    @Override
    public List<Grant> grants(UserId user) {
        return access.of(user).grants();
    }

    @Override
    public void remember(UserProfile user) {
        users.remember(user);
    }
}

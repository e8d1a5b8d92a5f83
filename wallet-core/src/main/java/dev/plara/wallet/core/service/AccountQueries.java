package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.Entitlement;
import dev.plara.wallet.core.domain.ItemId;
import dev.plara.wallet.core.domain.Notification;
import dev.plara.wallet.core.domain.Page;
import dev.plara.wallet.core.domain.PageRequest;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.domain.UserProfile;
import dev.plara.wallet.core.domain.WalletBalance;
import dev.plara.wallet.core.port.in.CheckAccessUseCase;
import dev.plara.wallet.core.port.in.NotificationsUseCase;
import dev.plara.wallet.core.port.in.RememberUserUseCase;
import dev.plara.wallet.core.port.in.ViewWalletUseCase;

import java.time.Clock;
import java.util.List;

/** What a signed-in user reads about their own account: wallets, history, notifications and access. */
public final class AccountQueries implements ViewWalletUseCase, NotificationsUseCase, CheckAccessUseCase,
        RememberUserUseCase {

    private final WalletStores stores;
    private final Clock clock;

    AccountQueries(WalletStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public List<WalletBalance> balances(UserId user) {
        return stores.ledger().balances(user);
    }

    @Override
    public Page<PostedEntry> history(UserId user, PageRequest page) {
        return stores.ledger().history(user, page);
    }

    @Override
    public Page<Notification> list(UserId user, PageRequest page) {
        return stores.notifications().of(user, page);
    }

    @Override
    public long unreadCount(UserId user) {
        return stores.notifications().unreadCount(user);
    }

    @Override
    public boolean markRead(UserId user, String notificationId) {
        return stores.notifications().markRead(user, notificationId);
    }

    @Override
    public boolean hasAccess(UserId user, ItemId item) {
        return stores.entitlements().find(user, item).filter(access -> access.activeAt(clock.instant())).isPresent();
    }

    @Override
    public List<Entitlement> entitlements(UserId user) {
        return stores.entitlements().of(user);
    }

    @Override
    public void remember(UserProfile user) {
        stores.users().remember(user);
    }
}

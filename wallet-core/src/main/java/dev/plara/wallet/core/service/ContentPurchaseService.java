package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.PurchaseFacts;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseResult;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.CatalogStore;
import dev.plara.wallet.core.port.out.EntitlementStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Overdraft;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Clock;
import java.util.Optional;

/**
 * Spends wallet balance on content. The ledger's non-negative guard decides affordability atomically, and the key
 * {@code purchase:<user>:<item>} (per period for plans) makes owning an item twice impossible even under races. A
 * purchase grants access to the item and tells its buyer.
 */
public final class ContentPurchaseService implements PurchaseContentUseCase {

    private final CatalogStore catalog;
    private final EntitlementStore entitlements;
    private final LedgerStore ledger;
    private final NotificationStore notifications;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ContentPurchaseService(CatalogStore catalog, EntitlementStore entitlements, LedgerStore ledger,
                                  NotificationStore notifications, UnitOfWork unitOfWork, Clock clock) {
        this.catalog = catalog;
        this.entitlements = entitlements;
        this.ledger = ledger;
        this.notifications = notifications;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public PurchaseResult purchase(PurchaseContent command) {
        var found = catalog.find(command.item());
        if (found.isEmpty()) {
            return new PurchaseResult.UnknownItem(command.item());
        }
        var item = found.get();
        var now = clock.instant();
        var owned = entitlements.find(command.user(), item.id());
        if (owned.filter(entitlement -> entitlement.activeAt(now)).isPresent()) {
            return new PurchaseResult.AlreadyOwned(owned.get());
        }
        var entry = new LedgerEntry(keyFor(command.user(), item, owned), Account.wallet(command.user(),
                item.price().currency()), Account.contentRevenue(item.price().currency()), item.price(),
                new PurchaseFacts(item.id(), item.title()), now);
        return unitOfWork.run(() -> pay(item, entry));
    }

    private PurchaseResult pay(CatalogItem item, LedgerEntry entry) {
        return post(entry).match(
                appended -> new PurchaseResult.Purchased(item, entitlementOf(entry), balanceAfter(appended.posted())),
                repeat -> new PurchaseResult.AlreadyOwned(entitlementOf(entry)),
                conflict -> {
                    post(conflict.existing().entry());
                    return new PurchaseResult.AlreadyOwned(entitlementOf(entry));
                },
                lacking -> new PurchaseResult.InsufficientFunds(item, lacking.balance()));
    }

    private AppendResult post(LedgerEntry entry) {
        var result = ledger.append(entry, Overdraft.FORBIDDEN);
        result.recorded().ifPresent(this::settle);
        return result;
    }

    /** What a purchase causes, each step idempotent: access to the item granted, and the buyer told. */
    void settle(PostedEntry purchase) {
        grantAccess(purchase);
        notifications.add(Notification.aboutEntry(purchase, NotificationKind.PURCHASE, Messages.purchase(purchase)));
        ledger.markSettled(purchase.key());
    }

    private void grantAccess(PostedEntry purchase) {
        var entry = purchase.entry();
        var itemId = itemOf(entry);
        var item = catalog.find(itemId)
                .orElseThrow(() -> new IllegalStateException("purchase " + entry.key() + " names unknown item " + itemId));
        var grantedAt = entry.recordedAt();
        var until = item.isPlan() ? grantedAt.plus(item.accessPeriod()) : null;
        entitlements.putIfNewer(new Entitlement(entry.wallet().owner(), itemId, entry.key().value(),
                GrantStatus.ACTIVE, grantedAt, until, entry.key().period()));
    }

    private IdempotencyKey keyFor(UserId user, CatalogItem item, Optional<Entitlement> owned) {
        if (!item.isPlan()) {
            return IdempotencyKey.purchase(user, item.id());
        }
        return IdempotencyKey.purchasePeriod(user, item.id(), owned.map(Entitlement::version).orElse(0L) + 1);
    }

    private Entitlement entitlementOf(LedgerEntry entry) {
        return entitlements.find(entry.wallet().owner(), itemOf(entry))
                .orElseThrow(() -> new IllegalStateException("settled purchase " + entry.key() + " granted nothing"));
    }

    private static ItemId itemOf(LedgerEntry purchase) {
        return new ItemId(purchase.facts().reference());
    }

    private static WalletBalance balanceAfter(PostedEntry posted) {
        return new WalletBalance(posted.entry().wallet(), posted.balanceAfter(), posted.walletSequence());
    }
}

package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.AccessKeys;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.Unlocks;
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
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Overdraft;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Clock;

/**
 * Spends wallet balance on content. The ledger's non-negative guard decides affordability atomically, and the key
 * {@code purchase:<user>:<item>} (per period for plans) makes buying an item twice impossible even under races;
 * nothing the user already holds (an item their grants open for good, a plan period still running) is sold. A
 * purchase grants what the item unlocks, keyed by its ledger entry, and tells its buyer.
 */
public final class ContentPurchaseService implements PurchaseContentUseCase {

    private final CatalogStore catalog;
    private final GrantStore grants;
    private final AccessRules access;
    private final LedgerStore ledger;
    private final NotificationStore notifications;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ContentPurchaseService(CatalogStore catalog, GrantStore grants, LedgerStore ledger,
                                  NotificationStore notifications, UnitOfWork unitOfWork, Clock clock) {
        this.catalog = catalog;
        this.grants = grants;
        this.access = new AccessRules(grants, catalog);
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
        var held = access.holding(command.user(), item.id(), item.unlocks(), now);
        if (held.isPresent()) {
            return new PurchaseResult.AlreadyOwned(held.get());
        }
        var entry = new LedgerEntry(keyFor(command.user(), item), Account.wallet(command.user(),
                item.price().currency()), Account.contentRevenue(item.price().currency()), item.price(),
                new PurchaseFacts(item.id(), item.title()), now);
        return unitOfWork.run(() -> pay(item, entry));
    }

    private PurchaseResult pay(CatalogItem item, LedgerEntry entry) {
        return post(entry).match(
                appended -> new PurchaseResult.Purchased(item, grantOf(entry), balanceAfter(appended.posted())),
                repeat -> new PurchaseResult.AlreadyOwned(grantOf(entry)),
                conflict -> {
                    post(conflict.existing().entry());
                    return new PurchaseResult.AlreadyOwned(grantOf(entry));
                },
                lacking -> new PurchaseResult.InsufficientFunds(item, lacking.balance()));
    }

    private AppendResult post(LedgerEntry entry) {
        var result = ledger.append(entry, Overdraft.FORBIDDEN);
        result.recorded().ifPresent(this::settle);
        return result;
    }

    /** What a purchase causes, each step idempotent: what the item unlocks granted, and the buyer told. */
    void settle(PostedEntry purchase) {
        var grant = grantAccess(purchase);
        var opens = grant.unlocks().equals(Unlocks.item(grant.soldAs())) ? ""
                : " " + AccessNotices.message(grant, access.of(grant.user()), purchase.entry().recordedAt());
        notifications.add(Notification.aboutEntry(purchase, NotificationKind.PURCHASE,
                Messages.purchase(purchase) + opens));
        ledger.markSettled(purchase.key());
    }

    private Grant grantAccess(PostedEntry purchase) {
        var entry = purchase.entry();
        var itemId = itemOf(entry);
        var item = catalog.find(itemId)
                .orElseThrow(() -> new IllegalStateException("purchase " + entry.key() + " names unknown item " + itemId));
        var grantedAt = entry.recordedAt();
        var until = item.isPlan() ? grantedAt.plus(item.accessPeriod()) : null;
        var grant = new Grant(entry.wallet().owner(), item.unlocks(), sourceOf(entry, item.isPlan()), itemId,
                item.title(), GrantStatus.ACTIVE, grantedAt, until, entry.key().period());
        grants.upsertIfNewer(grant);
        return grant;
    }

    /** A plan sells numbered periods: the next after the last one this user bought. */
    private IdempotencyKey keyFor(UserId user, CatalogItem item) {
        if (!item.isPlan()) {
            return IdempotencyKey.purchase(user, item.id());
        }
        long last = grants.filedUnder(user, AccessKeys.item(item.id())).stream()
                .filter(grant -> grant.soldAs().equals(item.id())
                        && grant.source().kind() == GrantSource.Kind.STORE_PLAN_PERIOD)
                .mapToLong(Grant::version).max().orElse(0);
        return IdempotencyKey.purchasePeriod(user, item.id(), last + 1);
    }

    private Grant grantOf(LedgerEntry entry) {
        var plan = catalog.find(itemOf(entry)).filter(CatalogItem::isPlan).isPresent();
        return grants.bySource(sourceOf(entry, plan))
                .orElseThrow(() -> new IllegalStateException("settled purchase " + entry.key() + " granted nothing"));
    }

    private static GrantSource sourceOf(LedgerEntry purchase, boolean plan) {
        return new GrantSource(plan ? GrantSource.Kind.STORE_PLAN_PERIOD : GrantSource.Kind.WALLET_PURCHASE,
                purchase.key().value());
    }

    private static ItemId itemOf(LedgerEntry purchase) {
        return new ItemId(purchase.facts().reference());
    }

    private static WalletBalance balanceAfter(PostedEntry posted) {
        return new WalletBalance(posted.entry().wallet(), posted.balanceAfter(), posted.walletSequence());
    }
}

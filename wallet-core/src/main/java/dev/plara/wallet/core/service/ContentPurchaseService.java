package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.Account;
import dev.plara.wallet.core.domain.CatalogItem;
import dev.plara.wallet.core.domain.Entitlement;
import dev.plara.wallet.core.domain.EntryFacts;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.IdempotencyKey;
import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.domain.WalletBalance;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;

import java.time.Clock;
import java.util.Optional;

/**
 * Spends wallet balance on content. The ledger's non-negative guard decides affordability atomically, and the key
 * {@code purchase:<user>:<item>} (per period for plans) makes owning an item twice impossible even under races.
 */
public final class ContentPurchaseService implements PurchaseContentUseCase {

    private final WalletStores stores;
    private final Posting posting;
    private final Clock clock;

    ContentPurchaseService(WalletStores stores, Posting posting, Clock clock) {
        this.stores = stores;
        this.posting = posting;
        this.clock = clock;
    }

    @Override
    public PurchaseResult purchase(PurchaseContent command) {
        var found = stores.catalog().find(command.item());
        if (found.isEmpty()) {
            return new PurchaseResult.UnknownItem(command.item());
        }
        var item = found.get();
        var now = clock.instant();
        var owned = stores.entitlements().find(command.user(), item.id());
        if (owned.filter(entitlement -> entitlement.activeAt(now)).isPresent()) {
            return new PurchaseResult.AlreadyOwned(owned.get());
        }
        var entry = new LedgerEntry(keyFor(command.user(), item, owned), Account.wallet(command.user(),
                item.price().currency()), Account.contentRevenue(item.price().currency()), item.price(),
                EntryKind.PURCHASE, EntryFacts.purchase(item.id(), item.title()), now);
        return stores.unitOfWork().run(() -> pay(item, entry));
    }

    private PurchaseResult pay(CatalogItem item, LedgerEntry entry) {
        var result = posting.post(entry, Overdraft.FORBIDDEN);
        if (result instanceof AppendResult.Appended appended) {
            return new PurchaseResult.Purchased(item, entitlementOf(entry), balanceAfter(appended.posted()));
        }
        if (result instanceof AppendResult.InsufficientFunds lacking) {
            return new PurchaseResult.InsufficientFunds(item, lacking.balance());
        }
        if (result instanceof AppendResult.Conflict conflict) {
            posting.post(conflict.existing().entry(), Overdraft.FORBIDDEN);
        }
        return new PurchaseResult.AlreadyOwned(entitlementOf(entry));
    }

    private IdempotencyKey keyFor(UserId user, CatalogItem item, Optional<Entitlement> owned) {
        if (!item.isPlan()) {
            return IdempotencyKey.purchase(user, item.id());
        }
        return IdempotencyKey.purchasePeriod(user, item.id(), owned.map(Entitlement::version).orElse(0L) + 1);
    }

    private Entitlement entitlementOf(LedgerEntry entry) {
        return stores.entitlements().find(entry.wallet().owner(), entry.facts().itemId())
                .orElseThrow(() -> new IllegalStateException("settled purchase " + entry.key() + " granted nothing"));
    }

    private static WalletBalance balanceAfter(PostedEntry posted) {
        return new WalletBalance(posted.entry().wallet(), posted.balanceAfter(), posted.walletSequence());
    }
}

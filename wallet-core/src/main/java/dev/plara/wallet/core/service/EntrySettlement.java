package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.Assignment;
import dev.plara.wallet.core.domain.Channel;
import dev.plara.wallet.core.domain.DepositStatus;
import dev.plara.wallet.core.domain.Entitlement;
import dev.plara.wallet.core.domain.EntitlementStatus;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.Notification;
import dev.plara.wallet.core.domain.NotificationKind;
import dev.plara.wallet.core.domain.OutboxMessage;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.UnmatchedReason;

/**
 * Applies the follow-ups of a posted entry: the in-app notification, the operator log message, the entitlement a
 * purchase bought, the approval a bank credit completes, the parked payment a card credit resolves (an admin's
 * assignment, or the same order credited when it came again). Every step is idempotent, so settling twice, or
 * finishing a settlement a crash interrupted, gives the same state as settling once.
 */
final class EntrySettlement {

    private final WalletStores stores;

    EntrySettlement(WalletStores stores) {
        this.stores = stores;
    }

    void settle(PostedEntry posted) {
        var entry = posted.entry();
        switch (entry.kind()) {
            case CARD_DEPOSIT -> {
                resolveParkedPayment(posted);
                notify(posted, NotificationKind.CREDIT, Messages.cardCredit(posted));
            }
            case BANK_DEPOSIT -> {
                completeApproval(posted);
                notify(posted, NotificationKind.DEPOSIT_APPROVED, Messages.bankCredit(posted));
            }
            case PURCHASE -> {
                grantPurchase(posted);
                notify(posted, NotificationKind.PURCHASE, Messages.purchase(posted));
            }
            case REFUND -> notify(posted, NotificationKind.REFUND, Messages.refund(posted));
        }
        if (entry.kind() != EntryKind.PURCHASE) {
            stores.outbox().enqueue(new OutboxMessage("log:" + entry.key(), Channel.TELEGRAM, null, null,
                    Messages.operatorLog(posted), entry.recordedAt()));
        }
        stores.ledger().markSettled(entry.key());
    }

    private void notify(PostedEntry posted, NotificationKind kind, String message) {
        var entry = posted.entry();
        stores.notifications().add(Notification.unread("entry:" + entry.key(), entry.wallet().owner(), kind, message,
                entry.walletDelta(), entry.recordedAt()));
    }

    private void completeApproval(PostedEntry posted) {
        var depositId = posted.entry().facts().depositId();
        stores.deposits().find(depositId)
                .filter(deposit -> deposit.status() == DepositStatus.APPROVING)
                .ifPresent(deposit -> stores.deposits().replace(DepositStatus.APPROVING, deposit.approved()));
    }

    /**
     * A parked payment whose order is now credited stops waiting: assigned as the admin decided, or resolved by Plara
     * when the order came again; also when a crash came between the credit and that. A conflict stays for an admin.
     */
    private void resolveParkedPayment(PostedEntry posted) {
        var entry = posted.entry();
        var facts = entry.facts();
        if (facts.orderId() == null) {
            return;
        }
        var owner = entry.wallet().owner();
        var assignment = facts.processedBy() != null
                ? new Assignment(owner, facts.processedBy(), facts.processedAt(), facts.notes())
                : Assignment.creditedWhenItCameAgain(owner, entry.recordedAt());
        stores.unmatched().find(facts.orderId())
                .filter(parked -> parked.waiting() && parked.reason() != UnmatchedReason.CONFLICT)
                .ifPresent(parked -> stores.unmatched().assign(parked.orderId(), assignment));
    }

    private void grantPurchase(PostedEntry posted) {
        var entry = posted.entry();
        var itemId = entry.facts().itemId();
        var item = stores.catalog().find(itemId)
                .orElseThrow(() -> new IllegalStateException("purchase " + entry.key() + " names unknown item " + itemId));
        var grantedAt = entry.recordedAt();
        var until = item.isPlan() ? grantedAt.plus(item.accessPeriod()) : null;
        stores.entitlements().putIfNewer(new Entitlement(entry.wallet().owner(), itemId, entry.key().value(),
                EntitlementStatus.ACTIVE, grantedAt, until, entry.key().period()));
    }
}

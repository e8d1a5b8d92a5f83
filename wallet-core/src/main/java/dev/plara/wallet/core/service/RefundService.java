package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.Account;
import dev.plara.wallet.core.domain.Conversion;
import dev.plara.wallet.core.domain.Entitlement;
import dev.plara.wallet.core.domain.EntitlementStatus;
import dev.plara.wallet.core.domain.EntryFacts;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.IdempotencyKey;
import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.ProductOrder;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * Applies refunds the provider completed: a deposit's refund is debited from the wallet at the rate the deposit was
 * credited at (and may overdraw it), once per refund id; a product order's full refund revokes the access it bought.
 */
public final class RefundService implements ApplyRefundUseCase {

    private final WalletStores stores;
    private final Posting posting;
    private final Clock clock;

    RefundService(WalletStores stores, Posting posting, Clock clock) {
        this.stores = stores;
        this.posting = posting;
        this.clock = clock;
    }

    @Override
    public RefundResult apply(CompletedRefund refund) {
        var credit = stores.ledger().find(IdempotencyKey.polarOrder(refund.orderId()));
        if (credit.isPresent()) {
            return debit(refund, credit.get());
        }
        var order = stores.orders().find(refund.orderId());
        if (order.isPresent()) {
            return stores.unitOfWork().run(() -> refundOrder(refund, order.get()));
        }
        if (stores.unmatched().find(refund.orderId()).isPresent()) {
            return new RefundResult.NothingCredited(refund.orderId());
        }
        return new RefundResult.OrderNotYetKnown(refund.orderId());
    }

    private RefundResult debit(CompletedRefund refund, PostedEntry credit) {
        var conversion = conversionOf(credit);
        var amount = conversion.apply(refund.amount());
        if (!amount.isPositive()) {
            return new RefundResult.NothingCredited(refund.orderId());
        }
        var wallet = credit.entry().wallet();
        var entry = new LedgerEntry(IdempotencyKey.polarRefund(refund.refundId()), wallet,
                Account.polarClearing(wallet.currency()), amount, EntryKind.REFUND,
                EntryFacts.polarRefund(refund.orderId(), "Card deposit refunded", conversion, refund.amount()),
                clock.instant());
        var result = stores.unitOfWork().run(() -> posting.post(entry, Overdraft.ALLOWED));
        if (result instanceof AppendResult.Appended appended) {
            return new RefundResult.Debited(appended.posted());
        }
        if (result instanceof AppendResult.AlreadyApplied repeat) {
            return new RefundResult.AlreadyApplied(repeat.existing());
        }
        if (result instanceof AppendResult.Conflict conflict) {
            return new RefundResult.Conflicting(conflict.existing(), conflict.reason());
        }
        throw new IllegalStateException("a refund may overdraw, so it cannot lack funds: " + result);
    }

    /** The conversion the credit was made at, so a refund takes back exactly what the payment put in. */
    static Conversion conversionOf(PostedEntry credit) {
        var facts = credit.entry().facts();
        var walletCurrency = credit.entry().amount().currency();
        if (facts.rate() == null) {
            return Conversion.identity(walletCurrency);
        }
        return new Conversion(facts.paidAmount().currency(), walletCurrency, new BigDecimal(facts.rate()));
    }

    private RefundResult refundOrder(CompletedRefund refund, ProductOrder order) {
        var updated = stores.orders().addRefund(order.orderId(), refund.refundId(), refund.amount()).orElse(order);
        var current = stores.entitlements().find(updated.owner(), updated.item());
        if (updated.fullyRefunded() && current.filter(access -> access.status() == EntitlementStatus.REVOKED).isEmpty()) {
            var version = Math.max(current.map(access -> access.version() + 1).orElse(0L),
                    refund.refundedAt().toEpochMilli());
            var granted = current.orElse(new Entitlement(updated.owner(), updated.item(), updated.orderId(),
                    EntitlementStatus.ACTIVE, updated.paidAt(), null, 0));
            stores.entitlements().putIfNewer(granted.revoked(refund.refundedAt(), version));
        }
        return new RefundResult.OrderRefunded(updated,
                stores.entitlements().find(updated.owner(), updated.item()).orElse(null));
    }

    static Money refundable(PostedEntry credit) {
        var facts = credit.entry().facts();
        return facts.paidAmount() != null ? facts.paidAmount() : credit.entry().amount();
    }
}

package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaidTwice;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.payment.RefundableOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.FindRefundableOrdersUseCase;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.ProductOrderStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What Plara knows of paid orders and their confirmed refunds: a wallet deposit's from its credit and the refund debits
 * of the same order in its owner's history, a direct purchase's from the order record.
 */
public final class RefundableOrders implements FindRefundableOrdersUseCase {

    /** How many of the latest orders paid twice an admin is shown. */
    private static final int PAID_TWICE_SHOWN = 100;

    private final LedgerStore ledger;
    private final OrderRefunds history;
    private final ProductOrderStore orders;

    public RefundableOrders(LedgerStore ledger, ProductOrderStore orders) {
        this.ledger = ledger;
        this.history = new OrderRefunds(ledger);
        this.orders = orders;
    }

    @Override
    public Optional<RefundableOrder> order(String orderId) {
        var credit = ledger.find(IdempotencyKey.polarOrder(orderId));
        if (credit.isPresent()) {
            var owner = credit.get().entry().wallet().owner();
            return Optional.of(deposit(credit.get(), history.of(owner, orderId)));
        }
        return orders.find(orderId).map(RefundableOrders::purchase);
    }

    @Override
    public List<RefundableOrder> ofUser(UserId user) {
        var credits = new ArrayList<PostedEntry>();
        var refunds = new ArrayList<PostedEntry>();
        history.eachEntryOf(user, posted -> posted.entry().facts().match(card -> credits.add(posted), bank -> false,
                purchase -> false, refund -> refunds.add(posted)));
        var found = new ArrayList<RefundableOrder>();
        credits.forEach(credit -> found.add(deposit(credit, refunds.stream()
                .filter(debit -> debit.entry().facts().reference().equals(credit.entry().facts().reference())).toList())));
        orders.ownedBy(user).forEach(order -> found.add(purchase(order)));
        found.sort(Comparator.comparing(RefundableOrder::paidAt).reversed());
        return found;
    }

    @Override
    public List<PaidTwice> paidTwice() {
        var found = new ArrayList<PaidTwice>();
        for (var marked : orders.paidTwice(PAID_TWICE_SHOWN)) {
            orders.find(marked.orderId()).ifPresent(order -> orders.find(marked.alsoCoveredBy())
                    .ifPresent(other -> found.add(new PaidTwice(order, other))));
        }
        return found;
    }

    private static RefundableOrder deposit(PostedEntry credit, List<PostedEntry> refunds) {
        var paid = RefundAmounts.refundable(credit);
        var refunded = refunds.stream().map(RefundAmounts::refundable).reduce(Money.zero(paid.currency()), Money::plus);
        return new RefundableOrder(credit.entry().facts().reference(), credit.entry().wallet().owner(), null, paid,
                refunded, credit.entry().recordedAt());
    }

    private static RefundableOrder purchase(ProductOrder order) {
        return new RefundableOrder(order.orderId(), order.owner(), order.productName(), order.amount(),
                order.refunded(), order.paidAt());
    }
}

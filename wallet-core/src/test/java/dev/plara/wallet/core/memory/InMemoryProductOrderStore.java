package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.ProductOrderStore;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Product orders in memory. */
public final class InMemoryProductOrderStore implements ProductOrderStore {

    private final Map<String, ProductOrder> orders = new HashMap<>();
    private final Set<String> countedRefunds = new HashSet<>();
    private final Map<String, String> paidTwice = new HashMap<>();

    @Override
    public synchronized boolean save(ProductOrder order) {
        return orders.putIfAbsent(order.orderId(), order) == null;
    }

    @Override
    public synchronized Optional<ProductOrder> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public synchronized Optional<ProductOrder> byCheckout(String checkoutId) {
        return orders.values().stream().filter(order -> checkoutId.equals(order.checkoutId())).findFirst();
    }

    @Override
    public synchronized List<ProductOrder> ownedBy(UserId owner) {
        return orders.values().stream().filter(order -> order.owner().equals(owner))
                .sorted(Comparator.comparing(ProductOrder::paidAt).reversed()).toList();
    }

    @Override
    public synchronized Optional<ProductOrder> addRefund(String orderId, String refundId, Money amount) {
        var order = orders.get(orderId);
        if (order == null || !countedRefunds.add(refundId)) {
            return Optional.ofNullable(order);
        }
        var refunded = order.withRefunded(order.refunded().plus(amount));
        orders.put(orderId, refunded);
        return Optional.of(refunded);
    }

    @Override
    public synchronized boolean markPaidTwice(String orderId, String alsoCoveredBy) {
        return orders.containsKey(orderId) && paidTwice.putIfAbsent(orderId, alsoCoveredBy) == null;
    }

    @Override
    public synchronized List<Marked> paidTwice(int limit) {
        return paidTwice.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, String> e) -> orders.get(e.getKey()).paidAt())
                        .reversed())
                .limit(limit).map(e -> new Marked(e.getKey(), e.getValue())).toList();
    }
}

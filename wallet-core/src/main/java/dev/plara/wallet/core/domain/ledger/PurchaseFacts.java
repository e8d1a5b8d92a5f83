package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.access.ItemId;

import java.util.Objects;
import java.util.function.Function;

/** A wallet paid for content: the item bought and its title at the time. */
public record PurchaseFacts(ItemId itemId, String title) implements EntryFacts {

    public PurchaseFacts {
        Objects.requireNonNull(itemId, "item id");
        Objects.requireNonNull(title, "title");
    }

    @Override
    public <T> T match(Function<CardDepositFacts, T> card, Function<BankDepositFacts, T> bank,
                       Function<PurchaseFacts, T> purchase, Function<RefundFacts, T> refund) {
        return purchase.apply(this);
    }

    @Override
    public String reference() {
        return itemId.value();
    }

    @Override
    public String description() {
        return title;
    }
}

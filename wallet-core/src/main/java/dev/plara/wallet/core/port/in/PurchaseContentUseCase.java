package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Objects;
import java.util.function.Function;

/**
 * A user spends wallet balance on content: unlock a video, buy a photo, buy a period of a subscription plan. Never
 * below zero, never owned twice; a refusal changes nothing and says why.
 */
public interface PurchaseContentUseCase {

    PurchaseResult purchase(PurchaseContent command);

    /** {@code user} buys {@code item}. */
    record PurchaseContent(UserId user, ItemId item) {
        public PurchaseContent {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(item, "item");
        }
    }

    /** What a purchase did. */
    sealed interface PurchaseResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Purchased, T> purchased, Function<InsufficientFunds, T> insufficientFunds,
                Function<AlreadyOwned, T> alreadyOwned, Function<UnknownItem, T> unknownItem);

        /** Paid and owned; {@code balance} is the wallet right after. */
        record Purchased(CatalogItem item, Grant grant, WalletBalance balance) implements PurchaseResult {
            @Override
            public <T> T match(Function<Purchased, T> purchased, Function<InsufficientFunds, T> insufficientFunds,
                    Function<AlreadyOwned, T> alreadyOwned, Function<UnknownItem, T> unknownItem) {
                return purchased.apply(this);
            }
        }

        /** The wallet holds less than the price; nothing changed. */
        record InsufficientFunds(CatalogItem item, WalletBalance balance) implements PurchaseResult {
            @Override
            public <T> T match(Function<Purchased, T> purchased, Function<InsufficientFunds, T> insufficientFunds,
                    Function<AlreadyOwned, T> alreadyOwned, Function<UnknownItem, T> unknownItem) {
                return insufficientFunds.apply(this);
            }
        }

        /** The user already has access (for a plan: a period still running); nothing changed. */
        record AlreadyOwned(Grant grant) implements PurchaseResult {
            @Override
            public <T> T match(Function<Purchased, T> purchased, Function<InsufficientFunds, T> insufficientFunds,
                    Function<AlreadyOwned, T> alreadyOwned, Function<UnknownItem, T> unknownItem) {
                return alreadyOwned.apply(this);
            }
        }

        /** Nothing with that id is for sale. */
        record UnknownItem(ItemId item) implements PurchaseResult {
            @Override
            public <T> T match(Function<Purchased, T> purchased, Function<InsufficientFunds, T> insufficientFunds,
                    Function<AlreadyOwned, T> alreadyOwned, Function<UnknownItem, T> unknownItem) {
                return unknownItem.apply(this);
            }
        }
    }
}

package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.CatalogItem;
import dev.plara.wallet.core.domain.Entitlement;
import dev.plara.wallet.core.domain.ItemId;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.domain.WalletBalance;

import java.util.Objects;

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
        /** Paid and owned; {@code balance} is the wallet right after. */
        record Purchased(CatalogItem item, Entitlement entitlement, WalletBalance balance) implements PurchaseResult {
        }

        /** The wallet holds less than the price; nothing changed. */
        record InsufficientFunds(CatalogItem item, WalletBalance balance) implements PurchaseResult {
        }

        /** The user already has access (for a plan: a period still running); nothing changed. */
        record AlreadyOwned(Entitlement entitlement) implements PurchaseResult {
        }

        /** Nothing with that id is for sale. */
        record UnknownItem(ItemId item) implements PurchaseResult {
        }
    }
}

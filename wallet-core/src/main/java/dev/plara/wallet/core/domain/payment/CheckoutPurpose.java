package dev.plara.wallet.core.domain.payment;

/** What a Polar checkout is for: topping up a wallet, or buying a product directly. */
public enum CheckoutPurpose {
    WALLET_DEPOSIT("wallet_deposit"),
    PRODUCT_PURCHASE("product_purchase");

    private final String wireName;

    CheckoutPurpose(String wireName) {
        this.wireName = wireName;
    }

    /** The value carried in checkout metadata as {@code plara_purpose}. */
    public String wireName() {
        return wireName;
    }
}

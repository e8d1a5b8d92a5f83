package dev.plara.app;

/** The Polar emulator's hosted checkout page as a buyer uses it: card number, expiry, CVC, then Pay. */
final class EmulatorCheckout {

    static final String PAYS = "4242 4242 4242 4242";
    static final String DECLINED = "4000 0000 0000 0002";

    private final Browser browser;

    EmulatorCheckout(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the checkout page, fills in {@code card} and presses Pay. */
    void payWith(String card) {
        browser.visible("#card-number").sendKeys(card);
        browser.find("#expiry").sendKeys("12 / 34");
        browser.find("#cvc").sendKeys("123");
        browser.find("#pay").click();
    }
}

package dev.plara.http.pages;

/**
 * The product's pages: where each is served, its title, its body (an HTML resource next to this class), its script
 * module under {@code /assets/js/} if it has one, and who may open it.
 */
public enum WebPage {
    PRICING("/", "Pricing", "pricing", true, Gate.ANYONE),
    CHECKOUT_SUCCESS("/checkout/success", "Your payment", "success", true, Gate.ANYONE),
    CHECKOUT_RETURN("/checkout/return", "Checkout closed", "return", false, Gate.ANYONE),
    STORE("/store", "Store", "store", true, Gate.ANYONE),
    WALLET("/wallet", "Wallet", "wallet", true, Gate.SIGNED_IN),
    DEPOSIT("/deposit", "Add money", "deposit", true, Gate.SIGNED_IN),
    PURCHASES("/purchases", "My purchases", "purchases", true, Gate.SIGNED_IN),
    ADMIN("/admin", "Admin", "admin", true, Gate.ADMIN);

    /** Who may open a page; the others get a page that says why not. */
    public enum Gate { ANYONE, SIGNED_IN, ADMIN }

    private final String path;
    private final String title;
    private final String resource;
    private final boolean scripted;
    private final Gate gate;

    WebPage(String path, String title, String resource, boolean scripted, Gate gate) {
        this.path = path;
        this.title = title;
        this.resource = resource;
        this.scripted = scripted;
        this.gate = gate;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    /** The body's resource name ({@code pricing.html}), and the script's ({@code /assets/js/pricing.js}). */
    public String resource() {
        return resource;
    }

    public Gate gate() {
        return gate;
    }

    /** The page's script module, or {@code null} for a page that needs none. */
    public String script() {
        return scripted ? "/assets/js/" + resource + ".js" : null;
    }
}

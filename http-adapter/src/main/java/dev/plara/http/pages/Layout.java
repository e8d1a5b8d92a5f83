package dev.plara.http.pages;

import dev.plara.http.web.CsrfTokens;
import dev.plara.http.web.Amounts;

/**
 * The one shell every server-rendered page shares: head with the stylesheet and (optionally) the page's script
 * module, a skip link, the header with the main navigation, who is signed in and a sign-out button, the {@code main}
 * landmark holding the page's body, and the footer. Nothing inline, so the strict Content-Security-Policy holds.
 */
public final class Layout {

    /** The sign-out form posts here (with the CSRF token in a hidden field) and is sent on to a signed-out page. */
    public static final String SIGN_OUT = "/signout";

    private static final String SHELL = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s - Plara</title>
            <link rel="stylesheet" href="/assets/plara.css">
            <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
            %s</head>
            <body data-signed-in="%s">
            <a class="skip" href="#main">Skip to content</a>
            <header class="site">
            <div class="bar">
            <a class="brand" href="/">Plara</a>
            <nav aria-label="Main"><ul>
            %s</ul></nav>
            <div class="who">%s</div>
            </div>
            </header>
            <main id="main" tabindex="-1">
            %s</main>
            <footer class="site"><p>Payments by Polar. Amounts are shown with their currency. <a href="/api-docs">API</a></p></footer>
            </body>
            </html>
            """;

    /**
     * @param current the path of the page shown, marked {@code aria-current} in the navigation
     * @param script  the page's module script, or {@code null} for none
     */
    public String render(String title, Visitor visitor, String current, String script, String body) {
        var head = script == null ? "" : "<script type=\"module\" src=\"" + Html.escape(script) + "\"></script>\n";
        return SHELL.formatted(Html.escape(title), head, visitor.signedIn(), navigation(visitor, current),
                who(visitor), body);
    }

    private static String navigation(Visitor visitor, String current) {
        var links = new StringBuilder();
        links.append(link("/", "Pricing", current));
        links.append(link("/store", "Store", current));
        if (visitor.signedIn()) {
            var badge = visitor.unread() == 0 ? "" : " <span class=\"badge\" id=\"nav-unread\">" + visitor.unread()
                    + "<span class=\"visually-hidden\"> unread</span></span>";
            links.append(link("/wallet", "Wallet" + badge, current));
            links.append(link("/deposit", "Add money", current));
            links.append(link("/purchases", "My purchases", current));
        }
        if (visitor.admin()) {
            links.append(link("/admin", "Admin", current));
        }
        return links.toString();
    }

    /** @param label HTML, already escaped */
    private static String link(String path, String label, String current) {
        var mark = path.equals(current) ? " aria-current=\"page\"" : "";
        return "<li><a href=\"" + path + "\"" + mark + ">" + label + "</a></li>\n";
    }

    private static String who(Visitor visitor) {
        if (visitor.signedIn()) {
            var name = "<span>Signed in as <strong>" + Html.escape(visitor.principal().name()) + "</strong></span>";
            var switchUser = visitor.demo() ? " <a href=\"/signin\">Switch user</a>" : "";
            return name + switchUser + (visitor.canSignOut() ? " " + signOutForm(visitor, "small secondary") : "");
        }
        return visitor.demo() ? "Not signed in. <a href=\"/signin\">Sign in</a>" : "Not signed in";
    }

    /** A form with one button that signs {@code visitor} out; {@code buttonClass} styles the button. */
    static String signOutForm(Visitor visitor, String buttonClass) {
        return "<form class=\"signout\" method=\"post\" action=\"" + SIGN_OUT + "\"><input type=\"hidden\" name=\""
                + CsrfTokens.FIELD + "\" value=\"" + Html.escape(visitor.csrfToken()) + "\"><button type=\"submit\" class=\""
                + buttonClass + "\">Sign out</button></form>";
    }
}

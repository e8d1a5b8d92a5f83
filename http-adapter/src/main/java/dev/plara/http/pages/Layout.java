package dev.plara.http.pages;

import dev.plara.http.web.Amounts;

/**
 * The one shell every server-rendered page shares: head with the stylesheet and (optionally) the page's script
 * module, a skip link, the header with the main navigation and who is signed in, the {@code main} landmark holding
 * the page's body, and the footer. Nothing inline, so the strict Content-Security-Policy holds.
 */
public final class Layout {

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
            <p class="who">%s</p>
            </div>
            </header>
            <main id="main" tabindex="-1">
            %s</main>
            <footer class="site"><p>Payments by Polar. Amounts are shown with their currency.</p></footer>
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
            var name = "Signed in as <strong>" + Html.escape(visitor.principal().name()) + "</strong>";
            return visitor.demo() ? name + " <a href=\"/signin\">Switch user</a>" : name;
        }
        return visitor.demo() ? "Not signed in. <a href=\"/signin\">Sign in</a>" : "Not signed in";
    }
}

package dev.plara.http.pages;

import dev.plara.http.DemoSignIn.DemoUser;

import java.util.List;

/**
 * Demo mode's sign-in page: one labelled radio button per demo user and a submit button, a plain form in the shared
 * layout that works without scripts (so it passes the strict Content-Security-Policy) and with the keyboard alone.
 * A visitor already signed in is told who they are and offered to sign out or to switch to another demo user.
 */
public final class SignInPage {

    /** The form posts here as {@code application/x-www-form-urlencoded} with {@code user_id}. */
    public static final String ACTION = "/api/demo/signin";

    private static final String BODY = """
            <section class="panel narrow">
            <h1>%s</h1>
            %s<form method="post" action="%s">
            <fieldset>
            <legend>Demo user</legend>
            %s</fieldset>
            <button type="submit">Sign in</button>
            </form>
            </section>
            """;

    private final Layout layout = new Layout();

    public String render(List<DemoUser> users, Visitor visitor) {
        var choices = new StringBuilder();
        for (int i = 0; i < users.size(); i++) {
            choices.append(choice(users.get(i), i == 0));
        }
        var body = BODY.formatted(visitor.signedIn() ? "Switch demo user" : "Sign in to the Plara demo",
                intro(visitor), ACTION, choices);
        return layout.render("Sign in", visitor, "/signin", null, body);
    }

    private static String intro(Visitor visitor) {
        if (!visitor.signedIn()) {
            return "<p>This demo has no passwords: pick who you want to be.</p>\n";
        }
        var principal = visitor.principal();
        var who = "<p class=\"signed-in\" role=\"status\">You are signed in as <strong>" + Html.escape(principal.name())
                + "</strong>" + (principal.email() == null ? "" : " (" + Html.escape(principal.email()) + ")") + ".</p>\n";
        var signOut = visitor.canSignOut() ? Layout.signOutForm(visitor, "secondary") + "\n" : "";
        return who + signOut + "<p>Or pick another demo user:</p>\n";
    }

    private static String choice(DemoUser user, boolean first) {
        var profile = user.profile();
        var id = Html.escape(profile.id().value());
        var label = Html.escape(profile.name()) + (profile.email() == null ? "" : " (" + Html.escape(profile.email()) + ")")
                + (user.isAdmin() ? ", administrator" : "");
        return "<p class=\"choice\"><input type=\"radio\" name=\"user_id\" id=\"user-" + id + "\" value=\"" + id + "\""
                + (first ? " checked" : "") + "> <label for=\"user-" + id + "\">" + label + "</label></p>\n";
    }
}

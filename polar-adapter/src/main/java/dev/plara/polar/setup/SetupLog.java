package dev.plara.polar.setup;

import dev.plara.polar.client.PolarApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the set-up steps find and do, gathered into a {@link SetupReport}. */
final class SetupLog {

    /** The scopes an organization access token needs for everything Plara and {@code polar-setup} call. */
    static final String TOKEN_SCOPES = "organizations:read, products:write, checkouts:write, customers:write, "
            + "customer_sessions:write, orders:read, refunds:write, subscriptions:write, disputes:read, webhooks:write";

    private final List<SetupProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private String newWebhookSecret;
    private boolean complete = true;

    void problem(String variable, String problem, String fix) {
        problems.add(new SetupProblem(variable, problem, fix));
    }

    void note(String note) {
        notes.add(note);
    }

    void changed(String change) {
        changes.add(change);
    }

    void environment(String variable, String value) {
        environment.put(variable, value);
    }

    void newWebhookSecret(String secret) {
        newWebhookSecret = secret;
    }

    /**
     * A call to Polar failed: a refused token or a missing scope is a problem of {@code POLAR_ACCESS_TOKEN}; Polar
     * unreachable or failing leaves the set-up unchecked; any other answer is Plara's own fault and is thrown.
     */
    void callFailed(String what, String scope, PolarApiException e) {
        if (e.status() == 401) {
            problem("POLAR_ACCESS_TOKEN", "Polar refused the token when asked to " + what + " (401 "
                    + e.errorType() + ")", "create an organization access token in Polar's settings for the server "
                    + "POLAR_SERVER names (sandbox and production tokens differ) and set it");
        } else if (e.status() == 403) {
            problem("POLAR_ACCESS_TOKEN", "the token may not " + what + " (403 " + e.errorType() + ": it lacks "
                    + scope + ")", "create a token with the scopes " + TOKEN_SCOPES);
        } else if (e.status() == 0 || e.status() >= 500) {
            complete = false;
            note("Polar could not be asked to " + what + " (" + e.getMessage() + "): that part is not checked");
        } else {
            throw e;
        }
    }

    SetupReport report() {
        return new SetupReport(problems, notes, changes, environment, Optional.ofNullable(newWebhookSecret), complete);
    }
}

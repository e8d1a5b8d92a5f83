package dev.plara.polar.setup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a set-up check or run found and did: the problems left (each naming its variable and fix), notes, the changes
 * made at Polar, the values to put in the environment (in the order to print them), and the secret of a webhook endpoint made just now (shown once).
 *
 * @param complete false when Polar could not be asked everything (unreachable, a server error)
 */
public record SetupReport(List<SetupProblem> problems, List<String> notes, List<String> changes,
                          Map<String, String> environment, Optional<String> newWebhookSecret, boolean complete) {

    public SetupReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        changes = List.copyOf(changes);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** Everything checked and nothing wrong. */
    public boolean ok() {
        return problems.isEmpty() && complete;
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "SetupReport[problems " + problems + ", notes " + notes + ", changes " + changes + ", complete "
                + complete + "]";
    }
}

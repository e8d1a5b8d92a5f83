package dev.plara.app.config;

import dev.plara.polar.setup.SetupProblem;

import java.util.List;
import java.util.stream.Collectors;

/** Configuration that cannot be used, with a message naming the variable and saying what to do. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String variable, String problem) {
        super(variable + ": " + problem);
    }

    private ConfigException(String message) {
        super(message);
    }

    /** Polar does not hold what the configuration names: one line per problem, each naming its variable and fix. */
    public static ConfigException polarSetup(List<SetupProblem> problems) {
        return new ConfigException("Polar does not match Plara's configuration (`java -jar plara.jar polar-setup "
                + "--check` shows the same):" + problems.stream().map(problem -> System.lineSeparator() + "  "
                + problem.message()).collect(Collectors.joining()));
    }
}

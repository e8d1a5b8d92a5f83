package dev.plara.polar.setup;

import java.util.Objects;

/** Something in Polar that does not fit Plara's configuration: the variable it concerns, what is wrong, the fix. */
public record SetupProblem(String variable, String problem, String fix) {

    public SetupProblem {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** The one line an operator reads, at {@code polar-setup --check} and when the server refuses to start. */
    public String message() {
        return variable + ": " + problem + ". Fix: " + fix + ".";
    }
}

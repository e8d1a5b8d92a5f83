package dev.plara.app;

import dev.plara.app.config.ConfigException;
import dev.plara.app.config.SetupConfig;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.setup.PolarSetup;
import dev.plara.polar.setup.SetupProblem;
import dev.plara.polar.setup.SetupReport;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar plara.jar polar-setup [--check]}: checks the token and its organization, finds or makes the top-up
 * product and the webhook endpoint Plara needs, and prints what to put in the environment (a new endpoint's secret
 * once, to standard output only); {@code --check} changes nothing and exits 1 naming each problem.
 */
final class PolarSetupCommand {

    private final PrintStream out;

    private PolarSetupCommand(PrintStream out) {
        this.out = out;
    }

    /** Runs the command and answers its exit code: 0 when Polar holds what Plara needs, 1 if not, 2 for bad input. */
    static int run(List<String> args, Map<String, String> environment, Path workingDirectory, PrintStream out) {
        boolean checkOnly = args.equals(List.of("--check"));
        if (!checkOnly && !args.isEmpty()) {
            out.println("usage: java -jar plara.jar polar-setup [--check]");
            return 2;
        }
        SetupConfig config;
        try {
            config = SetupConfig.from(environment, workingDirectory);
        } catch (ConfigException bad) {
            out.println("polar-setup cannot run, configuration error: " + bad.getMessage());
            return 2;
        }
        var client = new PolarClient(PolarClientConfig.of(config.polar().server(), config.polar().accessToken()));
        var setup = new PolarSetup(client);
        var report = checkOnly ? setup.check(config.target()) : setup.apply(config.target());
        new PolarSetupCommand(out).print(config, report, checkOnly);
        return report.ok() ? 0 : 1;
    }

    private void print(SetupConfig config, SetupReport report, boolean checkOnly) {
        out.println((checkOnly ? "Checking " : "Setting up ") + config.polar() + " for Plara at "
                + config.target().webhookUrl());
        report.changes().forEach(change -> out.println("  changed: " + change));
        report.notes().forEach(note -> out.println("  note: " + note));
        report.problems().stream().map(SetupProblem::message).forEach(problem -> out.println("  problem: " + problem));
        if (report.ok()) {
            out.println(report.changes().isEmpty() ? "Polar holds what Plara needs; nothing changed."
                    : "Polar now holds what Plara needs.");
        } else if (!report.complete()) {
            out.println("Polar could not be asked everything: run it again once Polar answers.");
        }
        environment(report);
    }

    private void environment(SetupReport report) {
        if (report.environment().isEmpty() && report.newWebhookSecret().isEmpty()) {
            return;
        }
        out.println("Put these in Plara's environment:");
        report.environment().forEach((variable, value) -> out.println("  " + variable + "=" + value));
        report.newWebhookSecret().ifPresent(secret -> out.println("  POLAR_WEBHOOK_SECRET=" + secret
                + "    (the new endpoint's secret, shown this once: keep it with your other secrets)"));
    }
}

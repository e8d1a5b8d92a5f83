package dev.plara.polar.emulator;

import dev.plara.polar.emulator.state.StateFile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Starts a standalone emulator from command-line options and says where it listens. */
final class EmulatorMain {

    private static final int DEFAULT_PORT = 8081;

    private EmulatorMain() {
    }

    static PolarEmulator run(String[] args, PrintStream out) {
        EmulatorConfig config = config(args);
        if (List.of(args).contains("--reset") && config.dataDirectory() != null) {
            new StateFile(config.dataDirectory()).reset();
        }
        PolarEmulator emulator = PolarEmulator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "polar-emulator-shutdown"));
        out.println("Polar emulator listening on " + emulator.baseUrl());
        out.println("Access token: " + emulator.accessToken());
        out.println("Wallet top-up product: " + emulator.topUpProductId());
        if (config.dataDirectory() != null) {
            out.println("State kept in " + config.dataDirectory().toAbsolutePath());
        }
        return emulator;
    }

    private static EmulatorConfig config(String[] args) {
        EmulatorConfig config = EmulatorConfig.defaults().withPort(DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> config = config.withPort(Integer.parseInt(required("--port", value)));
                case "--token" -> config = config.withAccessToken(required("--token", value));
                case "--data" -> config = config.withDataDirectory(Path.of(required("--data", value)));
                case "--reset" -> {
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --port P, --token T, --data DIR and --reset");
            }
            i++;
        }
        return config;
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}

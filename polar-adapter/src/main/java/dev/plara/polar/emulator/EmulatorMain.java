package dev.plara.polar.emulator;

import java.io.PrintStream;

/** Starts a standalone emulator from command-line options and says where it listens. */
final class EmulatorMain {

    private static final int DEFAULT_PORT = 8081;

    private EmulatorMain() {
    }

    static PolarEmulator run(String[] args, PrintStream out) {
        EmulatorConfig config = EmulatorConfig.defaults().withPort(DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> config = config.withPort(Integer.parseInt(required("--port", value)));
                case "--token" -> config = config.withAccessToken(required("--token", value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --port P and --token T");
            }
            i++;
        }
        PolarEmulator emulator = PolarEmulator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "polar-emulator-shutdown"));
        out.println("Polar emulator listening on " + emulator.baseUrl());
        out.println("Access token: " + emulator.accessToken());
        out.println("Wallet top-up product: " + emulator.topUpProductId());
        return emulator;
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}

package dev.plara.app;

import dev.plara.app.config.AppConfig;
import dev.plara.app.config.ConfigException;
import dev.plara.app.wiring.PlaraApplication;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.store.EmbeddedStoreMain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar plara.jar [serve]} runs the server (on its embedded default when nothing is configured);
 * {@code java -jar plara.jar polar-setup [--check]} sets up (or checks) Polar for it;
 * {@code java -jar plara.jar polar-emulator --port P} runs the local Polar emulator on its own, and
 * {@code java -jar plara.jar embedded-store --port P --data DIR} the embedded store.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        var jar = Launcher.plainJar();
        if (jar.isPresent()) {
            Launcher.relaunch(jar.get(), args);
            return;
        }
        if (System.getProperty(Launcher.CHILD) == null) {
            OutOfMemoryAdvice.printUnlessTheJvmEndsOnIt(System.err);
        }
        Launcher.endWithTheLauncher();
        var command = args.length == 0 ? "serve" : args[0];
        switch (command) {
            case "serve" -> serve();
            case "polar-setup" -> System.exit(PolarSetupCommand.run(List.of(args).subList(1, args.length),
                    System.getenv(), Path.of(""), System.out));
            case "polar-emulator" -> PolarEmulator.main(Arrays.copyOfRange(args, 1, args.length));
            case "embedded-store" -> EmbeddedStoreMain.main(Arrays.copyOfRange(args, 1, args.length));
            default -> {
                System.err.println("usage: java -jar plara.jar [serve | polar-setup [--check] | polar-emulator --port P"
                        + " | embedded-store --port P --data DIR]");
                System.exit(2);
            }
        }
    }

    private static void serve() throws InterruptedException {
        PlaraApplication app;
        try {
            app = PlaraApplication.start(AppConfig.from(System.getenv(), Path.of("")));
        } catch (ConfigException bad) {
            System.err.println("Plara cannot start, configuration error: " + bad.getMessage());
            System.exit(2);
            return;
        }
        if (Boolean.getBoolean(Launcher.TRAINING)) {
            System.exit(TrainingStart.answerOnceAndClose(app));
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "plara-shutdown"));
        System.out.println(app.banner());
        stopped.await();
    }
}

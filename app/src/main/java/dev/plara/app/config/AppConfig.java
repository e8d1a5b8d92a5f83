package dev.plara.app.config;

import java.nio.file.Path;
import java.util.Map;

/** Everything Plara reads from the environment, checked at start: a bad value stops it with the variable's name. */
public record AppConfig(ServerConfig server, StoreConfig store, PolarConfig polar, WalletRulesConfig wallet,
                 NotifierConfig notifiers, JobsConfig jobs) {

    public static AppConfig from(Map<String, String> processEnvironment, Path workingDirectory) {
        var env = Env.load(processEnvironment, workingDirectory.resolve(".env"));
        var secrets = new SecretSource();
        var polar = PolarConfig.from(env, secrets);
        return new AppConfig(ServerConfig.from(env, polar.emulated(), secrets), StoreConfig.from(env), polar,
                WalletRulesConfig.from(env), NotifierConfig.from(env), JobsConfig.from(env));
    }

    /** What Polar must hold for this server, as {@code polar-setup} would check it. */
    public SetupConfig setup() {
        return new SetupConfig(polar, server.publicBaseUrl(), wallet.cardDeposits());
    }

    /** Demo mode: the Polar emulator stands in for Polar, with demo users and content. */
    public boolean demo() {
        return polar.emulated();
    }
}

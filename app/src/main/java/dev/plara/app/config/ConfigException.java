package dev.plara.app.config;

/** Configuration that cannot be used, with a message naming the variable and saying what to do. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String variable, String problem) {
        super(variable + ": " + problem);
    }
}

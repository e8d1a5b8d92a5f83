package dev.plara.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The environment as typed settings: process variables first, then an optional {@code .env} file. Every bad value
 * fails with a {@link ConfigException} naming its variable; values are never echoed, since some are secrets.
 */
final class Env {

    private final Map<String, String> values;

    Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The process environment over the {@code KEY=VALUE} lines of {@code dotEnv}, when that file exists. */
    static Env load(Map<String, String> processEnvironment, Path dotEnv) {
        var merged = new HashMap<String, String>();
        if (Files.isRegularFile(dotEnv)) {
            readDotEnv(dotEnv).forEach(merged::put);
        }
        merged.putAll(processEnvironment);
        return new Env(merged);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    String required(String name, String purpose) {
        return optional(name).orElseThrow(() -> new ConfigException(name, "is required " + purpose));
    }

    <T> T parsed(String name, Function<String, T> parser, T fallback) {
        var raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(raw.get());
        } catch (RuntimeException bad) {
            throw new ConfigException(name, "is not valid (" + bad.getMessage() + ")");
        }
    }

    /** A comma-separated list, parsed as a whole by {@code parser} (which may refuse it). */
    <T> T parsedList(String name, Function<List<String>, T> parser, T fallback) {
        return parsed(name, value -> parser.apply(list(name)), fallback);
    }

    /** An absolute http(s) URL, such as {@code https://api.telegram.org}. */
    URI url(String name, URI fallback) {
        var url = parsed(name, URI::create, fallback);
        if (url != null && (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null)) {
            throw new ConfigException(name, "must be an http(s) URL like https://api.example.org");
        }
        return url;
    }

    /** {@code true} or {@code false} (in any case); anything else is refused rather than read as false. */
    boolean flag(String name, boolean fallback) {
        var raw = optional(name);
        if (raw.isPresent() && !raw.get().equalsIgnoreCase("true") && !raw.get().equalsIgnoreCase("false")) {
            throw new ConfigException(name, "must be true or false");
        }
        return raw.map(Boolean::parseBoolean).orElse(fallback);
    }

    int port(String name, int fallback) {
        int port = parsed(name, Integer::parseInt, fallback);
        if (port < 0 || port > 65_535) {
            throw new ConfigException(name, "must be a port number from 0 to 65535");
        }
        return port;
    }

    /** The names of the variables set (not blank) that start with {@code prefix}, sorted. */
    List<String> namesStartingWith(String prefix) {
        return values.keySet().stream().filter(name -> name.startsWith(prefix) && optional(name).isPresent())
                .sorted().toList();
    }

    List<String> list(String name) {
        return optional(name).map(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList()).orElse(List.of());
    }

    private static Map<String, String> readDotEnv(Path file) {
        try {
            var entries = new HashMap<String, String>();
            for (String line : Files.readAllLines(file)) {
                var trimmed = line.strip();
                int equals = trimmed.indexOf('=');
                if (!trimmed.startsWith("#") && equals > 0) {
                    entries.put(trimmed.substring(0, equals).strip(), unquote(trimmed.substring(equals + 1).strip()));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}

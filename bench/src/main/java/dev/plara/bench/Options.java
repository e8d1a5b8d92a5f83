package dev.plara.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of the form {@code --name value}; every option read must be given or have a default. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("options come as --name value, not " + Arrays.toString(args));
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
    }

    String text(String name) {
        var value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int number(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    /** A comma-separated list, such as {@code --levels 1,8,32}. */
    List<String> list(String name) {
        return Arrays.stream(text(name).split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}

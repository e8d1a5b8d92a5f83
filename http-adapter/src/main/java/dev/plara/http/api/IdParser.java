package dev.plara.http.api;

import java.util.Optional;
import java.util.function.Function;

/** Ids taken from requests: text that is not a well-formed id (a deposit's, an item's, a user's) is no id at all. */
final class IdParser {

    private IdParser() {
    }

    static <T> Optional<T> parse(String value, Function<String, T> id) {
        try {
            return Optional.of(id.apply(value));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}

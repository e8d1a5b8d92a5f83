package dev.plara.http.web;

import io.javalin.http.Context;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The locale the request being served reads amounts in, from its {@code Accept-Language} (Locale.ROOT, which groups
 * digits as {@code 1,234.56}, when it names none this server knows or cannot be read). Set by a filter before the
 * handler and cleared after it, for the JSON writer of the thread serving the request.
 */
public final class RequestLocales {

    private static final int MAX_HEADER = 200;
    private static final List<Locale> KNOWN = Arrays.asList(NumberFormat.getAvailableLocales());

    private final ThreadLocal<Locale> current = new ThreadLocal<>();

    /** Filter before every request. */
    public void assign(Context ctx) {
        current.set(of(ctx.header("Accept-Language")));
    }

    /** Filter after every request. */
    public void clear(Context ctx) {
        current.remove();
    }

    /** The locale of the request this thread serves, or Locale.ROOT outside one. */
    public Locale current() {
        var locale = current.get();
        return locale == null ? Locale.ROOT : locale;
    }

    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER) {
            return Locale.ROOT;
        }
        try {
            var best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), KNOWN);
            return best == null ? Locale.ROOT : best;
        } catch (IllegalArgumentException unreadable) {
            return Locale.ROOT;
        }
    }
}

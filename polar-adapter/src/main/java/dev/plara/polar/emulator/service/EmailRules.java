package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.http.ApiError;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Polar's check of an email address: it needs an @-sign, and a domain that accepts mail (not example.com). */
final class EmailRules {

    private static final Set<String> UNDELIVERABLE = Set.of("example.com", "example.org", "example.net");

    private EmailRules() {
    }

    /** {@code email} when valid, else a 422 on {@code ["body", field]}. */
    static String check(String field, String email) {
        int at = email.indexOf('@');
        if (at < 1 || at == email.length() - 1) {
            throw ApiError.invalid(List.of("body", field), "value is not a valid email address: "
                    + "An email address must have an @-sign.", "value_error", email);
        }
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        if (UNDELIVERABLE.contains(domain)) {
            throw ApiError.invalid(List.of("body", field), "value is not a valid email address: The domain "
                    + "name " + domain + " does not accept email.", "value_error", email);
        }
        return email;
    }

    static boolean same(String one, String other) {
        return one != null && one.equalsIgnoreCase(other);
    }
}

package dev.plara.wallet.core.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks and normalises email addresses the way a payment form would: one {@code @}, a dotted domain, no spaces. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Emails() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= 254 && SHAPE.matcher(email.strip()).matches();
    }

    /** The trimmed, lower-cased address, refusing anything that is not shaped like one. */
    public static String normalize(String email) {
        Objects.requireNonNull(email, "email");
        if (!isValid(email)) {
            throw new IllegalArgumentException("not an email address: '" + email + "'");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }
}

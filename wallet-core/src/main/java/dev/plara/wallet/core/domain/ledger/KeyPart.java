package dev.plara.wallet.core.domain.ledger;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An outside id made safe to stand in a key: {@code %}, the separators {@code :} {@code #} {@code /} and every space
 * or control character become {@code %XX} (UTF-8), so an id can never be read as two parts; ids without them are kept
 * as they are.
 */
final class KeyPart {

    private static final String SEPARATORS = "%:#/";
    private static final String HEX = "0123456789ABCDEF";

    private KeyPart() {
    }

    static String escape(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an outside id may not be blank");
        }
        var escaped = new StringBuilder(id.length());
        id.codePoints().forEach(c -> {
            if (SEPARATORS.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.isSpaceChar(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    escaped.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    static String unescape(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

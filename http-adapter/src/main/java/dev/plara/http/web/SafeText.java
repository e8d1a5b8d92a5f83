package dev.plara.http.web;

/** Makes outside text safe to echo in a log line or a problem detail: no control characters, bounded length. */
public final class SafeText {

    private SafeText() {
    }

    /** {@code text} with each ASCII control character (U+0000-U+001F, U+007F) as {@code ?}, cut at {@code max}. */
    public static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? withoutControls(text) : withoutControls(text.substring(0, max)) + "...";
    }

    /** One pass over the characters, copying only when there is one to replace (a log line usually has none). */
    private static String withoutControls(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '?';
            }
        }
        return chars == null ? text : new String(chars);
    }
}

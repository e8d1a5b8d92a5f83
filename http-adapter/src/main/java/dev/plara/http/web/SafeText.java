package dev.plara.http.web;

import java.util.regex.Pattern;

/** Makes outside text safe to echo in a log line or a problem detail: no control characters, bounded length. */
public final class SafeText {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private SafeText() {
    }

    public static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        var clean = CONTROL.matcher(text).replaceAll("?");
        return clean.length() <= max ? clean : clean.substring(0, max) + "...";
    }
}

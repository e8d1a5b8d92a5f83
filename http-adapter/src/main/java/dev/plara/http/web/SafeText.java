package dev.plara.http.web;

/** Makes outside text safe to echo in a log line or a problem detail: no control characters, bounded length. */
public final class SafeText {

    private SafeText() {
    }

    public static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        var clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= max ? clean : clean.substring(0, max) + "...";
    }
}

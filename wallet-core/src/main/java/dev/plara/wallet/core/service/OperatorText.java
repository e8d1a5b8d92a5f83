package dev.plara.wallet.core.service;

import java.util.regex.Pattern;

/**
 * Why something failed, for an operator's screen: the failure's own message when it is words, never the name of its
 * class, nor a message that is code (a qualified Java name, a stack frame) rather than words.
 */
final class OperatorText {

    private static final Pattern CODE = Pattern.compile("\\b(java|javax|jdk|com|org|dev)\\.[a-z]+\\.|\\$|\\bat [a-z]+\\.");

    private OperatorText() {
    }

    static String reasonOf(Throwable failure) {
        var message = failure.getMessage();
        if (message == null || message.isBlank() || CODE.matcher(message).find()) {
            return "an unexpected error (the server log has its details)";
        }
        var clipped = message.strip();
        return clipped.length() > 300 ? clipped.substring(0, 300) + "…" : clipped;
    }
}

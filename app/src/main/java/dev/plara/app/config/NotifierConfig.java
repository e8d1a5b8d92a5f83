package dev.plara.app.config;

import java.net.URI;
import java.util.Optional;

/**
 * Outside channels, each optional: Telegram ({@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_CHAT_ID},
 * {@code TELEGRAM_API_BASE}) and SMTP ({@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USERNAME},
 * {@code SMTP_PASSWORD}, {@code SMTP_FROM}, {@code SMTP_STARTTLS}). A channel without settings logs its messages.
 */
public record NotifierConfig(Optional<Telegram> telegram, Optional<Smtp> smtp) {

    static NotifierConfig from(Env env) {
        var telegram = env.optional("TELEGRAM_BOT_TOKEN").map(token -> new Telegram(token,
                env.required("TELEGRAM_CHAT_ID", "with TELEGRAM_BOT_TOKEN (the chat that logs credits)"),
                env.url("TELEGRAM_API_BASE", URI.create("https://api.telegram.org"))));
        var smtp = env.optional("SMTP_HOST").map(host -> new Smtp(host, env.port("SMTP_PORT", 587),
                env.optional("SMTP_USERNAME"), env.optional("SMTP_PASSWORD"),
                env.required("SMTP_FROM", "with SMTP_HOST (the sender address of confirmations)"),
                env.flag("SMTP_STARTTLS", true)));
        return new NotifierConfig(telegram, smtp);
    }

    /** The Telegram Bot API and the chat that logs credits and reviews. */
    public record Telegram(String botToken, String chatId, URI apiBase) {
        @Override
        public String toString() {
            return "Telegram chat " + chatId + " via " + apiBase;
        }
    }

    /** The SMTP server that sends confirmation emails. */
    public record Smtp(String host, int port, Optional<String> username, Optional<String> password, String from,
                boolean startTls) {
        @Override
        public String toString() {
            return "SMTP " + host + ":" + port + " from " + from;
        }
    }
}

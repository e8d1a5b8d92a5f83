package dev.plara.app.senders;

import dev.plara.app.config.NotifierConfig;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.port.out.MessageSender;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/** The outbox's channels as configured: Telegram and SMTP when set, the console otherwise; failures logged at WARN. */
public final class Notifiers {

    private final NotifierConfig config;

    public Notifiers(NotifierConfig config) {
        this.config = config;
    }

    public List<MessageSender> senders() {
        MessageSender telegram = config.telegram()
                .<MessageSender>map(settings -> new TelegramSender(settings,
                        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()))
                .orElseGet(() -> new LogSender(Channel.TELEGRAM));
        MessageSender email = config.smtp().<MessageSender>map(SmtpSender::new)
                .orElseGet(() -> new LogSender(Channel.EMAIL));
        return List.of(new LoggingSender(telegram), new LoggingSender(email));
    }

    public String describe() {
        return config.telegram().map(Object::toString).orElse("Telegram: console") + ", "
                + config.smtp().map(Object::toString).orElse("email: console");
    }
}

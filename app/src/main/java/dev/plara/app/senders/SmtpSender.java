package dev.plara.app.senders;

import dev.plara.app.config.NotifierConfig;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import dev.plara.wallet.core.port.out.MessageSender;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Sends confirmation emails over SMTP. Each message carries a {@code Message-ID} derived from its outbox key, so a
 * resend after a lost acknowledgement can be recognised as the same message. Each read waits 10 s at most, and a whole
 * send {@link #LIMIT}, past which its connection is closed and the message fails as one to retry. The send runs on a
 * thread of its own, which the sender waits for no longer than that: the lookup of the server's host name comes
 * before any socket connects, and closing sockets does not end it. At most {@link #IN_FLIGHT} sends hold threads at
 * once ({@link SendThreads}); one more fails at once, as one to retry.
 */
final class SmtpSender implements MessageSender {

    /** Well inside the time a send is given ({@link MessageSender#SEND_WITHIN}): the rest records its outcome. */
    static final Duration LIMIT = MessageSender.SEND_WITHIN.minusSeconds(20);
    /** Sends holding a thread at once, those the limit abandoned included: one more is refused at once. */
    static final int IN_FLIGHT = 4;
    private static final String TIMEOUT_MILLIS = "10000";
    private static final String SOCKET_FACTORY = "mail.smtp.socketFactory";

    private final NotifierConfig.Smtp config;
    private final Duration limit;
    private final Transmission transmission;
    private final Properties properties = new Properties();
    private final Authenticator authenticator;
    private final ScheduledExecutorService timer = SendThreads.timer("plara-smtp-limit");
    private final ExecutorService sends = SendThreads.bounded("plara-smtp-send", IN_FLIGHT);

    SmtpSender(NotifierConfig.Smtp config) {
        this(config, LIMIT, Transport::send);
    }

    /** A sender whose whole send, made by {@code transmission} ({@link Transport#send}), may take {@code limit}. */
    SmtpSender(NotifierConfig.Smtp config, Duration limit, Transmission transmission) {
        this.config = config;
        this.limit = limit;
        this.transmission = transmission;
        properties.put("mail.smtp.host", config.host());
        properties.put("mail.smtp.port", String.valueOf(config.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(config.startTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.auth", String.valueOf(config.username().isPresent()));
        this.authenticator = config.username().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(config.username().get(), config.password().orElse(""));
            }
        };
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutboxMessage message) {
        try (var sendLimit = new SendLimit(timer, limit)) {
            if (!sendLimit.ranWithin(() -> transmit(message, sendLimit), sends)) {
                throw failure(new MessagingException("the send did not end within its limit"), message, sendLimit);
            }
        } catch (RejectedExecutionException noThread) {
            throw new MessageDeliveryException("Plara is still waiting on " + IN_FLIGHT + " emails the mail server at "
                    + config.host() + ":" + config.port() + " has not taken (it answers too slowly, or its name does"
                    + " not resolve), so it did not start this one; it tries again later", true, noThread);
        }
    }

    private void transmit(OutboxMessage message, SendLimit sendLimit) {
        try {
            var mail = new KeyedMessage(session(sendLimit), message.key());
            mail.setFrom(new InternetAddress(config.from()));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
            mail.setSubject(message.subject(), "UTF-8");
            mail.setText(message.body(), "UTF-8");
            transmission.send(mail);
        } catch (MessagingException failed) {
            throw failure(failed, message, sendLimit);
        }
    }

    /** What the outbox records: retryable unless the server refused the recipient, and why the send stopped. */
    private MessageDeliveryException failure(MessagingException failed, OutboxMessage message, SendLimit sendLimit) {
        if (sendLimit.passed()) {
            return new MessageDeliveryException("the mail server at " + config.host() + ":" + config.port()
                    + " had not taken the message " + limit.toSeconds() + " s after Plara began sending it (it"
                    + " answers too slowly), so Plara closed the connection; it tries again later", true, failed);
        }
        if (failed instanceof SendFailedException) {
            return new MessageDeliveryException("the mail server refused " + message.recipient() + ": "
                    + failed.getMessage(), false, failed);
        }
        return new MessageDeliveryException("SMTP failed: " + failed.getMessage(), true, failed);
    }

    /** A session of its own for one send, whose sockets {@code sendLimit} closes when the send takes too long. */
    private Session session(SendLimit sendLimit) {
        var own = new Properties();
        own.putAll(properties);
        own.put(SOCKET_FACTORY, sendLimit);
        return Session.getInstance(own, authenticator);
    }

    /** What sends a message: {@link Transport#send}, which connects to the server the message's session names. */
    interface Transmission {
        void send(Message message) throws MessagingException;
    }

    /** A message whose Message-ID is derived from its outbox key. */
    private static final class KeyedMessage extends MimeMessage {
        private final String key;

        KeyedMessage(Session session, String key) {
            super(session);
            this.key = key;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + key.replaceAll("[^A-Za-z0-9._-]", "-") + "@plara.outbox>");
        }
    }
}

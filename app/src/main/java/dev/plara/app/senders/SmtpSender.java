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

import java.util.Properties;

/**
 * Sends confirmation emails over SMTP. Each message carries a {@code Message-ID} derived from its outbox key, so a
 * resend after a lost acknowledgement can be recognised as the same message.
 */
final class SmtpSender implements MessageSender {

    private static final String TIMEOUT_MILLIS = "10000";

    private final NotifierConfig.Smtp config;
    private final Session session;

    SmtpSender(NotifierConfig.Smtp config) {
        this.config = config;
        var properties = new Properties();
        properties.put("mail.smtp.host", config.host());
        properties.put("mail.smtp.port", String.valueOf(config.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(config.startTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.auth", String.valueOf(config.username().isPresent()));
        this.session = Session.getInstance(properties, config.username().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(config.username().get(), config.password().orElse(""));
            }
        });
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutboxMessage message) {
        try {
            var mail = new KeyedMessage(session, message.key());
            mail.setFrom(new InternetAddress(config.from()));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
            mail.setSubject(message.subject(), "UTF-8");
            mail.setText(message.body(), "UTF-8");
            Transport.send(mail);
        } catch (SendFailedException refused) {
            throw new MessageDeliveryException("the mail server refused " + message.recipient() + ": "
                    + refused.getMessage(), false, refused);
        } catch (MessagingException failed) {
            throw new MessageDeliveryException("SMTP failed: " + failed.getMessage(), true, failed);
        }
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

package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;

import java.time.Duration;

/**
 * Sends outbox messages through one outside channel (the Telegram Bot API, SMTP, ...).
 *
 * <p>Contract: {@link #send} returns only once the channel accepted the message; any failure is thrown as
 * {@link MessageDeliveryException}, saying whether trying again may help. It may be called again for a message it
 * already sent (delivery is at least once), so it should pass the message key on where the channel can use it. It
 * returns or throws within {@link #SEND_WITHIN} of being called, however the channel answers.
 */
public interface MessageSender {

    /** How long a send may take: a dispatcher starts one only while it holds the message at least that much longer. */
    Duration SEND_WITHIN = Duration.ofMinutes(1);

    Channel channel();

    void send(OutboxMessage message);
}

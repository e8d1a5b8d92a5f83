package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;

/**
 * Sends outbox messages through one outside channel (the Telegram Bot API, SMTP, ...).
 *
 * <p>Contract: {@link #send} returns only once the channel accepted the message; any failure is thrown as
 * {@link MessageDeliveryException}, saying whether trying again may help. It may be called again for a message it
 * already sent (delivery is at least once), so it should pass the message key on where the channel can use it.
 */
public interface MessageSender {

    Channel channel();

    void send(OutboxMessage message);
}

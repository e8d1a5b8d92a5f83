package dev.plara.app.senders;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import dev.plara.wallet.core.port.out.MessageSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sender whose failures are logged at WARN, with the message's key, where it was going, why it failed and the
 * failure's cause, before the outbox records them and tries again. The message's text is never logged.
 */
final class LoggingSender implements MessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSender.class);

    private final MessageSender sender;

    LoggingSender(MessageSender sender) {
        this.sender = sender;
    }

    @Override
    public Channel channel() {
        return sender.channel();
    }

    @Override
    public void send(OutboxMessage message) {
        try {
            sender.send(message);
        } catch (MessageDeliveryException failed) {
            LOG.warn("sending {} by {} failed ({}): {}", message.key(), message.channel(),
                    failed.retryable() ? "will try again" : "not worth retrying", failed.getMessage(), failed.getCause());
            throw failed;
        } catch (RuntimeException unexpected) {
            LOG.warn("sending {} by {} failed unexpectedly; will try again", message.key(), message.channel(),
                    unexpected);
            throw unexpected;
        }
    }
}

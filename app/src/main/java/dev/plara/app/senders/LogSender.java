package dev.plara.app.senders;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stands in for a channel that is not configured (demo mode): the message goes to the console instead. */
final class LogSender implements MessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(LogSender.class);

    private final Channel channel;

    LogSender(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(OutboxMessage message) {
        var to = message.recipient() == null ? "" : " to " + message.recipient();
        LOG.info("[{}{}, not configured, logged instead] {}", channel, to, message.body().replace('\n', ' '));
    }
}

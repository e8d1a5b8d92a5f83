package dev.plara.app.senders;

import dev.plara.app.FakeTelegram;
import dev.plara.wallet.core.contract.MessageSenderContract;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import dev.plara.wallet.core.port.out.MessageSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.plara.app.config.NotifierConfig;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sender contract on the Telegram Bot API (a stand-in on loopback), and what only Telegram does. */
class TelegramSenderTest extends MessageSenderContract {

    private final FakeTelegram telegram = new FakeTelegram();
    private final TelegramSender sender = new TelegramSender(telegram.config(), HttpClient.newHttpClient());

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Override
    protected MessageSender newSender() {
        return sender;
    }

    @Override
    protected List<String> bodiesReceived() {
        return telegram.messages.stream().map(message -> message.get("text").asText()).toList();
    }

    @Override
    protected void takeTheChannelDown() {
        telegram.failWith(503);
    }

    @Test
    void theLogLineGoesToTheConfiguredChat() {
        sender.send(new OutboxMessage("log:1", Channel.TELEGRAM, null, null, "x", Instant.EPOCH));

        assertThat(telegram.messages).singleElement()
                .satisfies(message -> assertThat(message.get("chat_id").asText()).isEqualTo("-100123"));
    }

    @Test
    void aRefusalOtherThanARateLimitIsNotWorthRetrying() {
        telegram.failWith(400);

        assertThatThrownBy(() -> sender.send(new OutboxMessage("log:1", Channel.TELEGRAM, null, null, "x",
                Instant.EPOCH))).isInstanceOfSatisfying(MessageDeliveryException.class,
                        failure -> assertThat(failure.retryable()).isFalse());
    }

    @Test
    void aRefusalSaysWhatTelegramAnsweredToWhichChatAndWhatToCheck() {
        telegram.failWith(400);

        assertThatThrownBy(() -> sender.send(new OutboxMessage("log:1", Channel.TELEGRAM, null, null, "x",
                Instant.EPOCH))).hasMessage("Telegram refused to post to the operators' chat -100123 (HTTP 400: Bad"
                + " Request: chat not found). Check TELEGRAM_CHAT_ID, and that the bot is a member of that chat.");
    }

    @Test
    void anUnreachableTelegramIsSaidInWordsWithTheChatItWasFor() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new TelegramSender(new NotifierConfig.Telegram("1:t", "-100123",
                URI.create("http://127.0.0.1:" + closedPort)), HttpClient.newHttpClient());

        assertThatThrownBy(() -> unreachable.send(new OutboxMessage("log:1", Channel.TELEGRAM, null, null, "x",
                Instant.EPOCH))).isInstanceOfSatisfying(MessageDeliveryException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.getMessage()).isEqualTo("Telegram could not be reached to post to the operators'"
                            + " chat -100123: the connection was refused. Plara tries again; check TELEGRAM_API_BASE"
                            + " and that this server reaches the internet.");
                });
    }
}

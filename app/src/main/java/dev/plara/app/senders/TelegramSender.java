package dev.plara.app.senders;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.app.config.NotifierConfig;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import dev.plara.wallet.core.port.out.MessageSender;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Logs credits and review decisions to the operators' Telegram chat through the Bot API's {@code sendMessage}. A 429
 * or 5xx is worth retrying; another 4xx (chat not found, bad token) is not, so the message goes dead and shows.
 */
public final class TelegramSender implements MessageSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final NotifierConfig.Telegram config;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public TelegramSender(NotifierConfig.Telegram config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public void send(OutboxMessage message) {
        HttpResponse<String> response;
        try {
            response = http.send(request(message), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new MessageDeliveryException("Telegram could not be reached to post to the operators' chat "
                    + config.chatId() + ": " + NetworkFailures.describe(e) + ". Plara tries again; check"
                    + " TELEGRAM_API_BASE and that this server reaches the internet.", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageDeliveryException("interrupted while sending to Telegram", true, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            boolean retryable = status == 429 || status >= 500;
            throw new MessageDeliveryException("Telegram refused to post to the operators' chat " + config.chatId()
                    + " (HTTP " + status + ": " + description(response.body()) + "). " + advice(status), retryable, null);
        }
    }

    private HttpRequest request(OutboxMessage message) throws IOException {
        var body = json.writeValueAsString(Map.of("chat_id", config.chatId(), "text", message.body(),
                "disable_web_page_preview", true));
        var uri = URI.create(config.apiBase() + "/bot" + config.botToken() + "/sendMessage");
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** What an operator should do about a refusal with this status. */
    private static String advice(int status) {
        if (status == 429 || status >= 500) {
            return "Plara tries again.";
        }
        return status == 401 || status == 404 ? "Check TELEGRAM_BOT_TOKEN."
                : "Check TELEGRAM_CHAT_ID, and that the bot is a member of that chat.";
    }

    /** Telegram's own {@code description} of a refusal, or the start of the body when it has none. */
    private String description(String body) {
        try {
            var said = json.readTree(body).path("description").asText("");
            if (!said.isBlank()) {
                return said.length() > 200 ? said.substring(0, 200) + "…" : said;
            }
        } catch (IOException notJson) {
            // not Telegram's JSON: say what came back instead
        }
        return body.isBlank() ? "no reason given" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}

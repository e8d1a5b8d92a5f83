package dev.plara.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.WebhookSigner;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The money movements whose round trips are counted, each made through Plara's HTTP API as its users, an admin and
 * Polar make them: a card credit (a top-up checkout opened, then its signed {@code order.paid}), a content purchase
 * from the balance, a bank deposit submitted with its receipt, and its approval.
 */
final class TripOperations {

    static final long TOP_UP = 10_00;
    static final String ITEM = "video-welcome";

    private final PlaraApi api;
    private final OrderPaidDeliveries deliveries;
    private final WebhookSigner signer;
    private final byte[] receipt = receiptPng();

    TripOperations(PlaraApi api, byte[] capturedOrderPaid, String webhookSecret) {
        this.api = api;
        this.deliveries = new OrderPaidDeliveries(capturedOrderPaid, 1, 18L);
        this.signer = new WebhookSigner(webhookSecret, KeyDerivation.LEGACY);
    }

    /** Signs {@code user} in (Plara remembers users on their first signed-in call). */
    void signIn(String user) {
        api.balance(user, "USD");
    }

    /** Opens a wallet top-up checkout for {@code user}; its id. */
    String openTopUp(String user) {
        var body = "{\"amount\":" + TOP_UP + ",\"currency\":\"USD\"}";
        return api.post("/api/deposits/card", user, false, "application/json", bytes(body), 201)
                .path("checkout_id").asText();
    }

    /** Polar's signed {@code order.paid} for that checkout, delivered to Plara's webhook endpoint. */
    void deliverOrderPaid(String user, String checkoutId) {
        var delivery = deliveries.delivery(user, TOP_UP, checkoutId);
        var signed = delivery.sign(signer, Instant.now().getEpochSecond());
        api.send(HttpRequest.newBuilder(api.base().resolve(Delivery.PATH))
                .header("Content-Type", "application/json").header("webhook-id", signed.webhookId())
                .header("webhook-timestamp", String.valueOf(signed.timestamp()))
                .header("webhook-signature", signed.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body())), 200);
    }

    void purchase(String user) {
        api.post("/api/purchases", user, false, "application/json", bytes("{\"item_id\":\"" + ITEM + "\"}"), 201);
    }

    /** Submits a bank deposit of 5.00 USD with a PNG receipt; the deposit's id. */
    String submitBankDeposit(String user, String transactionCode) {
        var boundary = "trips" + Long.toHexString(System.nanoTime());
        var form = new ByteArrayOutputStream();
        field(form, boundary, "amount", "500");
        field(form, boundary, "currency", "USD");
        field(form, boundary, "sender_name", "Trips Bench");
        field(form, boundary, "transaction_code", transactionCode);
        field(form, boundary, "phone", "+251911000000");
        form.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"receipt\";"
                + " filename=\"receipt.png\"\r\nContent-Type: image/png\r\n\r\n"));
        form.writeBytes(receipt);
        form.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
        JsonNode deposit = api.post("/api/deposits/bank", user, false, "multipart/form-data; boundary=" + boundary,
                form.toByteArray(), 201);
        return deposit.path("id").asText();
    }

    void approve(String depositId) {
        api.post("/api/admin/deposits/" + depositId + "/approve", "trips-admin", true, "application/json", bytes("{}"),
                200);
    }

    private static void field(ByteArrayOutputStream form, String boundary, String name, String value) {
        form.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] receiptPng() {
        var image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.fillRect(16, 16, 200, 20);
        graphics.dispose();
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}

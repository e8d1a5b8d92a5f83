package dev.plara.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds a multipart/form-data body by hand, so tests can also build broken ones. */
final class Multipart {

    private static final String BOUNDARY = "plara-test-boundary-7MA4YWxkTrZu0gW";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    Multipart file(String name, String filename, String contentType, byte[] content) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** A complete deposit form for {@code code} with a PNG receipt. */
    static Multipart deposit(String code, byte[] receipt, String type) {
        return new Multipart().field("amount", "4000").field("currency", "USD").field("sender_name", "Alice Abebe")
                .field("transaction_code", code).field("phone", "+251 911 234567")
                .file("receipt", "receipt", type, receipt);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** The body with its closing boundary. */
    byte[] bytes() {
        var copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return copy.toByteArray();
    }

    /** The body cut off in the middle, as a dropped upload would arrive. */
    byte[] truncated() {
        var whole = out.toByteArray();
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

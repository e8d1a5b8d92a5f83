package dev.plara.app;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A bank deposit form as multipart/form-data, built by hand so that tests can also send it broken. */
final class MultipartForm {

    private static final String BOUNDARY = "plara-chaos-boundary-9QxT2vLm";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** The deposit form for {@code code} with {@code receipt} declared as {@code declaredType}. */
    static MultipartForm deposit(String code, byte[] receipt, String declaredType) {
        var form = new MultipartForm();
        form.field("amount", "4000").field("currency", "USD").field("sender_name", "Ayana Tesfaye")
                .field("transaction_code", code).field("phone", "+251 911 234567");
        form.write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"receipt\"; filename=\"receipt\"\r\n"
                + "Content-Type: " + declaredType + "\r\n\r\n");
        form.out.writeBytes(receipt);
        form.write("\r\n");
        return form;
    }

    /** The whole form, to POST to {@code /api/deposits/bank} with {@code token}. */
    HttpRequest.Builder post(HttpCalls server, String token) {
        return send(server, token, bytes());
    }

    /** The form cut off halfway, as a dropped upload arrives. */
    HttpRequest.Builder postTruncated(HttpCalls server, String token) {
        var whole = bytes();
        return send(server, token, Arrays.copyOf(whole, whole.length / 2));
    }

    private HttpRequest.Builder send(HttpCalls server, String token, byte[] body) {
        return server.request("/api/deposits/bank").header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private byte[] bytes() {
        var copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return copy.toByteArray();
    }

    private MultipartForm field(String name, String value) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

package dev.plara.http.api;

import dev.plara.http.web.Amounts;
import dev.plara.http.web.ProblemException;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.Requests;
import dev.plara.http.web.SafeText;
import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.domain.money.Money;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bank deposit as submitted: a multipart form with the {@code receipt} file (its size checked here, its bytes by the
 * bank-deposit use case, never its name or declared type) and the text fields {@code amount} (minor units), {@code currency}, {@code sender_name},
 * {@code transaction_code} and {@code phone}. Parsed in memory only, so a refused upload leaves nothing behind.
 */
record BankDepositForm(ReceiptUpload receipt, Money amount, String senderName, String transactionCode, String phone) {

    private static final long MAX_REQUEST_BYTES = Receipt.MAX_BYTES + 64 * 1024;
    private static final String JETTY_MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final String RECEIPT = "receipt";
    private static final Set<String> FIELDS = Set.of(RECEIPT, "amount", "currency", "sender_name", "transaction_code",
            "phone");
    private static final int MAX_TEXT_BYTES = 2_000;
    private static final String TOO_LARGE = "a receipt may be at most 5 MiB";

    static BankDepositForm read(Context ctx, Requests requests) {
        if (!ctx.isMultipartFormData()) {
            requests.drain(ctx);
            throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception("send the deposit as multipart/form-data");
        }
        if (ctx.req().getContentLengthLong() > MAX_REQUEST_BYTES) {
            throw requests.tooLarge(ctx, TOO_LARGE);
        }
        if (!String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT).contains("boundary=")) {
            requests.drain(ctx);
            throw invalid("the multipart body is malformed or truncated: its Content-Type names no boundary");
        }
        var fields = byName(parts(ctx, requests));
        var amount = text(fields, "amount").strip();
        if (!amount.matches("-?[0-9]{1,18}")) {
            throw invalid("field 'amount' " + Amounts.WHOLE_NUMBER);
        }
        return new BankDepositForm(receiptOf(fields.get(RECEIPT)),
                Amounts.of(Long.parseLong(amount), text(fields, "currency").strip()), text(fields, "sender_name"),
                text(fields, "transaction_code"), text(fields, "phone"));
    }

    private static Collection<Part> parts(Context ctx, Requests requests) {
        ctx.req().setAttribute(JETTY_MULTIPART_CONFIG, new MultipartConfigElement(null, Receipt.MAX_BYTES + 1L,
                MAX_REQUEST_BYTES, (int) MAX_REQUEST_BYTES + 1));
        try {
            return ctx.req().getParts();
        } catch (Exception unreadable) {
            if (overLimit(unreadable)) {
                throw requests.tooLarge(ctx, TOO_LARGE);
            }
            // Read what is left (so the client, still sending, gets the answer) and say the connection ends here: Jetty
            // does not reuse a connection whose multipart body it could not parse, and a keep-alive client would
            // otherwise send its next request into a closed connection.
            requests.drain(ctx);
            ctx.header("Connection", "close");
            throw invalid("the multipart body is malformed or truncated");
        }
    }

    /** Whether Jetty's parser gave up on a size limit ("max file size exceeded", "max length exceeded"). */
    private static boolean overLimit(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** The parts by field name, refusing fields the form does not have and fields sent twice. */
    private static Map<String, Part> byName(Collection<Part> parts) {
        var fields = new HashMap<String, Part>();
        for (Part part : parts) {
            if (!FIELDS.contains(part.getName())) {
                throw invalid("unknown field '" + SafeText.clip(part.getName(), 64) + "'");
            }
            if (fields.put(part.getName(), part) != null) {
                throw invalid("field '" + part.getName() + "' was sent twice");
            }
        }
        return fields;
    }

    private static ReceiptUpload receiptOf(Part file) {
        if (file == null || file.getSubmittedFileName() == null) {
            throw invalid("missing file field '" + RECEIPT + "'");
        }
        if (file.getSize() > Receipt.MAX_BYTES) {
            throw ProblemType.PAYLOAD_TOO_LARGE.exception(TOO_LARGE);
        }
        if (file.getSize() == 0) {
            throw invalid("the receipt file is empty");
        }
        return new ReceiptUpload(bytesOf(file), file.getContentType());
    }

    /** A required text field. */
    private static String text(Map<String, Part> fields, String name) {
        var part = fields.get(name);
        if (part == null) {
            throw invalid("missing field '" + name + "'");
        }
        if (part.getSubmittedFileName() != null || part.getSize() > MAX_TEXT_BYTES) {
            throw invalid("field '" + name + "' must be short text, not a file");
        }
        return new String(bytesOf(part), StandardCharsets.UTF_8);
    }

    private static byte[] bytesOf(Part part) {
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw invalid("the multipart body is malformed or truncated");
        }
    }

    private static ProblemException invalid(String detail) {
        return ProblemType.INVALID_REQUEST.exception(detail);
    }
}

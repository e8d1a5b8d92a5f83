package dev.plara.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plara.wallet.core.domain.paging.PageRequest;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Reads request input strictly: bounded raw bodies, JSON objects with known fields only, and query parameters. */
public final class Requests {

    /** JSON request bodies are small; anything larger is refused unread. */
    public static final int MAX_JSON_BYTES = 64 * 1024;
    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final long MAX_DRAIN_BYTES = 16L * 1024 * 1024;

    private final Json json;

    public Requests(Json json) {
        this.json = json;
    }

    /** The body as a JSON object whose fields are among {@code fields}; 415 unless it is declared JSON. */
    public JsonBody json(Context ctx, String... fields) {
        var type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json")) {
            throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception("send the body as application/json");
        }
        try {
            return JsonBody.of(json.read(bytes(ctx, MAX_JSON_BYTES)), Set.of(fields));
        } catch (JsonProcessingException malformed) {
            throw ProblemType.INVALID_REQUEST.exception("malformed JSON at line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + ": "
                    + SafeText.clip(malformed.getOriginalMessage(), 200));
        } catch (IOException unreadable) {
            throw ProblemType.INVALID_REQUEST.exception("the request body could not be read");
        }
    }

    /** The raw body, refused with 413 when its declared or actual length exceeds {@code max} bytes. */
    public byte[] bytes(Context ctx, int max) {
        var detail = "the body may be at most " + max + " bytes";
        if (ctx.req().getContentLengthLong() > max) {
            throw tooLarge(ctx, detail);
        }
        try {
            var body = ctx.req().getInputStream().readNBytes(max + 1);
            if (body.length > max) {
                throw tooLarge(ctx, detail);
            }
            return body;
        } catch (IOException unreadable) {
            throw ProblemType.INVALID_REQUEST.exception("the request body could not be read");
        }
    }

    /**
     * A 413 for this request. A body of up to 16 MiB is read and discarded first, so the client, still sending, gets
     * to read the answer instead of a reset connection; larger ones are cut off.
     */
    public ProblemException tooLarge(Context ctx, String detail) {
        drain(ctx);
        return ProblemType.PAYLOAD_TOO_LARGE.exception(detail);
    }

    /**
     * Reads and discards what is left of a body of up to 16 MiB, before refusing a request whose body was not read to
     * its end: otherwise the server answers while the client is still sending and closes the connection, and a client
     * that already reuses that connection for its next request loses it.
     */
    public void drain(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_DRAIN_BYTES) {
            return;
        }
        try {
            var in = ctx.req().getInputStream();
            var buffer = new byte[64 * 1024];
            long drained = 0;
            for (int read = in.read(buffer); read > 0 && drained < MAX_DRAIN_BYTES; read = in.read(buffer)) {
                drained += read;
            }
        } catch (IOException | RuntimeException gone) {
            // the client went away or the body was consumed already: nothing left to drain
        }
    }

    /** Query parameters {@code page} (from 1) and {@code size} (1-100, default 20). */
    public PageRequest page(Context ctx) {
        return new PageRequest(intParam(ctx, "page", 1, 1, 1_000_000), intParam(ctx, "size", DEFAULT_PAGE_SIZE, 1,
                PageRequest.MAX_SIZE));
    }

    /** A query parameter that must be {@code true} or {@code false} when given. */
    public boolean booleanParam(Context ctx, String name, boolean fallback) {
        var value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemType.INVALID_REQUEST.exception("query parameter '" + name + "' must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    /** A query parameter naming one of {@code type}'s values in lower case; {@code fallback} when absent. */
    public <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type, E fallback) {
        var value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        var allowed = Arrays.stream(type.getEnumConstants()).map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .toList();
        if (!allowed.contains(value)) {
            throw ProblemType.INVALID_REQUEST.exception("query parameter '" + name + "' must be one of "
                    + String.join(", ", allowed));
        }
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        var value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw ProblemType.INVALID_REQUEST.exception("query parameter '" + name + "' must be a whole number from "
                    + min + " to " + max);
        }
        return Integer.parseInt(value);
    }

}

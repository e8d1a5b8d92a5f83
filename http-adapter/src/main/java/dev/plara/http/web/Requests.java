package dev.plara.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plara.wallet.core.domain.PageRequest;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/** Reads request input strictly: bounded raw bodies, JSON objects with known fields only, and query parameters. */
public final class Requests {

    /** JSON request bodies are small; anything larger is refused unread. */
    public static final int MAX_JSON_BYTES = 64 * 1024;
    private static final int DEFAULT_PAGE_SIZE = 20;

    private final Json json;

    public Requests(Json json) {
        this.json = json;
    }

    /** The body as a JSON object whose fields are among {@code fields}; 415 unless it is declared JSON. */
    public JsonBody json(Context ctx, String... fields) {
        var type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception("send the body as application/json");
        }
        try {
            return JsonBody.of(json.read(bytes(ctx, MAX_JSON_BYTES)), Set.of(fields));
        } catch (JsonProcessingException malformed) {
            throw ProblemType.INVALID_REQUEST.exception("malformed JSON at line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + ": "
                    + Texts.clip(malformed.getOriginalMessage(), 200));
        } catch (IOException unreadable) {
            throw ProblemType.INVALID_REQUEST.exception("the request body could not be read");
        }
    }

    /** The raw body, refused with 413 when its declared or actual length exceeds {@code max} bytes. */
    public byte[] bytes(Context ctx, int max) {
        if (ctx.req().getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        try {
            var body = ctx.req().getInputStream().readNBytes(max + 1);
            if (body.length > max) {
                throw tooLarge(max);
            }
            return body;
        } catch (IOException unreadable) {
            throw ProblemType.INVALID_REQUEST.exception("the request body could not be read");
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

    private static ProblemException tooLarge(int max) {
        return ProblemType.PAYLOAD_TOO_LARGE.exception("the body may be at most " + max + " bytes");
    }
}

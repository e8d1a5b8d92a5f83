package dev.plara.polar.emulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A refusal in Polar's error shapes: {@code {error, detail}}, a 422 {@code RequestValidationError} with
 * {@code detail[]}, and the OAuth bodies of a 401 {@code invalid_token} and a 403 {@code insufficient_scope}.
 */
public final class ApiError extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final transient ObjectNode body;

    private ApiError(int status, ObjectNode body) {
        super(body.toString(), null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public ObjectNode body() {
        return body;
    }

    public static ApiError of(int status, String error, String detail) {
        return new ApiError(status, JSON.createObjectNode().put("error", error).put("detail", detail));
    }

    public static ApiError notFound() {
        return of(404, "ResourceNotFound", "Not found");
    }

    public static ApiError invalidToken() {
        return new ApiError(401, JSON.createObjectNode().put("error", "invalid_token").put("error_description",
                "The access token provided is expired, revoked, malformed, or invalid for other reasons."));
    }

    public static ApiError insufficientScope() {
        return new ApiError(403, JSON.createObjectNode().put("error", "insufficient_scope").put("error_description",
                "The request requires higher privileges than provided by the access token."));
    }

    /** A 422 for one field; {@code loc} is like {@code ["body", "amount"]}. */
    public static ApiError invalid(List<Object> loc, String msg, String type, Object input) {
        ArrayNode where = JSON.createArrayNode();
        loc.forEach(part -> where.add(JSON.valueToTree(part)));
        ObjectNode item = JSON.createObjectNode();
        item.set("loc", where);
        item.put("msg", msg).put("type", type);
        item.set("input", JSON.valueToTree(input));
        ObjectNode body = JSON.createObjectNode().put("error", "RequestValidationError");
        body.set("detail", JSON.createArrayNode().add(item));
        return new ApiError(422, body);
    }

    /** A 422 {@code value_error} on one field of the body. */
    public static ApiError invalidBody(String field, String msg, Object input) {
        return invalid(List.of("body", field), msg, "value_error", input);
    }

    /** The error text a page can show: the {@code detail} or the first validation message. */
    public String message() {
        return body.path("detail").isTextual() ? body.path("detail").asText()
                : body.path("detail").path(0).path("msg").asText(body.path("error").asText());
    }
}

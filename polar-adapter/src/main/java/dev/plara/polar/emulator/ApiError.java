package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** A refusal in Polar's error shapes: {@code {error, detail}}, a 422 with {@code detail[]}, a 401 {@code invalid_token}. */
final class ApiError extends RuntimeException {

    private final int status;
    private final transient ObjectNode body;

    private ApiError(int status, ObjectNode body) {
        super(body.toString(), null, false, false);
        this.status = status;
        this.body = body;
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        return body;
    }

    static ApiError of(int status, String error, String detail) {
        return new ApiError(status, JsonNodes.object().put("error", error).put("detail", detail));
    }

    static ApiError notFound() {
        return of(404, "ResourceNotFound", "Not found");
    }

    static ApiError invalidToken() {
        return new ApiError(401, JsonNodes.object().put("error", "invalid_token").put("error_description",
                "The access token provided is expired, revoked, malformed, or invalid for other reasons."));
    }

    /** A 422 for one field; {@code loc} is like {@code ["body", "amount"]}. */
    static ApiError invalid(List<Object> loc, String msg, String type, Object input) {
        ArrayNode where = JsonNodes.array();
        loc.forEach(part -> where.add(JsonNodes.MAPPER.valueToTree(part)));
        ObjectNode item = JsonNodes.object();
        item.set("loc", where);
        item.put("msg", msg).put("type", type);
        item.set("input", JsonNodes.MAPPER.valueToTree(input));
        ObjectNode body = JsonNodes.object().put("error", "RequestValidationError");
        body.set("detail", JsonNodes.array().add(item));
        return new ApiError(422, body);
    }
}

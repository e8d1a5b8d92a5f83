package dev.plara.polar.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;

/** What a route answers: a status and a JSON body, or no body. */
public record ApiResponse(int status, JsonNode body) {

    public static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body);
    }

    public static ApiResponse created(JsonNode body) {
        return new ApiResponse(201, body);
    }

    public static ApiResponse accepted() {
        return new ApiResponse(202, null);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null);
    }
}

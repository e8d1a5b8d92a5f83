package dev.plara.polar.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.stream.Collectors;

/**
 * Why a webhook body could not be read, in words an operator can act on: where the JSON breaks, or which field of
 * which event is missing or not what Polar sends there; never a Java class or Jackson's own wording.
 */
final class UnreadableEvent {

    private UnreadableEvent() {
    }

    static String notJson(JsonProcessingException failure) {
        var at = failure.getLocation();
        return at == null ? "the body is not JSON"
                : "the body is not JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    static String dataDoesNotFit(String type, Exception failure) {
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            var field = mapping.getPath().stream().map(step -> step.getFieldName() != null ? step.getFieldName()
                    : String.valueOf(step.getIndex())).collect(Collectors.joining("."));
            return "the " + type + " event's field data." + field + " is missing or not what Polar sends there";
        }
        if (failure instanceof IllegalArgumentException own && own.getMessage() != null) {
            return "the " + type + " event's " + own.getMessage();
        }
        return "the " + type + " event's data is not what Polar sends";
    }
}

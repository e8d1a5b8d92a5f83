package dev.plara.polar.webhook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.plara.polar.model.IsoInstants;
import dev.plara.polar.model.PolarJson;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Reads a verified webhook body ({@code {"type","timestamp","data"}}) into a typed {@link PolarEvent}; never throws. */
public final class PolarEventParser {

    /**
     * The event types read into a typed event, in alphabetical order: the ones a Polar webhook endpoint for Plara must
     * send. Any other type is {@link PolarEvent.Unhandled}, acknowledged and left alone.
     */
    public static final List<String> HANDLED_TYPES = Stream.of(PolarEvent.ORDER_TYPES, PolarEvent.REFUND_TYPES,
            PolarEvent.CHECKOUT_TYPES, PolarEvent.SUBSCRIPTION_TYPES).flatMap(Set::stream).sorted().toList();

    private final ObjectMapper json = PolarJson.mapper();
    /** A reader per data type, made once: it holds the type's deserializer, which the mapper looks up on every call. */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    /**
     * The event's {@code type}, read without parsing the rest of the body (Polar sends it first), or empty when the body
     * is not a JSON object with a text {@code type} at its top level.
     */
    public Optional<String> typeOf(byte[] body) {
        try (JsonParser reader = json.getFactory().createParser(body)) {
            if (reader.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (reader.nextToken() == JsonToken.FIELD_NAME) {
                boolean isType = "type".equals(reader.currentName());
                if (reader.nextToken() == JsonToken.VALUE_STRING && isType) {
                    return Optional.of(reader.getText());
                }
                reader.skipChildren();
            }
            return Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /**
     * The event in one pass over the bytes, its data read straight into its type when {@code type} comes before
     * {@code data} (as Polar sends it); any other body (data first, a field missing or repeated, a failure) is read
     * again as a tree, which says exactly what is wrong with it.
     */
    public ParseResult parse(byte[] body) {
        return inOnePass(body).orElseGet(() -> asTree(body));
    }

    Optional<ParseResult> inOnePass(byte[] body) {
        try (JsonParser reader = json.getFactory().createParser(body)) {
            if (reader.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String type = null;
            String timestamp = null;
            Object data = null;
            boolean dataSeen = false;
            while (reader.nextToken() == JsonToken.FIELD_NAME) {
                String name = reader.currentName();
                JsonToken value = reader.nextToken();
                if ("type".equals(name) && value == JsonToken.VALUE_STRING && !dataSeen) {
                    type = reader.getText();
                } else if ("timestamp".equals(name) && value == JsonToken.VALUE_STRING) {
                    timestamp = reader.getText();
                } else if ("data".equals(name) && type != null && !dataSeen) {
                    dataSeen = true;
                    data = dataOf(type, value, reader);
                } else if ("type".equals(name) || "timestamp".equals(name) || "data".equals(name)) {
                    return Optional.empty();
                } else {
                    reader.skipChildren();
                }
            }
            if (type == null || timestamp == null || TypedEvents.dataType(type) != null && data == null) {
                return Optional.empty();
            }
            return Optional.of(new ParseResult.Parsed(TypedEvents.typed(type, IsoInstants.parse(timestamp), data)));
        } catch (IOException | RuntimeException anythingAmiss) {
            return Optional.empty();
        }
    }

    private Object dataOf(String type, JsonToken value, JsonParser reader) throws IOException {
        Class<?> kind = TypedEvents.dataType(type);
        if (kind == null || value != JsonToken.START_OBJECT) {
            reader.skipChildren();
            return null;
        }
        return readers.computeIfAbsent(kind, json::readerFor).readValue(reader);
    }

    ParseResult asTree(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            return new ParseResult.Malformed(UnreadableEvent.notJson(e));
        } catch (IOException e) {
            return new ParseResult.Malformed("the body could not be read");
        }
        if (root == null || !root.isObject() || !root.path("type").isTextual() || !root.path("timestamp").isTextual()) {
            return new ParseResult.Malformed("not a Polar event: it needs a text \"type\" and \"timestamp\"");
        }
        String type = root.get("type").asText();
        try {
            Instant timestamp = IsoInstants.parse(root.get("timestamp").asText());
            return new ParseResult.Parsed(event(type, timestamp, root.path("data")));
        } catch (DateTimeParseException e) {
            return new ParseResult.Malformed("timestamp is not ISO-8601: " + root.get("timestamp").asText());
        } catch (IOException | IllegalArgumentException e) {
            return new ParseResult.Malformed(UnreadableEvent.dataDoesNotFit(type, e));
        }
    }

    private PolarEvent event(String type, Instant timestamp, JsonNode data) throws IOException {
        Class<?> kind = TypedEvents.dataType(type);
        if (kind != null && !data.isObject()) {
            throw new IllegalArgumentException("\"data\" is not an object");
        }
        return TypedEvents.typed(type, timestamp, kind == null ? null : json.treeToValue(data, kind));
    }
}

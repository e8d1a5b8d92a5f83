package dev.plara.http.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * The two JSON mappers: a strict reader for requests (no duplicate keys, no trailing content)
 * and the writer for responses (records to snake_case, absent values left out, amounts formatted for the locale of the
 * request being served). It is also Javalin's mapper for {@code ctx.json}.
 */
public final class Json implements io.javalin.json.JsonMapper {

    private final ObjectMapper strict = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final ObjectMapper writer = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private final RequestLocales locales;

    public Json(RequestLocales locales) {
        this.locales = locales;
    }

    /** Parses a request body; throws Jackson's exception, whose message says where it is malformed. */
    public JsonNode read(byte[] body) throws IOException {
        return strict.readTree(body);
    }

    /** A response body, its amounts formatted for the request being served. */
    public String write(Object value) {
        try {
            return writer.writer().with(locales.current()).writeValueAsString(value);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    @Override
    public String toJsonString(Object value, Type type) {
        return write(value);
    }
}

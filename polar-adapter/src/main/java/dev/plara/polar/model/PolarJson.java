package dev.plara.polar.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;

/**
 * The one JSON mapping of Polar's wire format: snake_case names, ISO-8601 instants (read by {@link IsoInstants}),
 * unknown fields tolerated: skipped as they are read (a record, read through its constructor, would otherwise copy
 * each unknown field aside until the record is built, only to drop it then).
 */
public final class PolarJson {

    private PolarJson() {
    }

    /** A new mapper for Polar JSON; requests leave out {@code null} fields. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .setAnnotationIntrospector(new UnknownFieldsSkipped())
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule().addDeserializer(Instant.class, new PolarInstantDeserializer()))
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** Every type's unknown fields skipped, as {@code @JsonIgnoreProperties(ignoreUnknown = true)} on each would. */
    private static final class UnknownFieldsSkipped extends JacksonAnnotationIntrospector {

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            return super.findPropertyIgnoralByName(config, annotated).withIgnoreUnknown();
        }
    }
}

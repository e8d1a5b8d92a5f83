package dev.plara.polar.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.Instant;

/** Polar's instants read by {@link IsoInstants} in their canonical form, any other value by Jackson's own reader. */
final class PolarInstantDeserializer extends StdScalarDeserializer<Instant> {

    PolarInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            var canonical = IsoInstants.canonicalUtc(parser.getText());
            if (canonical != null) {
                return canonical;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }
}

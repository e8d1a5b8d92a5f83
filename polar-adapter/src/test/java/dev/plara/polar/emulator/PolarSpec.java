package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polar's own API description ({@code shared/polar/openapi-2026-04.json}, found by walking up from the working
 * directory), and validation of JSON against its component schemas. A missing spec fails the test, never skips it.
 */
final class PolarSpec {

    private static final Path RELATIVE = Path.of("shared", "polar", "openapi-2026-04.json");

    private final Path spec = locate();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RELATIVE))) {
                return dir.resolve(RELATIVE);
            }
        }
        throw new AssertionError("Polar's API description " + RELATIVE + " was not found above "
                + Path.of("").toAbsolutePath() + "; CI keeps shared/ beside the repository");
    }

    /** The errors of {@code json} against {@code #/components/schemas/<name>}; empty when it conforms. */
    Set<ValidationMessage> validate(String schemaName, JsonNode json) {
        JsonSchema schema = schemas.computeIfAbsent(schemaName, name -> factory.getSchema(
                SchemaLocation.of(spec.toUri() + "#/components/schemas/" + name)));
        return schema.validate(json);
    }
}

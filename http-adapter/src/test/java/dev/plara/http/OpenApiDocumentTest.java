package dev.plara.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /openapi.json} describes exactly the API routes the server registers (every route under {@code /api/},
 * {@code /health} and the document itself, in demo mode so the demo sign-in counts too), no more and no fewer, and it
 * is a valid OpenAPI 3.1 document as swagger-parser reads one.
 */
class OpenApiDocumentTest {

    private final TestServer api = TestServer.demo();

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode served() throws IOException {
        var reply = api.get("/openapi.json").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).startsWith("application/json");
        return new ObjectMapper().readTree(reply.text());
    }

    @Test
    void theDocumentDescribesEveryApiRouteAndNothingElse() throws IOException {
        var documented = new TreeSet<String>();
        served().path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        var registered = new TreeSet<String>(api.server.routes().stream().filter(OpenApiDocumentTest::isApi).toList());

        assertThat(registered).as("the API routes the server registers").hasSizeGreaterThan(30);
        assertThat(documented).as("documented but not a route").isSubsetOf(registered);
        assertThat(registered).as("a route the document does not describe").isSubsetOf(documented);
    }

    @Test
    void theDocumentIsValidOpenApi31AndABrokenOneIsNot() throws IOException {
        var options = new ParseOptions();
        options.setResolve(true);
        var text = new ObjectMapper().writeValueAsString(served());

        var result = new OpenAPIV3Parser().readContents(text, null, options);

        assertThat(result.getMessages()).as("what the parser found wrong").isEmpty();
        assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(30);
        var broken = new OpenAPIV3Parser().readContents(text.replace("\"responses\"", "\"answers\"")
                .replace("#/components/schemas/Money", "#/components/schemas/Cash"), null, options);
        assertThat(broken.getMessages()).as("the parser can find a fault").isNotEmpty();
    }

    @Test
    void theReadablePageListsTheOperationsAndSaysAmountsAreMinorUnits() {
        var page = api.get("/api-docs").header("Accept", "text/html").send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<h1>Plara API</h1>", "minor units", "<code>POST /api/purchases</code>",
                "<code>GET /api/admin/refundable-orders</code>", "href=\"/openapi.json\"").doesNotContain("<script");
    }

    private static boolean isApi(String route) {
        var path = route.substring(route.indexOf(' ') + 1);
        return path.startsWith("/api/") || path.startsWith("/health") || Set.of("/openapi.json").contains(path);
    }
}

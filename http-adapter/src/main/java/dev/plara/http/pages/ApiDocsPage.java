package dev.plara.http.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.http.api.OpenApiHandler;
import dev.plara.http.web.Access;
import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api-docs}: the OpenAPI description rendered as a plain page in the site's layout, one section per tag and
 * one entry per operation (who may call it, its parameters, its body's fields and its answers), without scripts.
 */
public final class ApiDocsPage {

    private final Visitors visitors;
    private final Layout layout = new Layout();
    private String body;

    public ApiDocsPage(Visitors visitors) {
        this.visitors = visitors;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api-docs", ctx -> ctx.html(layout.render("API", visitors.of(ctx), "/api-docs", null, body())),
                Access.ANYONE);
    }

    /** The page's body, made from the OpenAPI description on its first request rather than at start. */
    private synchronized String body() {
        if (body == null) {
            body = render(parse());
        }
        return body;
    }

    private static JsonNode parse() {
        try {
            return new ObjectMapper().readTree(OpenApiHandler.read());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String render(JsonNode doc) {
        var byTag = new TreeMap<String, List<String>>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                byTag.computeIfAbsent(operation.getValue().path("tags").path(0).asText("Other"), tag -> new ArrayList<>())
                        .add(operation(path.getKey(), operation.getKey(), operation.getValue()))));
        var html = new StringBuilder("<h1>").append(Html.escape(doc.path("info").path("title").asText()))
                .append("</h1>\n<p>").append(Html.escape(doc.path("info").path("description").asText()))
                .append("</p>\n<p>The same description as OpenAPI 3.1: <a href=\"/openapi.json\">/openapi.json</a>.</p>\n");
        for (Map.Entry<String, List<String>> tag : byTag.entrySet()) {
            html.append("<section class=\"panel\"><h2>").append(Html.escape(tag.getKey())).append("</h2>\n");
            tag.getValue().forEach(html::append);
            html.append("</section>\n");
        }
        return html.toString();
    }

    private static String operation(String path, String method, JsonNode operation) {
        var html = new StringBuilder("<article class=\"operation\"><h3><code>").append(method.toUpperCase())
                .append(' ').append(Html.escape(path)).append("</code></h3>\n<p>")
                .append(Html.escape(operation.path("summary").asText())).append(". ")
                .append(Html.escape(operation.path("description").asText())).append("</p>\n<dl class=\"facts\">")
                .append(fact("Who", operation.has("security") ? "Anyone" : "A signed-in user (bearer token or session)"));
        var parameters = new ArrayList<String>();
        operation.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asText() + " ("
                + parameter.path("in").asText() + ")"));
        if (!parameters.isEmpty()) {
            html.append(fact("Parameters", String.join(", ", parameters)));
        }
        operation.path("requestBody").path("content").fields().forEachRemaining(content -> html.append(fact("Body",
                content.getKey() + ": " + fields(content.getValue().path("schema")))));
        var answers = new ArrayList<String>();
        operation.path("responses").fields().forEachRemaining(answer -> answers.add(answer.getKey() + " "
                + answer.getValue().path("description").asText()));
        return html.append(fact("Answers", String.join("; ", answers))).append("</dl></article>\n").toString();
    }

    private static String fields(JsonNode schema) {
        var names = new ArrayList<String>();
        schema.path("properties").fields().forEachRemaining(field -> names.add(field.getKey()
                + (field.getValue().has("description") ? " (" + field.getValue().path("description").asText() + ")" : "")));
        return names.isEmpty() ? "a JSON object" : String.join(", ", names);
    }

    private static String fact(String term, String value) {
        return "<dt>" + term + "</dt><dd>" + Html.escape(value) + "</dd>";
    }
}

package dev.plara.http.pages;

import dev.plara.http.web.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The pages' assets under {@code /assets/} (the stylesheet, script modules, icons), read from the classpath on first
 * use and kept. Served by hand rather than as Jetty static files, which open the whole jar as a file system at start
 * (a sixth of the server's start-up processor time); every response says {@code no-cache} and carries an entity tag,
 * so a browser revalidates and gets a 304 when nothing changed.
 */
final class Assets {

    private static final String ROOT = "/dev/plara/http/assets/";
    private static final Pattern NAME = Pattern.compile("([a-z0-9-]+/)*[a-z0-9-]+\\.(css|js|svg)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");

    private final Map<String, Optional<Asset>> read = new ConcurrentHashMap<>();

    void register(RoutesConfig routes) {
        routes.get("/assets/<name>", this::serve, Access.NO_SESSION);
    }

    private void serve(Context ctx) {
        var found = read.computeIfAbsent(ctx.pathParam("name"), Assets::load);
        if (found.isEmpty()) {
            ctx.status(404);
            return;
        }
        var asset = found.get();
        ctx.header("Cache-Control", "no-cache").header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    private static Optional<Asset> load(String name) {
        var matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try (var in = Assets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            var bytes = in.readAllBytes();
            return Optional.of(new Asset(TYPES.get(matcher.group(2)), bytes,
                    "\"" + Integer.toHexString(Arrays.hashCode(bytes)) + "-" + bytes.length + "\""));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private record Asset(String type, byte[] bytes, String etag) {
    }
}

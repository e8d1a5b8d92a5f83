package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.SafeText;
import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.port.in.BrowseCatalogUseCase;
import dev.plara.wallet.core.port.in.CheckAccessUseCase;
import dev.plara.wallet.core.domain.access.AccessWords;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Opens an item: {@code GET /media/{item_id}} serves the item's media to a user whose grants open it right now (the
 * item bought, a plan, a Polar product or subscription that unlocks it) and refuses everyone else (401 signed out, 403
 * nothing open, saying why). Only media references of the form {@code demo:<name>} are
 * served here, from the illustrations shipped with the server; other references belong to the host platform, which
 * serves them itself.
 */
public final class MediaHandler {

    private static final String DEMO = "demo:";
    private static final String DEMO_MEDIA = "/dev/plara/http/media/";

    private final BrowseCatalogUseCase catalog;
    private final CheckAccessUseCase access;
    private final Sessions sessions;

    public MediaHandler(BrowseCatalogUseCase catalog, CheckAccessUseCase access, Sessions sessions) {
        this.catalog = catalog;
        this.access = access;
        this.sessions = sessions;
    }

    public void register(RoutesConfig routes) {
        routes.get("/media/{item_id}", this::open, Access.SIGNED_IN);
    }

    private void open(Context ctx) {
        var user = sessions.required(ctx).user();
        var item = item(ctx.pathParam("item_id"));
        var decision = access.access(user, item.id()).orElseThrow();
        if (!decision.isOpen()) {
            throw ProblemType.FORBIDDEN.exception("you have no access to " + item.title() + " ("
                    + AccessWords.reason(decision) + "): buy it, or a plan that unlocks it, first");
        }
        var ref = item.mediaRef();
        var name = ref.startsWith(DEMO) ? ref.substring(DEMO.length()) : "";
        if (!name.matches("[a-z0-9-]{1,64}")) {
            throw ProblemType.NOT_FOUND.exception("the media of " + item.title() + " is served by the host platform");
        }
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType("image/svg+xml").result(demoMedia(name, item));
    }

    private CatalogItem item(String value) {
        var id = IdParser.parse(value, ItemId::of);
        return catalog.items().stream().filter(item -> id.filter(item.id()::equals).isPresent())
                .findFirst().orElseThrow(() -> ProblemType.UNKNOWN_ITEM.exception("nothing with id '"
                        + SafeText.clip(value, 64) + "' is for sale"));
    }

    private static byte[] demoMedia(String name, CatalogItem item) {
        try (var in = MediaHandler.class.getResourceAsStream(DEMO_MEDIA + name + ".svg")) {
            if (in == null) {
                throw ProblemType.NOT_FOUND.exception("no demo media for " + item.title());
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

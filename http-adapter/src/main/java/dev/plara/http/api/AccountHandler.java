package dev.plara.http.api;

import dev.plara.http.Principal;
import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.Requests;
import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.port.in.NotificationsUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

/** The signed-in user's own account: who they are ({@code /api/me}) and their notifications, read one by one or all. */
public final class AccountHandler {

    private final NotificationsUseCase notifications;
    private final Sessions sessions;
    private final Requests requests;

    public AccountHandler(NotificationsUseCase notifications, Sessions sessions, Requests requests) {
        this.notifications = notifications;
        this.sessions = sessions;
        this.requests = requests;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/me", this::me, Access.SIGNED_IN);
        routes.get("/api/notifications", this::list, Access.SIGNED_IN);
        routes.post("/api/notifications/read-all", this::markAllRead, Access.SIGNED_IN);
        routes.post("/api/notifications/{id}/read", this::markRead, Access.SIGNED_IN);
    }

    private void me(Context ctx) {
        var principal = sessions.required(ctx);
        ctx.json(MeView.from(principal, notifications.unreadCount(principal.user())));
    }

    private void list(Context ctx) {
        var user = sessions.required(ctx).user();
        var page = notifications.list(user, requests.page(ctx));
        ctx.json(new NotificationsView(PageView.from(page, NotificationView::from), notifications.unreadCount(user)));
    }

    private void markRead(Context ctx) {
        var user = sessions.required(ctx).user();
        if (!notifications.markRead(user, ctx.pathParam("id"))) {
            throw ProblemType.NOT_FOUND.exception("you have no notification " + ctx.pathParam("id"));
        }
        ctx.json(new MarkedReadView(ctx.pathParam("id"), true, notifications.unreadCount(user)));
    }

    private void markAllRead(Context ctx) {
        var user = sessions.required(ctx).user();
        var marked = notifications.markAllRead(user);
        ctx.json(new MarkedAllReadView(marked, notifications.unreadCount(user)));
    }

    /** How many notifications were marked read at once, and how many remain unread. */
    record MarkedAllReadView(long marked, long unread) {
    }

    /** A page of notifications and how many of all of them are unread. */
    record NotificationsView(PageView<NotificationView> notifications, long unread) {
    }

    /** A notification marked read, and how many remain unread. */
    record MarkedReadView(String id, boolean read, long unread) {
    }

    /** Who is signed in, with their unread notification count. */
    record MeView(String userId, String email, String name, List<String> roles, boolean admin, long unreadNotifications) {
        static MeView from(Principal principal, long unread) {
            return new MeView(principal.user().value(), principal.email(), principal.name(),
                    principal.roles().stream().sorted().toList(), principal.isAdmin(), unread);
        }
    }
}

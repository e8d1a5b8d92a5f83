package dev.plara.http.pages;

import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.port.in.NotificationsUseCase;
import io.javalin.http.Context;

/** Tells who is looking at a page: the request's signed-in user with their unread count and CSRF token, or nobody. */
public final class Visitors {

    private final Sessions sessions;
    private final NotificationsUseCase notifications;
    private final boolean demo;

    public Visitors(Sessions sessions, NotificationsUseCase notifications, boolean demo) {
        this.sessions = sessions;
        this.notifications = notifications;
        this.demo = demo;
    }

    /** Whether the demo sign-in exists. */
    public boolean demo() {
        return demo;
    }

    public Visitor of(Context ctx) {
        return sessions.identify(ctx)
                .map(principal -> new Visitor(principal, notifications.unreadCount(principal.user()), demo,
                        sessions.csrfToken(ctx).orElse(null)))
                .orElseGet(() -> Visitor.anonymous(demo));
    }
}

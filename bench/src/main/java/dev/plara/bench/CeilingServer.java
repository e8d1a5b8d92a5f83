package dev.plara.bench;

import io.javalin.Javalin;

/**
 * The ceiling of the ingest benchmark: a bare Javalin endpoint on the same Javalin and Jetty as Plara that reads the
 * whole body and answers 200, verifying, parsing and storing nothing.
 */
final class CeilingServer {

    private CeilingServer() {
    }

    /** Serves {@code POST /api/webhooks/polar} on loopback at {@code port} until the process is stopped. */
    static void serve(int port) {
        var app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.routes.post(Delivery.PATH, ctx -> {
                ctx.bodyAsBytes();
                ctx.status(200);
            });
        }).start();
        System.out.println("ceiling listening on http://127.0.0.1:" + app.port());
    }
}

package dev.plara.http.web;

import io.javalin.http.Context;

/** Shows a problem as a web page to a browser that navigated to where it happened, instead of problem+json. */
public interface ProblemPages {

    /** Whether this request came from a browser navigating (it accepts HTML), so a page suits it better than JSON. */
    static boolean wanted(Context ctx) {
        var accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** Answers with a page saying what the problem means, under the problem's status. */
    void show(Context ctx, Problem problem, String requestId);
}

package dev.plara.http.web;

import dev.plara.wallet.core.port.out.PaymentProviderException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception-to-problem mapping: a handler's {@link ProblemException} as it is, Javalin's own HTTP errors
 * by status, a payment provider fault as 502, and anything else as a logged 500 that reveals nothing. A browser
 * navigating gets the problem as a page, everyone else as problem+json.
 */
public final class ProblemResponder {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponder.class);
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String ANSWERED = "plara.problem-answered";

    private final Json json;
    private final RequestIds requestIds;
    private final ProblemPages pages;

    public ProblemResponder(Json json, RequestIds requestIds, ProblemPages pages) {
        this.json = json;
        this.requestIds = requestIds;
        this.pages = pages;
    }

    /** Javalin's exception handler for {@code Exception}. */
    public void handle(Exception failure, Context ctx) {
        respond(ctx, problemOf(failure, ctx));
    }

    public void respond(Context ctx, Problem problem) {
        ctx.attribute(ANSWERED, true);
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        if (ProblemPages.wanted(ctx)) {
            pages.show(ctx, problem, requestIds.of(ctx));
            return;
        }
        ctx.status(problem.status()).contentType(PROBLEM_JSON).result(json.write(problem.body()));
    }

    /** Whether this request's problem was answered here already (Javalin's error handlers must leave it alone). */
    public boolean answered(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ANSWERED));
    }

    private Problem problemOf(Exception failure, Context ctx) {
        if (failure instanceof ProblemException problem) {
            return problem.problem();
        }
        if (failure instanceof HttpResponseException http) {
            return fromStatus(http.getStatus(), http.getMessage());
        }
        if (failure instanceof PaymentProviderException provider) {
            LOG.warn("[{}] {} {}: payment provider failed: {}", requestIds.of(ctx), ctx.method(), ctx.path(),
                    provider.getMessage());
            return ProblemType.PROVIDER_UNAVAILABLE.problem("the payment provider did not answer; try again shortly");
        }
        LOG.error("[{}] {} {} failed", requestIds.of(ctx), ctx.method(), ctx.path(), failure);
        return ProblemType.INTERNAL.problem("an internal error occurred (request id " + requestIds.of(ctx) + ")");
    }

    private static Problem fromStatus(int status, String message) {
        var type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.INVALID_REQUEST;
        };
        var detail = status < 500 && message != null && !message.isBlank() ? SafeText.clip(message, 200) : type.title();
        return type.problem(detail);
    }
}

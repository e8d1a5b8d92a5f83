package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemException;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.RequestIds;
import dev.plara.http.web.Requests;
import dev.plara.http.web.SafeText;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase.WebhookResult;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /api/webhooks/polar}: hands the raw bytes and headers, untouched, to the core, which verifies, applies
 * and then keeps the delivery in its inbox. 403 when not genuine, 200 when applied, ignored or a duplicate, 202 when
 * kept pending for a retry, 503 when the inbox could not keep it (so Polar redelivers), 413 over 1 MiB. One log line
 * per delivery, without headers.
 */
public final class WebhookHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);
    static final int MAX_BYTES = 1024 * 1024;

    /** Where Polar delivers webhooks: a Polar webhook endpoint points at {@code PUBLIC_BASE_URL} and this path. */
    public static final String PATH = "/api/webhooks/polar";

    private final ReceiveWebhookUseCase webhooks;
    private final Requests requests;
    private final RequestIds requestIds;

    public WebhookHandler(ReceiveWebhookUseCase webhooks, Requests requests, RequestIds requestIds) {
        this.webhooks = webhooks;
        this.requests = requests;
        this.requestIds = requestIds;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::receive, Access.NO_SESSION);
    }

    private void receive(Context ctx) {
        var result = deliver(ctx, body(ctx));
        var status = result.match(rejected -> ProblemType.WEBHOOK_REJECTED.status(), applied -> 200, ignored -> 200,
                duplicate -> 200, deferred -> 202);
        log(ctx, status, result.summary());
        var outcome = result.match(rejected -> {
            throw ProblemType.WEBHOOK_REJECTED.exception(rejected.summary());
        }, applied -> "applied", ignored -> "ignored", duplicate -> "duplicate", deferred -> "deferred");
        ctx.status(status).json(new Answer(outcome, result.summary()));
    }

    /** What Polar is told: the outcome ({@code applied}, {@code ignored}, {@code duplicate}, {@code deferred}). */
    record Answer(String outcome, String summary) {
    }

    private byte[] body(Context ctx) {
        try {
            return requests.bytes(ctx, MAX_BYTES);
        } catch (ProblemException refused) {
            log(ctx, refused.problem().status(), refused.problem().detail());
            throw refused;
        }
    }

    private WebhookResult deliver(Context ctx, byte[] body) {
        try {
            return webhooks.receive(new WebhookRequest(headersOf(ctx), body));
        } catch (RuntimeException storeDown) {
            LOG.error("[{}] webhook could not be stored; Polar will retry", requestIds.of(ctx), storeDown);
            throw ProblemType.UNAVAILABLE.exception("the webhook could not be stored; retry later");
        }
    }

    private static Map<String, String> headersOf(Context ctx) {
        var headers = new HashMap<String, String>();
        var names = ctx.req().getHeaderNames();
        while (names.hasMoreElements()) {
            var name = names.nextElement();
            headers.putIfAbsent(name, ctx.req().getHeader(name));
        }
        return headers;
    }

    /** One line per delivery: at WARN when it was refused or could not be applied yet, so an operator sees it. */
    private void log(Context ctx, int status, String summary) {
        if (status == 200) {
            LOG.info("[{}] webhook {} -> {}", requestIds.of(ctx), SafeText.clip(summary, 300), status);
        } else {
            LOG.warn("[{}] webhook {} -> {}", requestIds.of(ctx), SafeText.clip(summary, 500), status);
        }
    }
}

package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.Requests;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.port.in.ReconcileUseCase;
import dev.plara.wallet.core.port.in.ViewOperationsUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

/**
 * The plumbing, for admins: reconciliation with Polar (run it now, read the latest reports), stored webhook deliveries
 * by status (pending ones wait for a retry and say why) and outbox messages that failed.
 */
public final class AdminOperationsHandler {

    private static final int REPORTS = 20;

    private final ReconcileUseCase reconciliation;
    private final ViewOperationsUseCase operations;
    private final Requests requests;

    public AdminOperationsHandler(ReconcileUseCase reconciliation, ViewOperationsUseCase operations,
                                  Requests requests) {
        this.reconciliation = reconciliation;
        this.operations = operations;
        this.requests = requests;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/admin/reconciliation", this::reconcile, Access.ADMIN);
        routes.get("/api/admin/reconciliation", ctx -> ctx.json(new ReportsView(reconciliation
                .recentReports(REPORTS).stream().map(ReconciliationView::from).toList())), Access.ADMIN);
        routes.get("/api/admin/webhooks", this::deliveries, Access.ADMIN);
        routes.get("/api/admin/outbox", ctx -> ctx.json(PageView.from(operations
                .troubledMessages(requests.page(ctx)), OutboxView::from)), Access.ADMIN);
    }

    private void reconcile(Context ctx) {
        ctx.json(ReconciliationView.from(reconciliation.reconcile()));
    }

    private void deliveries(Context ctx) {
        var status = requests.enumParam(ctx, "status", InboxStatus.class, InboxStatus.PENDING);
        ctx.json(PageView.from(operations.deliveries(status, requests.page(ctx)), DeliveryView::from));
    }

    /** The latest reconciliation reports, newest first. */
    record ReportsView(List<ReconciliationView> reports) {
    }
}

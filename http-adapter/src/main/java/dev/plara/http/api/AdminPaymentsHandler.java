package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.Requests;
import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignPayment;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase;
import dev.plara.wallet.core.port.in.AuditLedgerUseCase;
import dev.plara.wallet.core.port.in.ListUnmatchedPaymentsUseCase;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import dev.plara.wallet.core.port.in.RequestRefundUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The admins' money tools: parked (unmatched) payments and assigning one to its user, refunds held for orders not
 * credited, the ledger audit, and asking
 * Polar for a refund (the wallet is debited only when Polar confirms it).
 */
public final class AdminPaymentsHandler {

    private final ListUnmatchedPaymentsUseCase unmatched;
    private final AssignUnmatchedPaymentUseCase assignments;
    private final AuditLedgerUseCase audit;
    private final RequestRefundUseCase refunds;
    private final Sessions sessions;
    private final Requests requests;

    public AdminPaymentsHandler(ListUnmatchedPaymentsUseCase unmatched, AssignUnmatchedPaymentUseCase assignments,
                                AuditLedgerUseCase audit, RequestRefundUseCase refunds, Sessions sessions,
                                Requests requests) {
        this.unmatched = unmatched;
        this.assignments = assignments;
        this.audit = audit;
        this.refunds = refunds;
        this.sessions = sessions;
        this.requests = requests;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/admin/unmatched-payments", this::unmatched, Access.ADMIN);
        routes.post("/api/admin/unmatched-payments/{order_id}/assign", this::assign, Access.ADMIN);
        routes.get("/api/admin/unmatched-refunds", ctx -> ctx.json(PageView.from(unmatched.refunds(
                requests.booleanParam(ctx, "waiting", true), requests.page(ctx)), UnmatchedRefundView::from)),
                Access.ADMIN);
        routes.get("/api/admin/audit", ctx -> ctx.json(AuditView.from(audit.audit())), Access.ADMIN);
        routes.post("/api/admin/refunds", this::refund, Access.ADMIN);
    }

    private void unmatched(Context ctx) {
        var waiting = requests.booleanParam(ctx, "waiting", true);
        ctx.json(PageView.from(unmatched.list(waiting, requests.page(ctx)), UnmatchedView::from));
    }

    private void assign(Context ctx) {
        var admin = sessions.required(ctx).user().value();
        var body = requests.json(ctx, "user_id", "note");
        var command = new AssignPayment(ctx.pathParam("order_id"), userId(body.text("user_id")), admin,
                body.optionalText("note").orElse(null));
        var assigned = Refusals.successOf(assignments.assign(command));
        ctx.json(new AssignedView(command.orderId(), EntryView.from(assigned.posted())));
    }

    private void refund(Context ctx) {
        var admin = sessions.required(ctx).user().value();
        var body = requests.json(ctx, "order_id", "amount", "currency", "reason");
        var requested = Refusals.successOf(refunds.request(new RequestRefund(body.text("order_id"), body.money(),
                body.text("reason"), admin)));
        ctx.status(202).json(new RefundRequestedView(requested.refundId(), "requested"));
    }

    /** A parked payment credited to its user. */
    record AssignedView(String orderId, EntryView credit) {
    }

    /** A refund Polar accepted; the wallet changes when Polar confirms it. */
    record RefundRequestedView(String refundId, String status) {
    }

    private static UserId userId(String value) {
        return IdParser.parse(value, UserId::of).orElseThrow(() -> ProblemType.INVALID_REQUEST.exception(
                "field 'user_id' is not a user id (1-128 characters, no '/', no surrounding spaces)"));
    }
}

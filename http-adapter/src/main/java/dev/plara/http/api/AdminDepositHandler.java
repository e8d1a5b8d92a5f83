package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.Requests;
import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.port.in.ListDepositsUseCase;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ApproveDeposit;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.RejectDeposit;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The admins' review queue: deposits by status, approving one (which credits it once) or rejecting it with a reason. */
public final class AdminDepositHandler {

    private final ListDepositsUseCase deposits;
    private final ReviewBankDepositUseCase reviews;
    private final Sessions sessions;
    private final Requests requests;

    public AdminDepositHandler(ListDepositsUseCase deposits, ReviewBankDepositUseCase reviews, Sessions sessions,
                               Requests requests) {
        this.deposits = deposits;
        this.reviews = reviews;
        this.sessions = sessions;
        this.requests = requests;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/admin/deposits", this::queue, Access.ADMIN);
        routes.post("/api/admin/deposits/{id}/approve", this::approve, Access.ADMIN);
        routes.post("/api/admin/deposits/{id}/reject", this::reject, Access.ADMIN);
    }

    private void queue(Context ctx) {
        var status = requests.enumParam(ctx, "status", DepositStatus.class, DepositStatus.PENDING);
        ctx.json(PageView.from(deposits.byStatus(status, requests.page(ctx)), DepositView::from));
    }

    private void approve(Context ctx) {
        var reviewer = sessions.required(ctx).user().value();
        var approved = Refusals.approvalOf(reviews.approve(new ApproveDeposit(depositId(ctx), reviewer)));
        ctx.json(new ApprovedView(DepositView.from(approved.deposit()), EntryView.from(approved.credit())));
    }

    private void reject(Context ctx) {
        var reviewer = sessions.required(ctx).user().value();
        var reason = requests.json(ctx, "reason").text("reason");
        var rejected = Refusals.rejectionOf(reviews.reject(new RejectDeposit(depositId(ctx), reviewer, reason)));
        ctx.json(DepositView.from(rejected.deposit()));
    }

    /** An approved deposit and the credit it made. */
    record ApprovedView(DepositView deposit, EntryView credit) {
    }

    private static DepositId depositId(Context ctx) {
        return IdParser.parse(ctx.pathParam("id"), DepositId::new)
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("no deposit " + ctx.pathParam("id")));
    }
}

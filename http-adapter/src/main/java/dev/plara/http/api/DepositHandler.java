package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.RateLimiter;
import dev.plara.http.web.Requests;
import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.port.in.DepositOptionsUseCase;
import dev.plara.wallet.core.port.in.ListDepositsUseCase;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitBankDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Bank deposits from the user's side: where to send a transfer and how much one may claim, submitting it with its
 * receipt, listing one's own submissions, and
 * viewing a receipt (its owner or an admin only). Each well-formed submission takes a token from its user's rate
 * limit; one whose receipt is refused gives it back.
 */
public final class DepositHandler {

    private final DepositOptionsUseCase options;
    private final SubmitBankDepositUseCase submissions;
    private final ListDepositsUseCase deposits;
    private final Sessions sessions;
    private final Requests requests;
    private final RateLimiter limiter;

    public DepositHandler(DepositOptionsUseCase options, SubmitBankDepositUseCase submissions, ListDepositsUseCase deposits, Sessions sessions,
                          Requests requests, RateLimiter limiter) {
        this.options = options;
        this.submissions = submissions;
        this.deposits = deposits;
        this.sessions = sessions;
        this.requests = requests;
        this.limiter = limiter;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/deposits/bank/options", ctx -> ctx.json(BankOptionsView.from(options.bankDeposits(),
                options.walletCurrencies())), Access.ANYONE);
        routes.post("/api/deposits/bank", this::submit, Access.SIGNED_IN);
        routes.get("/api/deposits", this::own, Access.SIGNED_IN);
        routes.get("/api/admin/deposits/{id}/receipt", this::receipt, Access.SIGNED_IN);
    }

    private void submit(Context ctx) {
        var user = sessions.required(ctx).user();
        var form = BankDepositForm.read(ctx, requests);
        limiter.take(ctx, user.value());
        var result = submissions.submit(new SubmitBankDeposit(user, form.amount(), form.receipt(), form.senderName(),
                form.transactionCode(), form.phone()));
        if (result.match(submitted -> false, duplicate -> false, receiptRefused -> true, invalid -> false)) {
            limiter.giveBack(user.value());
        }
        var submitted = Refusals.successOf(result);
        ctx.status(201).json(DepositView.from(submitted.deposit()));
    }

    private void own(Context ctx) {
        var user = sessions.required(ctx).user();
        ctx.json(PageView.from(deposits.ofUser(user, requests.page(ctx)), DepositView::from));
    }

    private void receipt(Context ctx) {
        var principal = sessions.required(ctx);
        var deposit = IdParser.parse(ctx.pathParam("id"), DepositId::new).flatMap(deposits::find);
        if (!principal.isAdmin() && deposit.filter(found -> found.user().equals(principal.user())).isEmpty()) {
            throw ProblemType.FORBIDDEN.exception("only admins and the deposit's owner may see its receipt");
        }
        var receipt = deposit.flatMap(found -> deposits.receipt(found.id()))
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("no receipt for deposit " + ctx.pathParam("id")));
        ctx.header("Content-Disposition", "inline; filename=\"receipt-" + deposit.get().id().value() + "."
                + WireFormat.name(receipt.type()) + "\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(receipt.type().mediaType()).result(receipt.content());
    }
}

package dev.plara.http.api;

import dev.plara.http.web.ProblemException;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.Texts;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignResult;
import dev.plara.wallet.core.port.in.CheckoutStart;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ReviewResult;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitResult;

/**
 * The one mapping from the core's refusal values to problems. Each method takes a result that is not the success
 * its handler looked for and returns the exception to throw; a refusal never changed anything in the core. A refund
 * the provider did not confirm is no refusal, but it changed nothing in Plara either and maps here too.
 */
final class Refusals {

    private Refusals() {
    }

    static ProblemException of(CheckoutStart refusal) {
        if (refusal instanceof CheckoutStart.AmountNotAllowed notAllowed) {
            return ProblemType.AMOUNT_NOT_ALLOWED.exception(notAllowed.reason());
        }
        if (refusal instanceof CheckoutStart.UnknownProduct unknown) {
            return ProblemType.UNKNOWN_PRODUCT.exception("no product '" + Texts.clip(unknown.productId(), 64) + "' is for sale");
        }
        if (refusal instanceof CheckoutStart.SignInRequired required) {
            return ProblemType.SIGN_IN_REQUIRED.exception("sign in to buy " + Texts.clip(required.productId(), 64)
                    + ": it credits a wallet");
        }
        if (refusal instanceof CheckoutStart.ProviderRefused refused) {
            return ProblemType.CHECKOUT_REFUSED.exception(Texts.clip(refused.reason(), 500));
        }
        if (refusal instanceof CheckoutStart.InvalidEmail) {
            return ProblemType.INVALID_EMAIL.exception("a valid email address is needed to buy without signing in");
        }
        throw unexpected(refusal);
    }

    static ProblemException of(PurchaseResult refusal) {
        if (refusal instanceof PurchaseResult.InsufficientFunds lacking) {
            var problem = ProblemType.INSUFFICIENT_FUNDS.problem("the wallet holds " + lacking.balance().balance()
                            + "; " + lacking.item().title() + " costs " + lacking.item().price())
                    .with("balance", MoneyView.from(lacking.balance().balance()))
                    .with("price", MoneyView.from(lacking.item().price()));
            return new ProblemException(problem);
        }
        if (refusal instanceof PurchaseResult.AlreadyOwned owned) {
            return ProblemType.ALREADY_OWNED.exception("you already have access to " + owned.entitlement().item());
        }
        if (refusal instanceof PurchaseResult.UnknownItem unknown) {
            return ProblemType.UNKNOWN_ITEM.exception("nothing with id '" + unknown.item() + "' is for sale");
        }
        throw unexpected(refusal);
    }

    static ProblemException of(SubmitResult refusal) {
        if (refusal instanceof SubmitResult.DuplicateTransactionCode duplicate) {
            return ProblemType.DUPLICATE_TRANSACTION_CODE.exception("transaction code " + duplicate.transactionCode()
                    + " was submitted already");
        }
        if (refusal instanceof SubmitResult.Invalid invalid) {
            return ProblemType.INVALID_REQUEST.exception(invalid.reason());
        }
        throw unexpected(refusal);
    }

    static ProblemException of(ReviewResult refusal) {
        if (refusal instanceof ReviewResult.NotPending notPending) {
            return ProblemType.NOT_PENDING.exception("deposit " + notPending.deposit().id() + " is "
                    + Iso.name(notPending.deposit().status()) + " already");
        }
        if (refusal instanceof ReviewResult.UnknownDeposit unknown) {
            return ProblemType.NOT_FOUND.exception("no deposit " + unknown.id());
        }
        if (refusal instanceof ReviewResult.Invalid invalid) {
            return ProblemType.INVALID_REQUEST.exception(invalid.reason());
        }
        if (refusal instanceof ReviewResult.CreditConflict conflict) {
            return ProblemType.CREDIT_CONFLICT.exception(conflict.reason());
        }
        throw unexpected(refusal);
    }

    static ProblemException of(AssignResult.Refused refusal) {
        return ProblemType.ASSIGNMENT_REFUSED.exception(refusal.reason());
    }

    static ProblemException of(RefundRequestResult refusal) {
        if (refusal instanceof RefundRequestResult.Refused refused) {
            return ProblemType.REFUND_REFUSED.exception(refused.reason());
        }
        if (refusal instanceof RefundRequestResult.Unconfirmed unconfirmed) {
            return ProblemType.REFUND_UNCONFIRMED.exception(unconfirmed.advice());
        }
        throw unexpected(refusal);
    }

    private static IllegalStateException unexpected(Object result) {
        return new IllegalStateException("not a refusal: " + result);
    }
}

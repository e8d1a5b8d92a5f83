package dev.plara.http.api;

import dev.plara.http.web.ProblemException;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.SafeText;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignResult;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ReviewResult;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitResult;
import dev.plara.wallet.core.domain.access.AccessWords;

/**
 * The one mapping from the core's results to what a handler answers: each method returns the success its handler looks
 * for, or throws the problem a refusal maps to; a refusal never changed anything in the core. A refund the provider did
 * not confirm is no refusal, but it changed nothing in Plara either and maps here too. Every result is matched in full,
 * so a new refusal fails to compile until it has its problem.
 */
final class Refusals {

    private Refusals() {
    }

    static CheckoutResult.Opened successOf(CheckoutResult result) {
        return result.match(opened -> opened,
                notAllowed -> refuse(ProblemType.AMOUNT_NOT_ALLOWED.exception(notAllowed.reason())),
                unknown -> refuse(ProblemType.UNKNOWN_PRODUCT.exception("no product '"
                        + SafeText.clip(unknown.productId(), 64) + "' is for sale")),
                required -> refuse(ProblemType.SIGN_IN_REQUIRED.exception("sign in to buy "
                        + SafeText.clip(required.productId(), 64) + ": it credits a wallet")),
                refused -> refuse(ProblemType.CHECKOUT_REFUSED.exception(SafeText.clip(refused.reason(), 500))),
                owned -> refuse(ProblemType.ALREADY_OWNED.exception(owned.activeSubscription()
                        ? "your subscription to " + owned.heldBy().title() + " is active" + AccessWords.until(owned.heldBy())
                        + ": manage it under My purchases (/purchases) instead of subscribing again"
                        : "you already hold what this product unlocks through " + owned.heldBy().title()
                        + AccessWords.until(owned.heldBy()) + ": nothing to buy again")),
                invalid -> refuse(ProblemType.INVALID_EMAIL.exception(invalid.email() == null || invalid.email().isBlank()
                        ? "an email address is needed to buy without signing in"
                        : "'" + SafeText.clip(invalid.email(), 100) + "' is not a valid email address")));
    }

    static PurchaseResult.Purchased successOf(PurchaseResult result) {
        return result.match(purchased -> purchased,
                lacking -> refuse(new ProblemException(ProblemType.INSUFFICIENT_FUNDS.problem("the wallet holds "
                                + lacking.balance().balance() + "; " + lacking.item().title() + " costs "
                                + lacking.item().price())
                        .with("balance", MoneyView.from(lacking.balance().balance()))
                        .with("price", MoneyView.from(lacking.item().price())))),
                owned -> refuse(ProblemType.ALREADY_OWNED.exception("you already hold this through "
                        + owned.grant().title() + AccessWords.until(owned.grant()) + ": nothing to buy again")),
                unknown -> refuse(ProblemType.UNKNOWN_ITEM.exception("nothing with id '" + unknown.item()
                        + "' is for sale")));
    }

    static SubmitResult.Submitted successOf(SubmitResult result) {
        return result.match(submitted -> submitted,
                duplicate -> refuse(ProblemType.DUPLICATE_TRANSACTION_CODE.exception("transaction code "
                        + duplicate.transactionCode() + " was submitted already")),
                receipt -> refuse(ProblemType.UNSUPPORTED_MEDIA_TYPE.exception(receipt.reason())),
                invalid -> refuse(ProblemType.INVALID_REQUEST.exception(invalid.reason())));
    }

    static ReviewResult.Approved approvalOf(ReviewResult result) {
        return result.match(approved -> approved, rejected -> refuse(unexpected(rejected)), Refusals::notPending,
                Refusals::unknownDeposit, Refusals::invalidReview, Refusals::creditConflict);
    }

    static ReviewResult.Rejected rejectionOf(ReviewResult result) {
        return result.match(approved -> refuse(unexpected(approved)), rejected -> rejected, Refusals::notPending,
                Refusals::unknownDeposit, Refusals::invalidReview, Refusals::creditConflict);
    }

    static AssignResult.Assigned successOf(AssignResult result) {
        return result.match(assigned -> assigned,
                refused -> refuse(ProblemType.ASSIGNMENT_REFUSED.exception(refused.reason())));
    }

    static RefundRequestResult.Requested successOf(RefundRequestResult result) {
        return result.match(requested -> requested,
                refused -> refuse(ProblemType.REFUND_REFUSED.exception(refused.reason())),
                unconfirmed -> refuse(ProblemType.REFUND_UNCONFIRMED.exception(unconfirmed.advice())));
    }

    private static <T> T notPending(ReviewResult.NotPending notPending) {
        return refuse(ProblemType.NOT_PENDING.exception("deposit " + notPending.deposit().id() + " is "
                + WireFormat.name(notPending.deposit().status()) + " already"));
    }

    private static <T> T unknownDeposit(ReviewResult.UnknownDeposit unknown) {
        return refuse(ProblemType.NOT_FOUND.exception("no deposit " + unknown.id()));
    }

    private static <T> T invalidReview(ReviewResult.Invalid invalid) {
        return refuse(ProblemType.INVALID_REQUEST.exception(invalid.reason()));
    }

    private static <T> T creditConflict(ReviewResult.CreditConflict conflict) {
        return refuse(ProblemType.CREDIT_CONFLICT.exception(conflict.reason()));
    }

    private static <T> T refuse(RuntimeException problem) {
        throw problem;
    }

    private static IllegalStateException unexpected(Object result) {
        return new IllegalStateException("not a refusal: " + result);
    }
}

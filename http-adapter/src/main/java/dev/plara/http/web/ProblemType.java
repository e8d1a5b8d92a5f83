package dev.plara.http.web;

/**
 * The stable catalogue of problem types the API answers with: a slug (the last part of the {@code type} URI that
 * clients switch on), an HTTP status and a short title. Slugs never change once published.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", 400, "The request is not valid"),
    INVALID_EMAIL("invalid-email", 400, "The email address is not valid"),
    UNAUTHENTICATED("unauthenticated", 401, "Sign-in required"),
    SIGN_IN_REQUIRED("sign-in-required", 401, "Only a signed-in user can buy this"),
    INSUFFICIENT_FUNDS("insufficient-funds", 402, "The wallet holds less than the price"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    CSRF_REJECTED("csrf-rejected", 403, "Missing or wrong CSRF token"),
    ORIGIN_NOT_ALLOWED("origin-not-allowed", 403, "This origin may not call the API"),
    WEBHOOK_REJECTED("webhook-rejected", 403, "The webhook is not genuine"),
    NOT_FOUND("not-found", 404, "Not found"),
    UNKNOWN_ITEM("unknown-item", 404, "No such item for sale"),
    UNKNOWN_PRODUCT("unknown-product", 404, "No such product for sale"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    ALREADY_OWNED("already-owned", 409, "Already owned"),
    DUPLICATE_TRANSACTION_CODE("duplicate-transaction-code", 409, "This bank transaction code was submitted already"),
    NOT_PENDING("not-pending", 409, "The deposit was decided already"),
    CREDIT_CONFLICT("credit-conflict", 409, "The ledger refused the credit"),
    ASSIGNMENT_REFUSED("assignment-refused", 409, "The payment cannot be assigned"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    AMOUNT_NOT_ALLOWED("amount-not-allowed", 422, "This amount is not allowed"),
    CHECKOUT_REFUSED("checkout-refused", 422, "The payment provider refused the checkout"),
    REFUND_REFUSED("refund-refused", 422, "The refund was refused"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    INTERNAL("internal", 500, "Something went wrong on our side"),
    PROVIDER_UNAVAILABLE("provider-unavailable", 502, "The payment provider did not answer"),
    REFUND_UNCONFIRMED("refund-unconfirmed", 502, "The payment provider did not confirm the refund; it may exist"),
    UNAVAILABLE("unavailable", 503, "Temporarily unavailable; try again");

    private static final String BASE = "https://plara.dev/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** A problem of this type saying what went wrong. */
    public Problem problem(String detail) {
        return new Problem(this, detail);
    }

    /** The same, ready to throw from a handler. */
    public ProblemException exception(String detail) {
        return new ProblemException(problem(detail));
    }
}

package dev.plara.polar.client;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.List;
import java.util.Objects;

/**
 * Polar, or the way to it, failed a request: the one exception of the client. It carries the HTTP status ({@code 0}
 * when no response came back), Polar's {@code error} type, its {@code detail} and any validation errors of a 422.
 */
public class PolarApiException extends RuntimeException {

    private final int status;
    private final String errorType;
    private final String detail;
    private final List<ValidationError> validationErrors;

    public PolarApiException(int status, String errorType, String detail, List<ValidationError> validationErrors) {
        super(describe(status, errorType, detail));
        this.status = status;
        this.errorType = errorType;
        this.detail = detail;
        this.validationErrors = List.copyOf(validationErrors);
    }

    /** No HTTP response: the connection failed or timed out. */
    public PolarApiException(String detail, Throwable cause) {
        super(describe(0, null, detail), cause);
        this.status = 0;
        this.errorType = null;
        this.detail = detail;
        this.validationErrors = List.of();
    }

    public int status() {
        return status;
    }

    /** Polar's error type, such as {@code ResourceNotFound} or {@code invalid_token}; {@code null} if none was sent. */
    public String errorType() {
        return errorType;
    }

    public String detail() {
        return detail;
    }

    public List<ValidationError> validationErrors() {
        return validationErrors;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** A 4xx: the request was refused and sending it again as is will not help. */
    public boolean isClientError() {
        return status >= 400 && status < 500;
    }

    /**
     * Whether Polar may have acted on the request all the same: it answered with a server error, or with a success
     * that could not be read, or the request went out and no answer came back (a timeout, a dropped connection).
     */
    public boolean mayHaveTakenEffect() {
        return status >= 500 || (status >= 200 && status < 300) || (status == 0 && !neverSent(getCause()));
    }

    /** No connection was made, so the request never reached Polar. */
    static boolean neverSent(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
    }

    private static String describe(int status, String errorType, String detail) {
        String type = errorType == null ? "" : " " + errorType;
        return (status == 0 ? "Polar unreachable" : "Polar answered " + status + type) + ": " + detail;
    }

    /** One entry of a 422's {@code detail} list. */
    public record ValidationError(List<String> loc, String msg, String type) {
        public ValidationError {
            loc = List.copyOf(loc);
            Objects.requireNonNull(msg, "msg");
        }
    }
}

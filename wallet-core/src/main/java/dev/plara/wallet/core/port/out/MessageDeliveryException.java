package dev.plara.wallet.core.port.out;

/** A channel did not accept a message; {@code retryable} says whether a later attempt may succeed. */
public class MessageDeliveryException extends RuntimeException {

    private final boolean retryable;

    public MessageDeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}

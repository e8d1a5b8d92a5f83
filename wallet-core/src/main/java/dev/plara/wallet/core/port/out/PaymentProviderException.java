package dev.plara.wallet.core.port.out;

/** The payment provider or the way to it failed: an infrastructure fault, not a business refusal. */
public class PaymentProviderException extends RuntimeException {

    public PaymentProviderException(String message, Throwable cause) {
        super(message, cause);
    }

    public PaymentProviderException(String message) {
        super(message);
    }
}

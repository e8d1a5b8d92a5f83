package dev.plara.polar;

import dev.plara.polar.client.PolarApiException;
import dev.plara.wallet.core.port.out.PaymentProviderException;

import java.util.function.Supplier;

/** Runs a Polar call and turns its faults into the core's {@link PaymentProviderException}. */
final class ProviderCalls {

    private ProviderCalls() {
    }

    static <T> T call(String what, Supplier<T> polarCall) {
        try {
            return polarCall.get();
        } catch (PolarApiException e) {
            throw fault(what, e);
        }
    }

    static PaymentProviderException fault(String what, PolarApiException e) {
        return new PaymentProviderException("Polar could not " + what + ": " + e.getMessage(), e);
    }
}

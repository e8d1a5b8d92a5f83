package dev.plara.polar;

import dev.plara.polar.client.PolarApiException;
import dev.plara.wallet.core.port.out.PaymentProviderException;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

    /** Polar's own words for a refused request: each validation error as {@code field: message}, else its detail. */
    static String refusal(String what, PolarApiException e) {
        if (e.validationErrors().isEmpty()) {
            return "Polar refused " + what + ": " + e.detail();
        }
        return "Polar refused " + what + ": " + e.validationErrors().stream()
                .map(error -> field(error.loc()) + ": " + error.msg()).collect(Collectors.joining("; "));
    }

    private static String field(List<String> location) {
        return location.isEmpty() ? "request" : location.get(location.size() - 1);
    }
}

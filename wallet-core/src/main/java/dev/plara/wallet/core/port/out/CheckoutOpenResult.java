package dev.plara.wallet.core.port.out;

import java.util.function.Function;

/** What the provider did with a request to open a checkout: opened it, or refused the request itself. */
public sealed interface CheckoutOpenResult permits OpenedCheckout, CheckoutRefused {

    /** Calls the function for this outcome; a new outcome fails to compile until every caller handles it. */
    <T> T match(Function<OpenedCheckout, T> opened, Function<CheckoutRefused, T> refused);
}

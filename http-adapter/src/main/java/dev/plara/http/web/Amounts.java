package dev.plara.http.web;

import dev.plara.wallet.core.domain.money.Money;

/** Reads an amount from request fields: whole minor units and an ISO 4217 code; anything else is a 400 naming it. */
public final class Amounts {

    public static final String WHOLE_NUMBER = "must be a whole number (minor units, e.g. 1000 for 10.00 USD)";

    private Amounts() {
    }

    public static Money of(long minor, String currencyCode) {
        try {
            return Money.of(minor, currencyCode);
        } catch (IllegalArgumentException notACurrency) {
            throw ProblemType.INVALID_REQUEST.exception("field 'currency': " + SafeText.clip(notACurrency.getMessage(), 100));
        }
    }
}

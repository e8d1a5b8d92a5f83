package dev.plara.polar.emulator.service;

import java.util.Optional;

/** What the buyer typed on the hosted checkout page. */
public record CardForm(String cardNumber, String expiry, String cvc, String email) {

    public static final String PAYS = "4242424242424242";
    public static final String DECLINED = "4000000000000002";

    /** The card number without spaces or dashes. */
    String digits() {
        return cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
    }

    /** What is wrong with the form itself, before any payment is tried. */
    Optional<String> problem(boolean emailNeeded) {
        if (emailNeeded && (email == null || !email.contains("@"))) {
            return Optional.of("Enter your email address.");
        }
        if (!digits().matches("\\d{12,19}")) {
            return Optional.of("Your card number is incomplete.");
        }
        if (expiry == null || !expiry.strip().matches("(0[1-9]|1[0-2])\\s*/\\s*\\d{2}")) {
            return Optional.of("Your card's expiry date is incomplete (MM / YY).");
        }
        if (cvc == null || !cvc.strip().matches("\\d{3,4}")) {
            return Optional.of("Your card's security code is incomplete.");
        }
        return Optional.empty();
    }
}

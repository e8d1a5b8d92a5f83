package dev.plara.wallet.core.domain.deposit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a user types about a bank transfer: the sender's name, the bank's transaction code and a phone number.
 * The transaction code is normalised (trimmed, upper case, inner spaces removed) so one transfer has one code.
 */
public record BankDetails(String senderName, String transactionCode, String phone) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_/-]{3,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,22}[0-9]");

    public BankDetails {
        requireValid(senderName, transactionCode, phone);
    }

    /** Normalises raw form input, or says what is wrong with it. */
    public static Optional<String> problemWith(String senderName, String transactionCode, String phone) {
        if (senderName == null || senderName.isBlank() || senderName.strip().length() > 100) {
            return Optional.of("sender name is required (at most 100 characters)");
        }
        if (transactionCode == null || !CODE.matcher(normalizeCode(transactionCode)).matches()) {
            return Optional.of("bank transaction code must be 4-64 letters, digits, '-', '_' or '/'");
        }
        if (phone == null || !PHONE.matcher(phone.strip()).matches()) {
            return Optional.of("phone must be 7-24 digits, optionally starting with +");
        }
        return Optional.empty();
    }

    public static BankDetails of(String senderName, String transactionCode, String phone) {
        return new BankDetails(senderName.strip(), normalizeCode(transactionCode), phone.strip());
    }

    public static String normalizeCode(String code) {
        return code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    static void requireValid(String senderName, String transactionCode, String phone) {
        problemWith(senderName, transactionCode, phone).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (!transactionCode.equals(normalizeCode(transactionCode)) || !senderName.equals(senderName.strip())) {
            throw new IllegalArgumentException("bank details must be normalised first");
        }
    }
}

package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.ledger.BankDepositFacts;
import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.ConvertedPayment;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.RefundFacts;
import dev.plara.wallet.core.domain.payment.PaidTwice;
import dev.plara.wallet.core.domain.payment.ProductOrder;

/** The words of notifications, operator log lines and emails, kept in one place. */
final class Messages {

    private Messages() {
    }

    static String cardCredit(PostedEntry posted) {
        return "Card deposit of " + posted.entry().amount() + " credited. Balance: " + posted.balanceAfter() + ".";
    }

    static String bankCredit(PostedEntry posted) {
        return "Bank deposit of " + posted.entry().amount() + " approved and credited. Balance: "
                + posted.balanceAfter() + ".";
    }

    static String rejection(BankDeposit deposit) {
        return "Bank deposit of " + deposit.amount() + " (code " + deposit.transactionCode() + ") was rejected: "
                + deposit.review().reason();
    }

    static String purchase(PostedEntry posted) {
        return "You bought " + posted.entry().facts().description() + " for " + posted.entry().amount() + ". Balance: "
                + posted.balanceAfter() + ".";
    }

    static String refund(PostedEntry posted) {
        String overdrawn = posted.balanceAfter().isNegative() ? " Your wallet is overdrawn; please top it up." : "";
        return "A refund of " + posted.entry().amount() + " was taken back from your wallet. Balance: "
                + posted.balanceAfter() + "." + overdrawn;
    }

    static String orderConfirmed(ProductOrder order) {
        return "Your order of " + order.productName() + " (" + order.amount() + ") is confirmed.";
    }

    static String paidTwice(PaidTwice twice) {
        return "You paid for " + twice.order().productName() + " twice (orders " + twice.alsoCoveredBy().orderId()
                + " and " + twice.order().orderId() + "). You keep it for good either way; one of the two payments will"
                + " be refunded to you.";
    }

    static String operatorLog(PostedEntry posted) {
        var entry = posted.entry();
        String sign = entry.credit().isWallet() ? "+" : "-";
        return entry.kind() + ": " + sign + entry.amount() + " " + entry.wallet() + " (" + entry.key() + ")"
                + entry.facts().match(Messages::cardDetails, Messages::bankDetails, purchase -> "", Messages::refundDetails)
                + ". Balance " + posted.balanceAfter() + '.';
    }

    private static String cardDetails(CardDepositFacts card) {
        return converted(card.converted()) + (card.assignedBy() == null ? "" : ", by " + card.assignedBy().admin());
    }

    private static String bankDetails(BankDepositFacts bank) {
        return ", code " + bank.transactionCode() + ", sender " + bank.senderName()
                + (bank.reviewer() == null ? "" : ", by " + bank.reviewer());
    }

    private static String refundDetails(RefundFacts refund) {
        return converted(refund.converted());
    }

    private static String converted(ConvertedPayment converted) {
        return converted == null ? "" : ", paid " + converted.paid() + " at rate " + converted.rate();
    }

    static String operatorRejection(BankDeposit deposit) {
        return "BANK_DEPOSIT rejected: " + deposit.amount() + " for wallet:" + deposit.user() + " (code "
                + deposit.transactionCode() + ", sender " + deposit.senderName() + "), by " + deposit.review().reviewer()
                + ": " + deposit.review().reason();
    }

    static String emailSubject(ProductOrder order) {
        return "Your order: " + order.productName();
    }

    static String emailBody(ProductOrder order) {
        return "Thank you for your purchase.\n\nProduct: " + order.productName() + "\nAmount: " + order.amount()
                + "\nOrder: " + order.orderId() + "\n\nYour access is active now.\n";
    }
}

package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.BankDetails;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;

/** Sample domain records for the store contracts: realistic, every field filled where it can be. */
final class Samples {

    private Samples() {
    }

    static BankDeposit deposit(String id, String user, String code, Instant at) {
        return BankDeposit.submitted(new DepositId(id), UserId.of(user), Money.etb(1_500_00), new ReceiptRef("r-" + id),
                BankDetails.of("Abebe Kebede", code, "+251 911 000000"), at);
    }

    static CatalogItem video(String id, long cents) {
        return new CatalogItem(ItemId.of(id), ItemKind.VIDEO, "Video " + id, "A short film", Money.usd(cents), null,
                "/media/" + id + ".mp4");
    }

    static CatalogItem plan(String id, long cents) {
        return new CatalogItem(ItemId.of(id), ItemKind.SUBSCRIPTION_PLAN, "Plan " + id, "Thirty days of everything",
                Money.usd(cents), Duration.ofDays(30), "/plans/" + id, Unlocks.all());
    }

    static CheckoutRecord checkout(String id, String user, Instant at) {
        return CheckoutRecord.opened(id, CheckoutPurpose.WALLET_DEPOSIT, UserId.of(user), user + "@example.org",
                "prod_topup", Money.usd(25_00), at);
    }

    static UnmatchedPayment unmatched(String orderId, Instant at) {
        return new UnmatchedPayment(orderId, "chk-" + orderId, Money.usd(12_00),
                new ChargedAmounts(Money.usd(10_00), Money.usd(2_00), Money.usd(12_00)), "who@example.org", "ghost",
                UnmatchedReason.UNKNOWN_USER, "user 'ghost' has never signed in to Plara", at, null);
    }

    static ProductOrder order(String orderId, String user, Instant at) {
        return new ProductOrder(orderId, "chk-" + orderId, UserId.of(user), user + "@example.org", "prod_ebook",
                "The Ebook", Money.usd(19_00), null, Money.usd(0), at, null);
    }
}

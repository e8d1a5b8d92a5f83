package dev.plara.http.api;

import dev.plara.wallet.core.port.in.TrackCheckoutUseCase.CheckoutProgress;

import java.time.Instant;

/**
 * Where a checkout stands for Plara. Anyone holding the checkout id may read it; the email and the wallet balance
 * after a credit are shown only to its owner (the signed-in user it belongs to, or whoever holds a guest's id), and
 * {@code yours} says whether the reader is that owner.
 */
record ProgressView(String checkoutId, String purpose, String stage, boolean yours, String productId, MoneyView amount,
                    String orderId, String email, String createdAt, CreditView credit, GrantView access) {

    static ProgressView from(CheckoutProgress progress, boolean owner, Instant now) {
        var checkout = progress.checkout();
        var credit = progress.credit() == null ? null : new CreditView(
                MoneyView.from(progress.credit().entry().amount()),
                owner ? MoneyView.from(progress.credit().balanceAfter()) : null);
        var access = progress.grant() == null ? null : GrantView.from(progress.grant(), now);
        return new ProgressView(checkout.checkoutId(), WireFormat.name(checkout.purpose()), WireFormat.name(progress.stage()),
                owner, checkout.productId(), MoneyView.from(checkout.amount()), checkout.orderId(),
                owner ? checkout.email() : null, WireFormat.time(checkout.createdAt()), credit, access);
    }

    /** What a deposit credited, and (to its owner) the wallet balance right after. */
    record CreditView(MoneyView amount, MoneyView balanceAfter) {
    }
}

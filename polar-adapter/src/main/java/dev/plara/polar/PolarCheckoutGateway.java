package dev.plara.polar;

import dev.plara.polar.client.CheckoutCreate;
import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarMoney;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.CheckoutOpenResult;
import dev.plara.wallet.core.port.out.CheckoutRefused;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import dev.plara.wallet.core.port.out.ProviderCheckoutStatus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens Polar checkouts for wallet deposits (the top-up product at the chosen amount, discount codes off) and direct
 * product purchases, carrying a signed-in user as {@code external_customer_id} and in metadata (a guest by email
 * only), and reads their status back.
 */
public final class PolarCheckoutGateway implements CheckoutGateway {

    private final PolarClient client;
    private final String successUrl;
    private final String returnUrl;

    /**
     * @param successUrl where the buyer lands after paying, usually with {@code {CHECKOUT_ID}} in it
     * @param returnUrl  the hosted page's back link, or {@code null}
     */
    public PolarCheckoutGateway(PolarClient client, String successUrl, String returnUrl) {
        this.client = Objects.requireNonNull(client, "client");
        this.successUrl = Objects.requireNonNull(successUrl, "success url");
        this.returnUrl = returnUrl;
    }

    @Override
    public CheckoutOpenResult open(CheckoutRequest request) {
        PolarCheckout checkout;
        try {
            checkout = client.createCheckout(body(request));
        } catch (PolarApiException e) {
            if (e.status() == 400 || e.status() == 404 || e.status() == 422) {
                return new CheckoutRefused(ProviderCalls.refusal("the checkout", e));
            }
            throw ProviderCalls.fault("open a checkout", e);
        }
        long price = checkout.amount() - checkout.discountAmount();
        return new OpenedCheckout(checkout.id(), checkout.url(), PolarMoney.of(price, checkout.currency()),
                checkout.expiresAt());
    }

    @Override
    public Optional<ProviderCheckoutStatus> status(String checkoutId) {
        try {
            PolarCheckout checkout = client.getCheckout(checkoutId);
            return Optional.of(ProviderCheckoutStatus.valueOf(checkout.status().toUpperCase(Locale.ROOT)));
        } catch (PolarApiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw ProviderCalls.fault("read checkout " + checkoutId, e);
        }
    }

    /**
     * A signed-in buyer's checkout names Polar's customer by the user id and carries it in metadata; a guest's names
     * no customer (Polar finds or makes one by the email) and carries the guest's email in metadata instead.
     */
    private CheckoutCreate body(CheckoutRequest request) {
        boolean deposit = request.purpose() == CheckoutPurpose.WALLET_DEPOSIT;
        String user = request.user() == null ? null : request.user().value();
        Map<String, Object> metadata = Map.of(user != null ? Metadata.USER_ID : Metadata.GUEST_EMAIL,
                user != null ? user : request.email(), Metadata.PURPOSE, request.purpose().wireName());
        Long amount = request.amount() == null ? null : request.amount().minor();
        String currency = request.amount() == null ? null : PolarMoney.currencyOf(request.amount());
        return new CheckoutCreate(List.of(request.productId()), amount, currency, request.email(), user, metadata,
                successUrl, returnUrl, !deposit);
    }
}

package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.CheckoutPurpose;
import dev.plara.wallet.core.domain.CheckoutRecord;
import dev.plara.wallet.core.domain.Emails;
import dev.plara.wallet.core.domain.PaymentProduct;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.domain.UserProfile;
import dev.plara.wallet.core.port.in.CheckoutStart;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase;
import dev.plara.wallet.core.port.out.CheckoutRefused;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.OpenedCheckout;

import java.time.Clock;
import java.util.Optional;

/** Direct purchases of provider products from the pricing page: opens the checkout for one product. */
public final class ProductPurchaseService implements StartProductCheckoutUseCase {

    private final WalletStores stores;
    private final PaymentProvider provider;
    private final WalletSettings settings;
    private final Clock clock;

    ProductPurchaseService(WalletStores stores, PaymentProvider provider, WalletSettings settings, Clock clock) {
        this.stores = stores;
        this.provider = provider;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CheckoutStart start(StartProductCheckout command) {
        var product = forSale(command.productId());
        if (product.isEmpty()) {
            return new CheckoutStart.UnknownProduct(command.productId());
        }
        if (product.get().prices().stream().noneMatch(price -> price.isFixed())) {
            return new CheckoutStart.AmountNotAllowed("this product has no fixed price to buy it at");
        }
        var signedIn = command.signedIn();
        if (product.get().creditPack() && signedIn == null) {
            return new CheckoutStart.SignInRequired(command.productId());
        }
        var email = command.email() != null ? command.email() : signedIn == null ? null : signedIn.email();
        if (!Emails.isValid(email)) {
            return new CheckoutStart.InvalidEmail(email);
        }
        var buyer = buyer(signedIn, Emails.normalize(email));
        var purpose = product.get().creditPack() ? CheckoutPurpose.WALLET_DEPOSIT : CheckoutPurpose.PRODUCT_PURCHASE;
        var outcome = provider.checkouts().open(new CheckoutRequest(purpose, product.get().id(), buyer,
                Emails.normalize(email), null));
        if (outcome instanceof CheckoutRefused refused) {
            return new CheckoutStart.ProviderRefused(refused.reason());
        }
        var opened = (OpenedCheckout) outcome;
        var record = CheckoutRecord.opened(opened.id(), purpose, buyer, Emails.normalize(email), product.get().id(),
                opened.amount(), clock.instant());
        stores.checkouts().save(record);
        return new CheckoutStart.Opened(record, opened.url());
    }

    private Optional<PaymentProduct> forSale(String productId) {
        if (productId.equals(settings.topUpProductId())) {
            return Optional.empty();
        }
        return provider.products().products().stream().filter(product -> product.id().equals(productId)).findFirst();
    }

    private UserId buyer(UserProfile signedIn, String email) {
        if (signedIn == null) {
            return UserId.guest(email);
        }
        stores.users().remember(signedIn);
        return signedIn.id();
    }
}

package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.user.Emails;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase.StartCardDeposit;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase.StartProductCheckout;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.CheckoutStore;
import dev.plara.wallet.core.port.out.ProductCatalog;
import dev.plara.wallet.core.port.out.UserStore;

import java.time.Clock;
import java.util.Optional;

/**
 * Opens checkouts at the provider: a card deposit into the signed-in user's wallet, or a product bought directly from
 * the pricing page, unless the buyer holds it already, and only one at a time per buyer and product. Opening one credits and grants nothing; only the verified payment
 * does.
 */
public final class CheckoutService implements StartCardDepositUseCase, StartProductCheckoutUseCase {

    private final CheckoutGateway gateway;
    private final CustomerIdentity identity;
    private final ProductCatalog products;
    private final CheckoutStore checkouts;
    private final UserStore users;
    private final AccessRules access;
    private final SingleCheckout single;
    private final WalletSettings settings;
    private final Clock clock;

    public CheckoutService(CheckoutGateway gateway, CustomerIdentity identity, ProductCatalog products,
                           CheckoutStore checkouts, UserStore users, AccessRules access, SingleCheckout single,
                           WalletSettings settings, Clock clock) {
        this.gateway = gateway;
        this.identity = identity;
        this.products = products;
        this.checkouts = checkouts;
        this.users = users;
        this.access = access;
        this.single = single;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CheckoutResult start(StartCardDeposit command) {
        var refusal = settings.cardDeposits().refusalFor(command.amount());
        if (refusal.isPresent()) {
            return new CheckoutResult.AmountNotAllowed(refusal.get());
        }
        var user = command.user();
        users.remember(user);
        return openFor(user, new CheckoutRequest(CheckoutPurpose.WALLET_DEPOSIT, settings.topUpProductId(), user.id(),
                user.email(), command.amount()));
    }

    @Override
    public CheckoutResult start(StartProductCheckout command) {
        var product = forSale(command.productId());
        if (product.isEmpty()) {
            return new CheckoutResult.UnknownProduct(command.productId());
        }
        if (product.get().prices().stream().noneMatch(price -> price.isFixed())) {
            return new CheckoutResult.AmountNotAllowed("this product has no fixed price to buy it at");
        }
        var signedIn = command.signedIn();
        if (product.get().creditPack() && signedIn == null) {
            return new CheckoutResult.SignInRequired(command.productId());
        }
        var email = signedIn != null && signedIn.email() != null ? signedIn.email() : command.email();
        if (!Emails.isValid(email)) {
            return new CheckoutResult.InvalidEmail(email);
        }
        var held = product.get().creditPack() ? Optional.<Grant>empty()
                : holding(signedIn, Emails.normalize(email), product.get());
        if (held.isPresent()) {
            return new CheckoutResult.AlreadyOwned(product.get().id(), held.get());
        }
        var productId = product.get().id();
        if (product.get().creditPack()) {
            return openForBuyer(signedIn, email, CheckoutPurpose.WALLET_DEPOSIT, productId);
        }
        var owner = signedIn == null ? UserId.guest(Emails.normalize(email)) : signedIn.id();
        return single.open(owner, productId,
                () -> openForBuyer(signedIn, email, CheckoutPurpose.PRODUCT_PURCHASE, productId));
    }

    private CheckoutResult openForBuyer(UserProfile signedIn, String email, CheckoutPurpose purpose, String productId) {
        if (signedIn == null) {
            return open(new CheckoutRequest(purpose, productId, null, Emails.normalize(email), null));
        }
        users.remember(signedIn);
        var buyer = new UserProfile(signedIn.id(), email, signedIn.name());
        return openFor(buyer, new CheckoutRequest(purpose, productId, buyer.id(), buyer.email(), null));
    }

    /**
     * Opens the checkout once the provider's customer carries the buyer's current email and name. When the provider
     * refuses a checkout for a customer Plara believed current (changed at the provider meanwhile), it syncs the
     * customer again and tries once more.
     */
    private CheckoutResult openFor(UserProfile buyer, CheckoutRequest request) {
        if (buyer.email() == null) {
            return open(request);
        }
        boolean remembered = identity.isCurrent(buyer);
        var refusal = remembered ? Optional.<String>empty() : identity.sync(buyer);
        if (refusal.isPresent()) {
            return new CheckoutResult.ProviderRefused(refusal.get());
        }
        var result = open(request);
        if (remembered && result instanceof CheckoutResult.ProviderRefused && identity.sync(buyer).isEmpty()) {
            return open(request);
        }
        return result;
    }

    /** Opens the checkout at the provider and keeps Plara's record of it, or says why the provider refused. */
    private CheckoutResult open(CheckoutRequest request) {
        return gateway.open(request).match(opened -> {
            var record = CheckoutRecord.opened(opened.id(), request.purpose(), request.owner(), request.email(),
                    request.productId(), opened.amount(), clock.instant());
            checkouts.save(record);
            return new CheckoutResult.Opened(record, opened.url(), opened.expiresAt());
        }, refused -> new CheckoutResult.ProviderRefused(refused.reason()));
    }

    private Optional<PaymentProduct> forSale(String productId) {
        if (productId.equals(settings.topUpProductId())) {
            return Optional.empty();
        }
        return products.products().stream().filter(product -> product.id().equals(productId)).findFirst();
    }

    /** The grant through which the buyer already holds the product: nothing already held is sold twice. */
    private Optional<Grant> holding(UserProfile signedIn, String email, PaymentProduct product) {
        var owner = signedIn == null ? UserId.guest(email) : signedIn.id();
        return access.holding(owner, product.soldAs(), product.unlocks(), clock.instant());
    }
}

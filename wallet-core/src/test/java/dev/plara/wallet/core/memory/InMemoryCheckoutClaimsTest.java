package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.CheckoutClaimsContract;
import dev.plara.wallet.core.port.out.CheckoutClaims;

class InMemoryCheckoutClaimsTest extends CheckoutClaimsContract {

    @Override
    protected CheckoutClaims newClaims() {
        return new InMemoryCheckoutClaims();
    }
}

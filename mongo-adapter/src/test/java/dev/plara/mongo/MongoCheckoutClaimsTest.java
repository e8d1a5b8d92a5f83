package dev.plara.mongo;

import dev.plara.wallet.core.contract.CheckoutClaimsContract;
import dev.plara.wallet.core.port.out.CheckoutClaims;
import org.junit.jupiter.api.Nested;

class MongoCheckoutClaimsTest extends CheckoutClaimsContract {

    @Override
    protected CheckoutClaims newClaims() {
        return MongoTargets.inProcess(MongoPlaraStores::checkoutClaims);
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends CheckoutClaimsContract {

        @Override
        protected CheckoutClaims newClaims() {
            return MongoTargets.onMongodbUri(CheckoutClaims.class, MongoPlaraStores::checkoutClaims);
        }
    }
}

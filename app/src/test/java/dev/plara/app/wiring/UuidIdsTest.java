package dev.plara.app.wiring;

import dev.plara.wallet.core.contract.IdGeneratorContract;
import dev.plara.wallet.core.port.out.IdGenerator;

class UuidIdsTest extends IdGeneratorContract {

    @Override
    protected IdGenerator newGenerator() {
        return new UuidIds();
    }
}

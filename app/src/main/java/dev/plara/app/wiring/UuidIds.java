package dev.plara.app.wiring;

import dev.plara.wallet.core.port.out.IdGenerator;

import java.util.UUID;

/** New ids from random UUIDs (122 random bits), the production id source of the core. */
final class UuidIds implements IdGenerator {

    @Override
    public String newId() {
        return UUID.randomUUID().toString();
    }
}

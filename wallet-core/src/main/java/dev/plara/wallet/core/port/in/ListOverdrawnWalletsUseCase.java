package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.ledger.WalletBalance;

import java.util.List;

/** An admin lists the wallets a refund took below zero, deepest first, to follow them up. */
public interface ListOverdrawnWalletsUseCase {

    List<WalletBalance> overdrawn();
}

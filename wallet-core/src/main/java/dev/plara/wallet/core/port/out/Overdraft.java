package dev.plara.wallet.core.port.out;

/** Whether an append that debits a wallet may take it below zero. Only a Polar refund may. */
public enum Overdraft {
    FORBIDDEN, ALLOWED
}

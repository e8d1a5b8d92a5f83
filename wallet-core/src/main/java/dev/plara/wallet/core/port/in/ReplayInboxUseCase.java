package dev.plara.wallet.core.port.in;

/**
 * Retries stored webhook deliveries that could not be applied yet (the store was down, the order was not known yet),
 * with backoff, until they are applied; run on a schedule.
 */
public interface ReplayInboxUseCase {

    /** Retries the deliveries due now; returns how many were applied or ignored this time. */
    int replayDue();
}

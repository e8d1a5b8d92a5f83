package dev.plara.wallet.core.port.in;

/**
 * Sends the outbox messages that are due, after the changes that queued them committed: at least once, retried with
 * backoff, never blocking or undoing a credit; a message failing for good is kept, dead, for admins to see.
 */
public interface DispatchOutboxUseCase {

    DispatchReport dispatchDue();

    /** How one dispatch run went. */
    record DispatchReport(int sent, int failed, int givenUp) {

        /** This run's figures with {@code more} added. */
        public DispatchReport plus(DispatchReport more) {
            return new DispatchReport(sent + more.sent, failed + more.failed, givenUp + more.givenUp);
        }
    }
}

package dev.plara.app.wiring;

import dev.plara.app.config.JobsConfig;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase.DispatchReport;
import dev.plara.wallet.core.port.in.SweepUseCase.SweepReport;

import java.time.Duration;

/**
 * What runs in the background and how often, once per interval across all servers on the store: the outbox every
 * second, the webhook inbox every 5 s, repair and sweep (orphan receipts included) every 30 s, reconciliation with
 * Polar every {@code PLARA_RECONCILIATION_INTERVAL} (10 minutes).
 */
final class JobSchedule {

    /** How long a run holds its job once its server stops renewing (a crash): then another server may take it. */
    private static final Duration LEASE = Duration.ofSeconds(15);

    private JobSchedule() {
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The jobs of this server, {@code holder} among all servers of the store. */
    static JobRunner schedule(Wiring core, MongoPlaraStores stores, JobsConfig jobs, String holder) {
        var dispatcher = core.outboxDispatcher();
        return new JobRunner(stores.operations().jobLeases(), holder, LEASE)
                .every(Duration.ofSeconds(1), Duration.ofSeconds(1), "outbox", dispatcher::dispatchDue,
                        (DispatchReport report) -> report.failed() > 0)
                .every(Duration.ofSeconds(5), Duration.ofSeconds(5), "webhook inbox replay", core.replayInbox()::replayDue,
                        (Integer applied) -> applied > 0)
                .every(Duration.ofSeconds(30), Duration.ofSeconds(30), "repair and sweep", () -> {
                    stores.repairUnsettled();
                    return core.sweep().sweep();
                }, SweepReport::finishedSomething)
                .every(jobs.reconciliationInterval(), min(jobs.reconciliationInterval(), Duration.ofMinutes(1)),
                        "reconciliation",
                        core.reconcile()::reconcile,
                        report -> !report.clean() || report.credited() + report.refundsApplied() > 0);
    }
}

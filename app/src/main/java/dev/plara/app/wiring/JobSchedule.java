package dev.plara.app.wiring;

import dev.plara.mongo.MongoPlaraStores;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase.DispatchReport;
import dev.plara.wallet.core.port.in.SweepUseCase.SweepReport;

import java.time.Duration;

/**
 * What runs in the background and how often: the outbox every second, the webhook inbox every 5 s, repair and sweep
 * (orphan receipts included) every 30 s, reconciliation with Polar every 10 minutes.
 */
final class JobSchedule {

    private JobSchedule() {
    }

    static JobRunner schedule(Wiring core, MongoPlaraStores stores) {
        var dispatcher = core.outboxDispatcher();
        return new JobRunner()
                .every(Duration.ofSeconds(1), Duration.ofSeconds(1), "outbox", dispatcher::dispatchDue,
                        (DispatchReport report) -> report.failed() > 0)
                .every(Duration.ofSeconds(5), Duration.ofSeconds(5), "webhook inbox replay", core.replayInbox()::replayDue,
                        (Integer applied) -> applied > 0)
                .every(Duration.ofSeconds(30), Duration.ofSeconds(30), "repair and sweep", () -> {
                    stores.repair();
                    return core.sweep().sweep();
                }, SweepReport::finishedSomething)
                .every(Duration.ofMinutes(10), Duration.ofMinutes(1), "reconciliation", core.reconcile()::reconcile,
                        report -> !report.clean() || report.credited() + report.refundsApplied() > 0);
    }
}

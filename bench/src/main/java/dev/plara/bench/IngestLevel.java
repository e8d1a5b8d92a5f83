package dev.plara.bench;

import dev.plara.polar.webhook.WebhookSigner;

import java.nio.file.Path;
import java.util.List;

/**
 * One target's turns at the concurrency levels: the load, then (for Plara, when its store can be asked) the wait until
 * its outbox holds nothing unsent, at most {@value #DRAIN_MAX_SECONDS} s, counted in the level's time and processor
 * time, since that work was the deliveries'; and what the target's process and its store's used meanwhile: processor
 * time, the JIT's part of it, the store's commands (without the drain's own counts), and their JVMs' GC pauses (from GC logs turned on as this is made).
 */
final class IngestLevel {

    static final int DRAIN_MAX_SECONDS = 30;
    private static final long DRAIN_POLL_MILLIS = 250;

    private final IngestTarget target;
    private final StoreCommands store;
    private final GcLog gc;
    private final GcLog storeGc;

    /** {@code store} is the target's store, {@code null} when not known; the GC logs go into {@code gcLogs}. */
    IngestLevel(IngestTarget target, StoreCommands store, Path gcLogs) {
        this.target = target;
        this.store = store;
        this.gc = GcLog.start(gcLogs, target.name(), target.pid());
        this.storeGc = GcLog.start(gcLogs, target.name() + "-store", target.storePid());
    }

    IngestBenchmark.Row measure(List<Delivery> batch, int level, WebhookSigner signer) throws Exception {
        double cpuBefore = ProcessCpu.seconds(target.pid());
        double storeBefore = ProcessCpu.seconds(target.storePid());
        long commandsBefore = store == null ? 0 : store.total() - store.ownCommands();
        var jitBefore = JitTime.of(target.pid(), target.storePid());
        var gcMark = gc.mark();
        var storeGcMark = storeGc.mark();
        var loaded = IngestBenchmark.load(target, batch, level, signer);
        double drain = drainsOutbox() ? drain() : 0;
        var figures = loaded.withMoreSeconds(drain);
        var jit = JitTime.of(target.pid(), target.storePid());
        double commands = store == null ? Double.NaN
                : (store.total() - store.ownCommands() - commandsBefore) / (double) batch.size();
        return new IngestBenchmark.Row(target.name(), figures, target.memory(),
                (ProcessCpu.seconds(target.pid()) - cpuBefore) * 1000 / batch.size(), target.storeMemory(),
                (ProcessCpu.seconds(target.storePid()) - storeBefore) * 1000 / batch.size(),
                jit.anyJvm() ? jit.compilerSecondsSince(jitBefore) * 1000 / batch.size() : Double.NaN, commands,
                drainsOutbox() ? store.unsentOutbox() : -1, drain, gc.pausesSince(gcMark),
                storeGc.pausesSince(storeGcMark));
    }

    private boolean drainsOutbox() {
        return store != null && target.name().equals("plara");
    }

    /** Waits until the outbox holds nothing unsent, or the maximum has passed; the seconds it waited. */
    private double drain() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + DRAIN_MAX_SECONDS * 1_000_000_000L;
        while (store.unsentOutbox() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(DRAIN_POLL_MILLIS);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}

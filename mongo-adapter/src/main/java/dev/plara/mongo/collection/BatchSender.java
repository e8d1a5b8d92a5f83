package dev.plara.mongo.collection;

import java.util.List;

/** Sends one operation, or several as one command answering an outcome for each, by index. */
interface BatchSender<O, R> {

    R one(O operation);

    List<Outcome<R>> many(List<O> operations);

    /**
     * Sends a batch with this thread's interrupt set aside, and set again after: an interrupt is its caller's to
     * act on, not a reason to fail the other callers' writes the command carries. A command failing as a whole
     * fails each operation.
     */
    static <O, R> List<Outcome<R>> sendAside(BatchSender<O, R> sender, List<O> batch) {
        boolean interrupted = Thread.interrupted();
        try {
            if (batch.size() == 1) {
                return List.of(Outcome.of(sender.one(batch.get(0))));
            }
            var outcomes = sender.many(batch);
            if (outcomes.size() != batch.size()) {
                throw new IllegalStateException("the store answered " + outcomes.size() + " outcomes for "
                        + batch.size() + " writes");
            }
            return outcomes;
        } catch (RuntimeException failure) {
            return batch.stream().map(operation -> Outcome.<R>failed(failure)).toList();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

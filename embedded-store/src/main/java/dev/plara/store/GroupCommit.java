package dev.plara.store;

/**
 * Group commit: each caller returns once a commit that began after its own write has finished. One caller at a time
 * commits, for everyone who wrote before it began; whoever writes meanwhile waits for the next commit, so under load
 * one commit covers many writers instead of each paying for its own.
 */
final class GroupCommit {

    private final Runnable commit;
    private long written;
    private long committed;
    private boolean committing;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Returns once everything written before this call is committed; a commit that fails is thrown to its leader. */
    void awaitCommitOfWhatIsWritten() {
        long mine;
        synchronized (this) {
            mine = ++written;
        }
        while (true) {
            long upTo;
            synchronized (this) {
                while (committing && committed < mine) {
                    waitForTheCommitUnderWay();
                }
                if (committed >= mine) {
                    return;
                }
                committing = true;
                upTo = written;
            }
            lead(upTo);
        }
    }

    /** Commits outside the lock, so that writers arriving meanwhile queue for the next commit. */
    private void lead(long upTo) {
        boolean done = false;
        try {
            commit.run();
            done = true;
        } finally {
            synchronized (this) {
                committing = false;
                if (done) {
                    committed = Math.max(committed, upTo);
                }
                notifyAll();
            }
        }
    }

    private void waitForTheCommitUnderWay() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a commit", e);
        }
    }
}

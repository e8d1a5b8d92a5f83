package dev.plara.wallet.core.domain.job;

import java.util.Objects;

/**
 * One run of a background job held by one server instance: {@code term} counts the job's runs across all instances
 * (the fencing number: a later holder always has a higher one).
 */
public record JobLease(String job, String holder, long term) {

    public JobLease {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(holder, "holder");
        if (term < 1) {
            throw new IllegalArgumentException("a lease's term starts at 1, was " + term);
        }
    }
}

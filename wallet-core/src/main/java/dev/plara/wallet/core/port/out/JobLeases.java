package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.job.JobLease;

import java.time.Duration;
import java.util.Optional;

/**
 * Leases that let exactly one of any number of server instances run each background job, once per interval.
 *
 * <p>Contract: every instant is the store's own, never a caller's, so the instances' clocks need not agree.
 * <ul>
 *   <li>{@link #acquire} gives {@code holder} the job's lease when a slot of the job has begun in which it has not run
 *       yet (slots of {@code interval} follow each other on a fixed grid; a slot missed altogether is skipped, not made
 *       up) and no live lease holds it: live for {@code lease} from now, with a term one higher than the last;
 *       otherwise it answers empty. Of callers racing for one job, at most one gets it.</li>
 *   <li>{@link #renew} keeps a lease live for {@code lease} from now, and answers {@code false} (changing nothing) once
 *       the lease ran out and another holder took the job.</li>
 *   <li>{@link #release} ends a held lease; the next run still waits for the next slot. Releasing a lease another
 *       holder took changes nothing.</li>
 *   <li>{@link #runs} answers how many times the job's lease was taken, by all holders together.</li>
 * </ul>
 */
public interface JobLeases {

    Optional<JobLease> acquire(String job, String holder, Duration interval, Duration lease);

    boolean renew(JobLease held, Duration lease);

    void release(JobLease held);

    long runs(String job);
}

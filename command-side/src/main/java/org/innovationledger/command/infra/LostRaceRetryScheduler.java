package org.innovationledger.command.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.AbstractRetryScheduler;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries a command only when it lost a race for its aggregate (a {@link org.axonframework.modelling.command
 * .ConcurrencyException} anywhere in its causes): a broken rule stays broken. Axon's own schedulers judge every
 * cause separately, so the database's duplicate-key error under the ConcurrencyException counted as non-transient
 * and no lost race was ever retried (found with two command services writing to one initiative).
 * <p>
 * The wait is random and doubles with every lost race (exponential back-off with full jitter), so writers that
 * collided do not collide again in step.
 */
final class LostRaceRetryScheduler extends AbstractRetryScheduler {

    private final long baseMillis;
    private final long capMillis;

    private LostRaceRetryScheduler(Builder builder) {
        super(builder);
        this.baseMillis = builder.baseMillis;
        this.capMillis = builder.capMillis;
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        return !CommandBusSetup.causedByConcurrency(failure);
    }

    @Override
    protected long computeRetryInterval(CommandMessage commandMessage, RuntimeException lastFailure,
                                        List<Class<? extends Throwable>[]> failures) {
        return waitBefore(failures.size(), baseMillis, capMillis);
    }

    /** A random wait in [base, min(cap, base · 2^attempt)]: even the first retries of colliding writers differ. */
    static long waitBefore(int attempt, long baseMillis, long capMillis) {
        long ceiling = Math.min(capMillis, baseMillis << Math.min(Math.max(attempt, 1), 20));
        return ThreadLocalRandom.current().nextLong(baseMillis, Math.max(baseMillis, ceiling) + 1);
    }

    static final class Builder extends AbstractRetryScheduler.Builder<Builder> {

        private long baseMillis = 20;
        private long capMillis = 500;

        Builder backOff(long baseMillis, long capMillis) {
            if (baseMillis <= 0 || capMillis < baseMillis) {
                throw new IllegalArgumentException("need 0 < base <= cap, was " + baseMillis + " and " + capMillis);
            }
            this.baseMillis = baseMillis;
            this.capMillis = capMillis;
            return this;
        }

        LostRaceRetryScheduler build() {
            validate();
            return new LostRaceRetryScheduler(this);
        }
    }
}

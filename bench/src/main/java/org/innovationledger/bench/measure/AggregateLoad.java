package org.innovationledger.bench.measure;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;

/**
 * How long the command side takes to load one aggregate from its events, as every command on it does first: the
 * product's event-sourcing repository (no cache, no snapshots), in a unit of work that is rolled back, so nothing is
 * written. The first loads warm up and are not counted.
 */
public final class AggregateLoad {

    private static final int WARM_UP = 10;

    private final Repository<?> repository;

    public AggregateLoad(Repository<?> repository) {
        this.repository = repository;
    }

    public Latencies measure(String aggregateId, int loads) {
        long[] nanos = new long[loads];
        for (int i = -WARM_UP; i < loads; i++) {
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            long started = System.nanoTime();
            try {
                repository.load(aggregateId);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - started;
                }
            } finally {
                unitOfWork.rollback();
            }
        }
        return Latencies.of(nanos);
    }
}

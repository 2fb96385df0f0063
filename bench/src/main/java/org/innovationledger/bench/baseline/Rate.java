package org.innovationledger.bench.baseline;

import java.time.Duration;

/** So many operations in so much time. */
public record Rate(long operations, Duration took) {

    public double perSecond() {
        return operations / (took.toNanos() / 1e9);
    }

    static Rate since(long operations, long startedNanos) {
        return new Rate(operations, Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}

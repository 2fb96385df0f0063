package org.innovationledger.bench.app;

import org.springframework.context.SmartLifecycle;

/**
 * Notes when the application context starts its lifecycle components. It runs in the lowest phase, so before
 * Axon starts the tracking processors: a rebuild timed from here is timed from no later than its first event
 * (a little earlier, so the rate comes out a little low rather than high).
 */
final class ProcessorStartClock implements SmartLifecycle {

    private volatile long startedAt;
    private volatile boolean running;

    @Override
    public void start() {
        startedAt = System.nanoTime();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    long startedAt() {
        return startedAt;
    }
}

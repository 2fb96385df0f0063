package org.innovationledger.query.infra.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.innovationledger.query.infra.replay.ReadModelGenerations.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every instance, every refresh interval: re-reads the generations registry (routing follows it), stops the
 * processors of groups being stopped for a replay and starts them again once their tokens are reset (only those it
 * stopped), then drives the replays this instance coordinates. One thread does all of it, so a processor is never
 * started and stopped at once. Gauges per group: {@code ledger.read_model.generation} (the generation read) and
 * {@code ledger.replay.progress} (0 to 1 while a replay rebuilds it, else 1).
 */
@Component
class GenerationWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GenerationWatcher.class);

    private final ReadModelGenerations generations;
    private final ProjectionProcessors processors;
    private final ReplayCoordinator coordinator;
    private final ReplaySettings settings;
    private final ObjectProvider<MeterRegistry> meters;
    private ScheduledExecutorService loop;

    GenerationWatcher(ReadModelGenerations generations, ProjectionProcessors processors,
                      ReplayCoordinator coordinator, ReplaySettings settings, ObjectProvider<MeterRegistry> meters) {
        this.generations = generations;
        this.processors = processors;
        this.coordinator = coordinator;
        this.settings = settings;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        meters.ifAvailable(registry -> processors.groups().forEach(group -> {
            Gauge.builder("ledger.read_model.generation", () -> generations.of(group).reading())
                    .description("The generation of the group's read models that queries read")
                    .tag("group", group).register(registry);
            Gauge.builder("ledger.replay.progress", () -> coordinator.progress(group))
                    .description("How far a replay has rebuilt the group, 0 to 1 (1 when not replaying)")
                    .tag("group", group).register(registry);
        }));
        loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-generations");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.refreshInterval.toMillis();
        loop.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.MILLISECONDS);
    }

    void tick() {
        try {
            generations.refresh();
            follow();
            coordinator.tick();
        } catch (RuntimeException e) {
            log.warn("Read-model generations: {}", e.toString(), e);
        }
    }

    /** Processors stopped where the registry says STOPPING, started again (if stopped here) otherwise. */
    private void follow() {
        List<String> stopping = new ArrayList<>();
        for (String group : processors.groups()) {
            State state = generations.of(group).state();
            if (state == State.STOPPING) {
                stopping.add(group);
            } else {
                processors.resume(group);
                coordinator.observe(group);
            }
        }
        if (!stopping.isEmpty()) {
            processors.pause(stopping);
        }
    }

    @Override
    public synchronized void stop() {
        if (loop != null) {
            loop.shutdownNow();
            try {
                loop.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loop = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return loop != null;
    }

    /** Stops before the processors do (higher phases stop first), starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}

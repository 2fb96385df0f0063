package org.innovationledger.bench.measure;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.innovationledger.bench.baseline.Rate;
import org.innovationledger.bench.seed.SeededInitiative;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.ObserveBarrier;
import org.innovationledger.kernel.initiative.SystemLevel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients sending commands through the command gateway, each waiting for its command's events to be stored before
 * the next (sendAndWait, as the REST controllers do): ObserveBarrier on seeded initiatives picked at random, so
 * every command loads an aggregate with its seeded history and appends one event. Each command carries the
 * metadata a signed-in manager's would (principal, role, tenant of the initiative's region, reason).
 */
public final class CommandWorkload {

    /** One run's figures; failures are commands the gateway refused or that failed (not in the latencies). */
    public record Result(int clients, Rate rate, Latencies latencies, int failures) {
    }

    private static final AtomicInteger BARRIERS = new AtomicInteger();

    private final CommandGateway gateway;
    private final List<SeededInitiative> initiatives;

    public CommandWorkload(CommandGateway gateway, List<SeededInitiative> initiatives) {
        this.gateway = gateway;
        this.initiatives = initiatives;
    }

    public Result run(int clients, int commands) throws Exception {
        int perClient = Math.max(1, commands / clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            List<Future<long[]>> sent = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                sent.add(pool.submit(() -> client(perClient)));
            }
            List<long[]> perClientNanos = new ArrayList<>();
            for (Future<long[]> client : sent) {
                perClientNanos.add(client.get());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            long[] all = perClientNanos.stream().flatMapToLong(java.util.Arrays::stream).filter(n -> n >= 0)
                    .toArray();
            int failures = clients * perClient - all.length;
            return new Result(clients, new Rate(all.length, took), Latencies.of(all), failures);
        } finally {
            pool.shutdown();
        }
    }

    /** Sends {@code count} commands one after the other; a failed one is marked -1. */
    private long[] client(int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            SeededInitiative target = initiatives.get(ThreadLocalRandom.current().nextInt(initiatives.size()));
            ObserveBarrier command = new ObserveBarrier(target.id(), "bench-" + BARRIERS.incrementAndGet(),
                    BarrierCategory.DATA, SystemLevel.ORGANISATION,
                    "Journalsystemet saknar gränssnitt för hemmonitoreringens mätvärden");
            MetaData metaData = MetaData.from(Map.of(
                    LedgerMetadata.PRINCIPAL, "manager@" + target.tenant(),
                    LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                    LedgerMetadata.TENANT, target.tenant(),
                    LedgerMetadata.REASON, "Hinder rapporterat vid uppföljningsmöte"));
            long started = System.nanoTime();
            try {
                gateway.sendAndWait(command, metaData);
                nanos[i] = System.nanoTime() - started;
            } catch (RuntimeException refused) {
                nanos[i] = -1;
                if (i == 0 || Integer.bitCount(i) == 1) {
                    System.out.println("  command failed: " + refused);
                }
            }
        }
        return nanos;
    }
}

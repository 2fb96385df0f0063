package org.innovationledger.bench;

import com.mongodb.client.MongoClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.bench.app.ColdStart;
import org.innovationledger.bench.app.LedgerProcess;
import org.innovationledger.bench.baseline.DocumentUpsertBaseline;
import org.innovationledger.bench.baseline.EventTableJdbc;
import org.innovationledger.bench.baseline.Rate;
import org.innovationledger.bench.baseline.RawInsertBaseline;
import org.innovationledger.bench.baseline.RawSequentialReadBaseline;
import org.innovationledger.bench.baseline.RawAggregateReadBaseline;
import org.innovationledger.bench.measure.AggregateLoad;
import org.innovationledger.bench.measure.CommandWorkload;
import org.innovationledger.bench.measure.Latencies;
import org.innovationledger.bench.seed.LongCases;
import org.innovationledger.bench.measure.ProjectionRebuild;
import org.innovationledger.bench.seed.StorageEngineSeeding;
import org.innovationledger.command.initiative.Initiative;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * One size, in the order that keeps the measurements apart: seed through the command side's storage engine (the
 * command side alone, so no processor reads along), measure the event table's baselines with plain JDBC while no
 * ledger runs, start the all-in-one ledger on the seeded store with no read models (start-up, then the full rebuild
 * until every processor is at the head), measure the read-model store's baseline and aggregate loads while the
 * processors are idle, then the command workload with 1 and 8 clients; last, with nothing else running, a cold
 * start of the all-in-one in a fresh JVM on a copy of the seeded store.
 */
final class SizeRun {

    /** The raw figures of one size, before they are put next to their baselines. */
    record Measured(String size, StorageEngineSeeding.Seeded seeded, Duration commandSideStartUp, boolean coldStart,
                    Rate rawInsert, Rate rawRead, Map<Integer, Latencies> rawAggregateReads,
                    Duration allInOneStartUp, Duration coldStartUp, ProjectionRebuild.Result rebuild, Rate upsert,
                    Map<Integer, Latencies> aggregateLoads, CommandWorkload.Result oneClient,
                    CommandWorkload.Result eightClients) {
    }

    /** Timed loads (and raw reads) per long case. */
    static final int AGGREGATE_LOADS = 50;

    private final BenchOptions options;

    SizeRun(BenchOptions options) {
        this.options = options;
    }

    Measured run(String size) throws Exception {
        long events = BenchOptions.events(size);
        Path data = Files.createTempDirectory("ledger-bench-" + size + "-");
        Path coldCopy = Files.createTempDirectory("ledger-bench-" + size + "-cold-");
        System.out.println("== " + size + " (" + events + " events) in " + data);
        try {
            StorageEngineSeeding.Seeded seeded;
            Duration commandSideStartUp;
            boolean coldStart;
            try (LedgerProcess commandSide = LedgerProcess.commandSide(data)) {
                commandSideStartUp = commandSide.startUp();
                coldStart = commandSide.firstInJvm();
                System.out.println("command side started in " + commandSideStartUp.toMillis() + " ms; seeding");
                seeded = new StorageEngineSeeding(commandSide.bean(EventStorageEngine.class), options.batch())
                        .seed(events);
            }
            System.out.printf("seeded %,d events in %.1f s%n", seeded.history().events(), seconds(seeded.took()));

            EventTableJdbc jdbc = new EventTableJdbc(data);
            Rate rawInsert = new RawInsertBaseline(jdbc).measure(options.rawInserts());
            System.out.printf("raw insert %,.0f rows/s%n", rawInsert.perSecond());
            Rate rawRead = new RawSequentialReadBaseline(jdbc).measure();
            System.out.printf("raw sequential read %,.0f rows/s%n", rawRead.perSecond());
            ColdStart.copyEventStore(data, coldCopy); // while no ledger holds the file
            Map<Integer, Latencies> rawAggregateReads = new TreeMap<>();
            for (int length : LongCases.LENGTHS) {
                rawAggregateReads.put(length, new RawAggregateReadBaseline(jdbc)
                        .measure(LongCases.id(length).value(), AGGREGATE_LOADS));
            }

            Measured measured;
            try (LedgerProcess ledger = LedgerProcess.allInOne(data)) {
                System.out.println("all-in-one started in " + ledger.startUp().toMillis() + " ms; rebuilding");
                ProjectionRebuild.Result rebuild = new ProjectionRebuild(ledger.bean(EventStore.class),
                        ledger.bean(EventProcessingConfiguration.class))
                        .awaitCaughtUp(ledger.processorsStartedAt(), seeded.history().events(), Duration.ofHours(3));
                System.out.printf("rebuild %,.0f events/s over %d processors%n", rebuild.rate().perSecond(),
                        rebuild.processors().size());
                Rate upsert = new DocumentUpsertBaseline(ledger.bean(MongoClient.class)).measure(options.upserts());
                System.out.printf("raw upsert %,.0f documents/s%n", upsert.perSecond());
                AggregateLoad load = new AggregateLoad(
                        ledger.bean(org.axonframework.config.Configuration.class).repository(Initiative.class));
                Map<Integer, Latencies> aggregateLoads = new TreeMap<>();
                for (int length : LongCases.LENGTHS) {
                    aggregateLoads.put(length, load.measure(LongCases.id(length).value(), AGGREGATE_LOADS));
                    System.out.printf("aggregate of %d events loads in %.2f ms (p50)%n", length,
                            aggregateLoads.get(length).p50());
                }

                CommandWorkload workload = new CommandWorkload(ledger.bean(CommandGateway.class),
                        seeded.history().openInitiatives());
                workload.run(1, Math.min(200, options.commands())); // warm-up: JIT, caches, connection pool
                CommandWorkload.Result one = workload.run(1, options.commands());
                System.out.printf("1 client: %,.0f commands/s, p99 %.1f ms%n", one.rate().perSecond(),
                        one.latencies().p99());
                CommandWorkload.Result eight = workload.run(8, options.commands());
                System.out.printf("8 clients: %,.0f commands/s, p99 %.1f ms%n", eight.rate().perSecond(),
                        eight.latencies().p99());
                measured = new Measured(size, seeded, commandSideStartUp, coldStart, rawInsert, rawRead,
                        rawAggregateReads, ledger.startUp(), null, rebuild, upsert, aggregateLoads, one, eight);
            }
            // last, alone on the machine's cores: a fresh JVM starting on the copy of the seeded store
            Duration cold = ColdStart.measure(coldCopy);
            System.out.printf("cold start of the all-in-one in a fresh JVM: %d ms%n", cold.toMillis());
            return new Measured(size, seeded, commandSideStartUp, coldStart, rawInsert, rawRead, rawAggregateReads,
                    measured.allInOneStartUp(), cold, measured.rebuild(), measured.upsert(), measured.aggregateLoads(),
                    measured.oneClient(), measured.eightClients());
        } finally {
            DataFolders.delete(coldCopy);
            if (options.keepData()) {
                System.out.println("data kept in " + data);
            } else {
                DataFolders.delete(data);
            }
        }
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}

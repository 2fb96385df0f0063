package org.innovationledger.bench;

import org.innovationledger.bench.measure.CommandWorkload;
import org.innovationledger.bench.measure.ProjectionRebuild;
import org.innovationledger.bench.report.Figure;
import org.innovationledger.bench.report.Machine;
import org.innovationledger.bench.report.SizeReport;
import org.innovationledger.bench.report.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Puts one size's measurements next to their baselines and judges the targets. */
final class ReportAssembly {

    static final String STORE = "embedded default: Axon JdbcEventStorageEngine on an H2 file (WRITE_DELAY=0),"
            + " read models, tokens and dead letters in the embedded MongoDB-wire server (mongo-java-server, durable"
            + " H2 backend), both in a fresh temporary data folder; local command, event and query buses.";

    private ReportAssembly() {
    }

    static SizeReport assemble(SizeRun.Measured m, Machine machine, String startedAt, BenchOptions options,
                               SizeRun.Measured smallest) {
        List<Figure> figures = new ArrayList<>();
        Figure rawInsert = Figure.alone("Raw single-row INSERT into an event-shaped table (JDBC, autocommit)",
                m.rawInsert().perSecond(), "rows/s",
                options.rawInserts() + " rows, payloads copied from seeded events");
        Figure rawInsertTime = Figure.alone("Raw single-row INSERT, time per row", 1000 / m.rawInsert().perSecond(),
                "ms", "the inverse of the insert rate");
        Figure rawRead = Figure.alone("Raw sequential read of the event table (JDBC, fetch size 1,000)",
                m.rawRead().perSecond(), "rows/s",
                m.rawRead().operations() + " rows, every column, no deserialization");
        Figure upsert = Figure.alone(
                "Raw document upsert into the read-model store (MongoDB driver, replaceOne upsert)",
                m.upsert().perSecond(), "documents/s", options.upserts()
                        + " upserts into the embedded MongoDB-wire server, processors idle");
        figures.add(rawInsert);
        figures.add(rawInsertTime);
        figures.add(rawRead);
        figures.add(upsert);
        m.aggregateLoads().forEach((length, load) -> {
            var raw = m.rawAggregateReads().get(length);
            String rows = "Raw read of one aggregate's " + length + " rows (JDBC)";
            figures.add(Figure.against("Aggregate load, " + length + " events, p50", load.p50(), "ms",
                    Figure.alone(rows + ", p50", raw.p50(), "ms", null), SizeRun.AGGREGATE_LOADS
                            + " loads of an Initiative through the event-sourcing repository (no cache, no snapshot)"));
            figures.add(Figure.against("Aggregate load, " + length + " events, p99", load.p99(), "ms",
                    Figure.alone(rows + ", p99", raw.p99(), "ms", null), null));
        });
        Figure one = commands(figures, m.oneClient(), rawInsert, rawInsertTime);
        Figure eight = commands(figures, m.eightClients(), rawInsert, rawInsertTime);
        Figure rebuild = Figure.against("Full rebuild of all projections", m.rebuild().rate().perSecond(), "events/s",
                rawRead, m.rebuild().processors().size() + " tracking processors, " + m.rebuild().segments()
                        + " segments, default batch sizes; " + String.format(Locale.ROOT, "%.1f s",
                        SizeRun.seconds(m.rebuild().rate().took())) + " from processor start to every one at the head;"
                        + " dead letters: " + (m.rebuild().deadLetters().isEmpty() ? "none"
                        : m.rebuild().deadLetters().toString()) + "; last at the head: " + slowest(m.rebuild()));
        figures.add(rebuild);
        figures.add(Figure.against("Full rebuild of all projections, against document upserts",
                m.rebuild().rate().perSecond(), "events/s", upsert,
                "each event is applied by several projections, each a document write"));
        figures.add(Figure.alone("Start-up, all-in-one in a fresh JVM on the seeded store (empty read models)",
                SizeRun.seconds(m.coldStartUp()), "s", "a cold start: SpringApplication.run in a JVM of its own,"
                        + " without the JVM's launch"));
        figures.add(Figure.alone("Start-up, all-in-one on the seeded store (empty read models), warm JVM",
                SizeRun.seconds(m.allInOneStartUp()), "s", "SpringApplication.run until it returned, in a JVM that"
                        + " had started a ledger before (classes loaded): lower than a cold start"));
        figures.add(Figure.alone("Start-up, command side alone on an empty store",
                SizeRun.seconds(m.commandSideStartUp()), "s", "the context used for seeding; " + (m.coldStart()
                        ? "the JVM's first start: a cold start" : "not the JVM's first start (classes loaded): warm")));
        figures.add(Figure.against("Seeding through the storage engine (appendEvents per batch)",
                m.seeded().eventsPerSecond(), "events/s", rawInsert,
                "batches of " + m.seeded().batchSize() + " events, one transaction per batch"));

        List<Target> targets = new ArrayList<>();
        targets.add(Target.judged("Commands via the gateway (1 client) ≥ 25 % of the raw single-row insert rate",
                one.ratio() >= 0.25, percent(one.ratio())));
        targets.add(Target.judged("Commands via the gateway (8 clients) ≥ 25 % of the raw single-row insert rate",
                eight.ratio() >= 0.25, percent(eight.ratio())));
        targets.add(Target.notMeasured("Over HTTP with 8 clients p99 ≤ 50 ms", "HTTP workload not measured yet"));
        targets.add(Target.judged("Full rebuild of all projections ≥ 10 % of the raw sequential read rate",
                rebuild.ratio() >= 0.10, percent(rebuild.ratio())));
        targets.add(flatCost(m, smallest));
        targets.add(Target.notMeasured("Portfolio overview p99 ≤ 50 ms with 100k initiatives",
                "query latency not measured yet"));
        targets.add(Target.notMeasured("As-of yearly report at 1M events ≤ 30 s", "as-of not measured yet"));
        targets.add(Target.notMeasured("≥ 10× the peer configuration's command throughput at 100k events",
                "peer configuration (Axon Mongo event store) not measured yet"));

        var h = m.seeded().history();
        SizeReport.Seeding seeding = new SizeReport.Seeding("Bulk-seeded through Axon's event storage engine"
                + " (JdbcEventStorageEngine.appendEvents, the command side's own engine bean: same serializer and"
                + " event table), NOT through the command path: no command handler ran, no rule was checked. The"
                + " events are the shared kernel's records with the metadata every event carries (principal, role,"
                + " tenant, authenticatedBy, reason, documentRef, correlationId, causationId); per aggregate sequence"
                + " numbers from 0 in an order its command handlers would produce.", h.events(), h.aggregates(),
                h.regions(), h.openInitiatives().size(), m.seeded().batchSize(), SizeRun.seconds(m.seeded().took()),
                m.seeded().eventsPerSecond(), h.eventsByType());
        return new SizeReport(m.size(), startedAt, machine, STORE, seeding, figures, targets, NOT_MEASURED_YET,
                List.of("The ledger is started in this JVM as deploy's InnovationLedgerApplication composes it"
                                + " (CommandSideConfiguration + QuerySideConfiguration, deploy's configuration without"
                                + " the demo); the query side's processors handle the workload's events while commands"
                                + " are measured, as in the running product.",
                        "Commands: ObserveBarrier on seeded initiatives picked at random, sendAndWait through the"
                                + " CommandGateway, " + options.commands() + " per client count after a warm-up of "
                                + Math.min(200, options.commands()) + "; failed commands: 1 client "
                                + m.oneClient().failures() + ", 8 clients " + m.eightClients().failures() + ".",
                        "Not seeded yet: needs, missions, partners, value models and value realisation"
                                + " measurements, funding calls, innovation accounts editions."));
    }

    private static Figure commands(List<Figure> figures, CommandWorkload.Result result, Figure rawInsert,
                                   Figure rawInsertTime) {
        String clients = result.clients() == 1 ? "1 client" : result.clients() + " clients";
        Figure rate = Figure.against("Commands via the gateway, " + clients, result.rate().perSecond(), "commands/s",
                rawInsert, result.rate().operations() + " commands in "
                        + String.format(Locale.ROOT, "%.1f s", SizeRun.seconds(result.rate().took())));
        figures.add(rate);
        figures.add(Figure.against("Command latency p50, " + clients, result.latencies().p50(), "ms", rawInsertTime,
                "ratio: how many raw inserts' time one command takes"));
        figures.add(Figure.against("Command latency p99, " + clients, result.latencies().p99(), "ms", rawInsertTime,
                null));
        return rate;
    }

    /** Judged only in a run that measured 10k and 1M: the same workload's cost at both ends. */
    private static Target flatCost(SizeRun.Measured m, SizeRun.Measured smallest) {
        String target = "Per-command latency and rebuild rate at 1M within 1.5× of their values at 10k";
        if (smallest == null || m == smallest || !smallest.size().equals("10k")) {
            return Target.notMeasured(target, "needs one run with both sizes: --sizes=10k,1m");
        }
        double latency = m.oneClient().latencies().p50() / smallest.oneClient().latencies().p50();
        double rebuild = smallest.rebuild().rate().perSecond() / m.rebuild().rate().perSecond();
        if (!m.size().equals("1m")) {
            return Target.notMeasured(target, String.format(Locale.ROOT, "1M not run; the trend at %s: p50 latency"
                    + " %s/10k %.2f×, rebuild rate 10k/%s %.2f×", m.size(), m.size(), latency, m.size(), rebuild));
        }
        return Target.judged(target, latency <= 1.5 && rebuild <= 1.5, String.format(Locale.ROOT,
                "p50 latency 1M/10k %.2f×, rebuild rate 10k/1M %.2f×", latency, rebuild));
    }

    private static String slowest(ProjectionRebuild.Result rebuild) {
        return String.join(", ", rebuild.slowest(4).stream().map(e -> e.getKey() + String.format(Locale.ROOT,
                " %.1f s", SizeRun.seconds(e.getValue()))).toList());
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %% of the baseline", ratio * 100);
    }

    static final List<String> NOT_MEASURED_YET = List.of(
            "Commands per second and p50/p99 over HTTP with 1 and 8 clients",
            "Full rebuild with other batch sizes and segment counts (measured: the defaults only)",
            "Portfolio overview query latency p50/p99",
            "Indicator report query latency p50/p99",
            "As-of reconstruction time of the yearly report",
            "The same command workload on the peer configuration (Axon's Mongo event store on the embedded"
                    + " MongoDB-wire server)",
            "PostgreSQL figures",
            "JMH micro-benchmarks of the serializer and the projection update functions",
            "A profile naming the remaining bottleneck");
}

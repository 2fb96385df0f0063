package org.innovationledger.bench;

import org.innovationledger.bench.report.Machine;
import org.innovationledger.bench.report.ReportWriter;
import org.innovationledger.bench.report.SizeReport;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The benchmark tool of issue 11: for each size asked for, seeds a synthetic national history, measures the
 * store's own limits and the ledger on that store in the same run, and writes a Markdown and a JSON report.
 * See bench/README.md for the command.
 */
public final class LedgerBench {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private LedgerBench() {
    }

    public static void main(String[] args) {
        // Axon's and the embedded servers' non-daemon threads outlive the closed contexts: end the JVM explicitly
        try {
            run(BenchOptions.parse(args));
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(BenchOptions options) throws Exception {
        ReportWriter writer = new ReportWriter(options.out());
        SizeRun.Measured smallest = null;
        for (String size : options.sizes()) {
            Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Machine machine = Machine.current(); // per size: the load average says how busy the machine was
            SizeRun.Measured measured = new SizeRun(options).run(size);
            if (smallest == null) {
                smallest = measured;
            }
            SizeReport report = ReportAssembly.assemble(measured, machine, started.toString(), options, smallest);
            Path written = writer.write(report, STAMP.format(started));
            System.out.println("report: " + written);
        }
    }
}

package org.innovationledger.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a size's report as {@code <timestamp>-<size>.md} and {@code .json} into the reports folder. */
public final class ReportWriter {

    private final Path folder;

    public ReportWriter(Path folder) {
        this.folder = folder;
    }

    /** Answers the Markdown file written. */
    public Path write(SizeReport report, String timestamp) throws IOException {
        Files.createDirectories(folder);
        String base = timestamp + "-" + report.size();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(folder.resolve(base + ".json"), json.writeValueAsString(report));
        Path markdown = folder.resolve(base + ".md");
        Files.writeString(markdown, markdown(report));
        return markdown;
    }

    static String markdown(SizeReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report: ").append(report.size()).append(" events (").append(report.startedAt())
                .append(")\n\n");
        Machine m = report.machine();
        md.append("Machine: ").append(m.cores()).append(" cores (").append(m.cpu()).append("), ")
                .append(m.physicalMemoryMb()).append(" MB memory, heap max ").append(m.maxHeapMb()).append(" MB, ")
                .append(m.jvm()).append(", ").append(m.os()).append(", load average at start ")
                .append(fmt(m.loadAverageAtStart())).append(".\n\n");
        md.append("Store: ").append(report.store()).append("\n\n");
        SizeReport.Seeding s = report.seeding();
        md.append("## Seeded history\n\n").append(s.method()).append("\n\n")
                .append(String.format(Locale.ROOT, "%,d events on %,d aggregates in %d regions (%,d open initiatives),"
                                + " batches of %,d, in %.1f s (%,.0f events/s).%n%n", s.events(), s.aggregates(),
                        s.regions(), s.openInitiatives(), s.batchSize(), s.seconds(), s.eventsPerSecond()))
                .append("| Event | Count |\n|---|---:|\n");
        s.eventsByType().forEach((type, count) -> md.append("| ").append(type).append(" | ")
                .append(String.format(Locale.ROOT, "%,d", count)).append(" |\n"));
        md.append("\n## Figures\n\n| Figure | Value | Baseline | Ratio | Note |\n|---|---:|---|---:|---|\n");
        for (Figure f : report.figures()) {
            md.append("| ").append(f.name()).append(" | ").append(fmt(f.value())).append(' ').append(f.unit())
                    .append(" | ");
            if (f.baseline() != null) {
                md.append(f.baseline()).append(": ").append(fmt(f.baselineValue())).append(' ')
                        .append(f.baselineUnit()).append(" | ")
                        .append(ratio(f));
            } else {
                md.append("– | –");
            }
            md.append(" | ").append(f.note() == null ? "" : f.note()).append(" |\n");
        }
        md.append("\n## Targets of issue 11\n\n| Target | Status | Evidence |\n|---|---|---|\n");
        for (Target t : report.targets()) {
            md.append("| ").append(t.target()).append(" | **").append(t.status().name().replace('_', ' '))
                    .append("** | ").append(t.evidence()).append(" |\n");
        }
        md.append("\n## Not measured yet\n\n");
        report.notMeasuredYet().forEach(item -> md.append("- ").append(item).append(" — not measured yet\n"));
        if (!report.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            report.notes().forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    /** Times as multiples of the baseline's time ("9.5×"), rates as a share of the baseline's rate ("6.6 %"). */
    private static String ratio(Figure f) {
        return f.unit().equals("ms") || f.unit().equals("s")
                ? String.format(Locale.ROOT, "%.1f×", f.ratio())
                : String.format(Locale.ROOT, "%.1f %%", f.ratio() * 100);
    }

    private static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}

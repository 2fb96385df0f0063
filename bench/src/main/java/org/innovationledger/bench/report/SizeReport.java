package org.innovationledger.bench.report;

import java.util.List;
import java.util.Map;

/**
 * Everything one size's run measured: the seeded history, every figure with its baseline and ratio, the issue's
 * targets judged, and the measurements still to come.
 */
public record SizeReport(String size, String startedAt, Machine machine, String store, Seeding seeding,
                         List<Figure> figures, List<Target> targets, List<String> notMeasuredYet,
                         List<String> notes) {

    /** How the history got into the store. */
    public record Seeding(String method, long events, int aggregates, int regions, int openInitiatives,
                          int batchSize, double seconds, double eventsPerSecond, Map<String, Integer> eventsByType) {
    }
}

package org.innovationledger.bench.seed;

import java.util.List;
import java.util.Map;

/** What was seeded: the events, the aggregates they belong to, and the open initiatives commands can go to. */
public record SeededHistory(long events, int aggregates, int regions, List<SeededInitiative> openInitiatives,
                            Map<String, Integer> eventsByType) {
}

package org.innovationledger.query.initiative;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.innovationledger.kernel.process.PhaseStage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code ledger.initiatives{stage}}: initiatives per stage of the innovation process, every region together, from the
 * portfolio read model (so it follows that model's lag). Counted once per scrape at most every 15 seconds, with one
 * aggregation over the collection. The stages are the process models' common scale ({@link PhaseStage}); a region's
 * own phases are in the API's portfolio overview.
 */
@Component
class PortfolioGauges {

    private static final Duration TTL = Duration.ofSeconds(15);

    private final MongoTemplate mongo;
    private final Clock clock = Clock.systemUTC();
    private volatile Instant countedAt = Instant.EPOCH;
    private volatile Map<PhaseStage, Long> counts = new EnumMap<>(PhaseStage.class);

    PortfolioGauges(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        for (PhaseStage stage : PhaseStage.values()) {
            Gauge.builder("ledger.initiatives", this, gauges -> gauges.count(stage)).tag("stage", stage.name())
                    .description("initiatives in this stage, every region").register(meters);
        }
    }

    double count(PhaseStage stage) {
        Instant now = clock.instant();
        if (now.isAfter(countedAt.plus(TTL))) {
            counts = countByStage();
            countedAt = now;
        }
        return counts.getOrDefault(stage, 0L);
    }

    private Map<PhaseStage, Long> countByStage() {
        Map<PhaseStage, Long> byStage = new EnumMap<>(PhaseStage.class);
        mongo.aggregate(Aggregation.newAggregation(Aggregation.group("progress.stage").count().as("initiatives")),
                InitiativeDocument.COLLECTION, Document.class).forEach(group -> {
            Object stage = group.get("_id");
            if (stage != null) {
                byStage.put(PhaseStage.valueOf(stage.toString()), ((Number) group.get("initiatives")).longValue());
            }
        });
        return byStage;
    }
}

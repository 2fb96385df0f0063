package org.innovationledger.query.initiative;

import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.List;

/** The portfolio read model's beans as the application has them, for tests outside this package. */
public final class PortfolioReadModel {

    private PortfolioReadModel() {
    }

    public static List<Object> beans(MongoTemplate mongo, Clock clock) {
        return List.of(new PortfolioProjection(mongo, new RecordedPhaseCatalogue(mongo)),
                new PortfolioQueries(mongo, clock));
    }
}

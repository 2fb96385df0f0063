package org.innovationledger.query.indicator;

import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

/** The indicator read model's bean as the application has it, for tests outside this package. */
public final class IndicatorReadModel {

    private IndicatorReadModel() {
    }

    public static List<Object> beans(MongoTemplate mongo) {
        return List.of(new IndicatorProjection(mongo));
    }
}

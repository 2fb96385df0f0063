package org.innovationledger.query.infra;

import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-model store health by {@code ping}. Replaces Spring Boot's indicator (same bean name), which asks for
 * {@code hello}, a command the embedded MongoDB-wire server lacks, and so reported DOWN.
 */
@Component("mongoHealthIndicator")
class MongoPingHealth implements HealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealth(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        return answer.get("ok") instanceof Number ok && ok.doubleValue() == 1.0
                ? Health.up().withDetail("database", mongo.getDb().getName()).build()
                : Health.down().withDetail("answer", answer.toJson()).build();
    }
}

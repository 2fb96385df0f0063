package org.innovationledger.query.infra.replay;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The replays' records, in the configured database next to the generations registry. */
@Component
class ReplayRecords {

    static final String COLLECTION = "read_model_replays";

    private final MongoTemplate mongo;
    private final ReadModelGenerations generations;

    ReplayRecords(MongoTemplate mongo, ReadModelGenerations generations) {
        this.mongo = mongo;
        this.generations = generations;
    }

    void insert(Replay replay) {
        generations.inConfigured(() -> mongo.insert(replay, COLLECTION));
    }

    Optional<Replay> find(String id) {
        return Optional.ofNullable(generations.inConfigured(() -> mongo.findById(id, Replay.class, COLLECTION)));
    }

    /** Newest first. */
    List<Replay> all() {
        return generations.inConfigured(() -> mongo.find(new Query().with(Sort.by(Sort.Direction.DESC,
                "requestedAt")), Replay.class, COLLECTION));
    }

    List<Replay> open() {
        return generations.inConfigured(() -> mongo.find(Query.query(Criteria.where("open").is(true))
                .with(Sort.by("requestedAt")), Replay.class, COLLECTION));
    }

    /** Stores the coordinator's progress; false when another instance has taken the replay over meanwhile. */
    boolean save(Replay replay) {
        return generations.inConfigured(() -> mongo.replace(Query.query(Criteria.where("_id").is(replay.id())
                .and("coordinator").is(replay.coordinator())), replay, COLLECTION)).getMatchedCount() == 1;
    }

    /** Takes over a replay whose coordinator went silent; false when another instance was quicker. */
    boolean adopt(Replay replay, String node, Instant now) {
        return generations.inConfigured(() -> mongo.updateFirst(Query.query(Criteria.where("_id").is(replay.id())
                        .and("coordinator").is(replay.coordinator()).and("heartbeat").is(replay.heartbeat())),
                new Update().set("coordinator", node).set("heartbeat", now), Replay.class, COLLECTION))
                .getMatchedCount() == 1;
    }
}

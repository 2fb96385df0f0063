package org.innovationledger.query.infra.replay;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.innovationledger.query.infra.ReadModelRouting;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Which generation of its read models each processing group writes and reads. Generation 0 is the configured
 * database (where every read model lived before replays existed, so nothing moves for an existing installation);
 * generation n is the database {@code <configured>__<group>__g<n>}. The registry, one document per group in the
 * configured database's {@value #COLLECTION}, is the truth for every instance; each keeps a copy that its
 * {@link GenerationWatcher} refreshes, and routes by that copy. A group without a document is at generation 0.
 * <p>
 * States: IDLE (reading = writing), STOPPING (every instance stops the group's processor so its tokens can be
 * reset), REPLAYING (the processor rebuilds generation writing = reading + 1 while queries still read the old one).
 * Changes are conditional updates, so two replays can never both take a group.
 */
@Component
class ReadModelGenerations {

    static final String COLLECTION = "read_model_generations";

    enum State { IDLE, STOPPING, REPLAYING }

    record Generation(@Id String group, int reading, int writing, State state, String replayId, Instant changedAt) {
        static Generation initial(String group) {
            return new Generation(group, 0, 0, State.IDLE, null, null);
        }
    }

    private final MongoClient client;
    private final MongoTemplate mongo;
    private final MongoDatabase configured;
    private final Map<String, MongoDatabase> databases = new ConcurrentHashMap<>();
    private volatile Map<String, Generation> known = Map.of();

    ReadModelGenerations(MongoClient client, MongoTemplate mongo, MongoDatabaseFactory factory) {
        this.client = client;
        this.mongo = mongo;
        this.configured = factory.getMongoDatabase(); // at start-up, no thread is pointed anywhere else
        refresh(); // before any processor starts: the first event is already routed right
    }

    /** This instance's copy of the group's entry. */
    Generation of(String group) {
        Generation generation = known.get(group);
        return generation != null ? generation : Generation.initial(group);
    }

    /** This instance's copy of every group's entry that the registry holds. */
    Collection<Generation> all() {
        return known.values();
    }

    /** Re-reads the registry. */
    void refresh() {
        known = inConfigured(() -> mongo.findAll(Generation.class, COLLECTION)).stream()
                .collect(Collectors.toUnmodifiableMap(Generation::group, g -> g));
    }

    MongoDatabase configured() {
        return configured;
    }

    String databaseName(String group, int generation) {
        return generation == 0 ? configured.getName()
                : configured.getName() + "__" + group.replaceAll("[^A-Za-z0-9_-]", "_") + "__g" + generation;
    }

    MongoDatabase database(String group, int generation) {
        return generation == 0 ? configured
                : databases.computeIfAbsent(databaseName(group, generation), client::getDatabase);
    }

    /** Where the group's event handlers write now; null for the configured database. */
    MongoDatabase writing(String group) {
        int generation = of(group).writing();
        return generation == 0 ? null : database(group, generation);
    }

    /** Where the group's queries read now; null for the configured database. */
    MongoDatabase reading(String group) {
        int generation = of(group).reading();
        return generation == 0 ? null : database(group, generation);
    }

    /** IDLE → STOPPING for this replay; false when the group is busy with another. */
    boolean beginStopping(String group, String replayId) {
        Instant now = Instant.now();
        boolean idle = inConfigured(() -> mongo.updateFirst(
                Query.query(Criteria.where("_id").is(group).and("state").is(State.IDLE)),
                new Update().set("state", State.STOPPING).set("replayId", replayId).set("changedAt", now),
                Generation.class, COLLECTION)).getMatchedCount() == 1;
        if (idle) {
            return true;
        }
        try {
            inConfigured(() -> mongo.insert(new Generation(group, 0, 0, State.STOPPING, replayId, now), COLLECTION));
            return true;
        } catch (DuplicateKeyException busy) {
            return false;
        }
    }

    /** STOPPING → REPLAYING into the next generation, reading stays; false when this replay no longer holds it. */
    boolean beginReplaying(String group, String replayId, int target) {
        return transition(group, replayId, State.STOPPING,
                new Update().set("state", State.REPLAYING).set("writing", target));
    }

    /** REPLAYING → IDLE reading the rebuilt generation. */
    boolean switchReading(String group, String replayId, int target) {
        return transition(group, replayId, State.REPLAYING,
                new Update().set("state", State.IDLE).set("reading", target).set("writing", target)
                        .unset("replayId"));
    }

    /** STOPPING → IDLE, nothing changed: a replay that could not start. */
    boolean abandon(String group, String replayId) {
        return transition(group, replayId, State.STOPPING, new Update().set("state", State.IDLE).unset("replayId"));
    }

    private boolean transition(String group, String replayId, State from, Update update) {
        return inConfigured(() -> mongo.updateFirst(
                Query.query(Criteria.where("_id").is(group).and("state").is(from).and("replayId").is(replayId)),
                update.set("changedAt", Instant.now()), Generation.class, COLLECTION)).getMatchedCount() == 1;
    }

    /** The registry and the replays' records live in the configured database, whatever the thread points at. */
    <T> T inConfigured(Supplier<T> work) {
        return ReadModelRouting.in(configured, work);
    }
}

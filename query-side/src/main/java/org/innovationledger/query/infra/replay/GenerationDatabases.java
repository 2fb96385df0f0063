package org.innovationledger.query.infra.replay;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.innovationledger.query.infra.ReadModelRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a switch does to the databases around it: the rebuilt generation gets the indexes the read models declare
 * (and any the previous generation had), and a retired generation goes: its own database, or, for generation 0,
 * the group's collections in the configured database (never the token store's, the sagas', the dead letters' or
 * the replays' own).
 */
@Component
class GenerationDatabases {

    private static final Logger log = LoggerFactory.getLogger(GenerationDatabases.class);
    private static final Set<String> NEVER_DROPPED = Set.of("trackingtokens", "sagas", "deadletters",
            "domainevents", "snapshotevents", ReadModelGenerations.COLLECTION, ReplayRecords.COLLECTION);

    private final ReadModelGenerations generations;
    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;

    GenerationDatabases(ReadModelGenerations generations, MongoTemplate mongo, MongoMappingContext mappingContext) {
        this.generations = generations;
        this.mongo = mongo;
        this.mappingContext = mappingContext;
    }

    /** The group's collections, as the rebuilt generation holds them. */
    List<String> collections(String group, int generation) {
        List<String> names = new ArrayList<>();
        generations.database(group, generation).listCollectionNames().forEach(name -> {
            if (!name.startsWith("system.") && !NEVER_DROPPED.contains(name)) {
                names.add(name);
            }
        });
        return names;
    }

    /** Before the switch: the rebuilt collections indexed as the live ones are. */
    void index(String group, int from, int to) {
        MongoDatabase previous = generations.database(group, from);
        MongoDatabase rebuilt = generations.database(group, to);
        List<String> collections = collections(group, to);
        for (String collection : collections) {
            for (Document index : previous.getCollection(collection).listIndexes()) {
                Document key = index.get("key", Document.class);
                if (key == null || key.keySet().equals(Set.of("_id"))) {
                    continue;
                }
                IndexOptions options = new IndexOptions().name(index.getString("name"))
                        .unique(Boolean.TRUE.equals(index.get("unique")))
                        .sparse(Boolean.TRUE.equals(index.get("sparse")));
                rebuilt.getCollection(collection).createIndex(key, options);
            }
        }
        IndexResolver resolver = new MongoPersistentEntityIndexResolver(mappingContext);
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)
                    && collections.contains(entity.getCollection())) {
                ReadModelRouting.in(rebuilt, () -> resolver.resolveIndexFor(entity.getTypeInformation())
                        .forEach(index -> mongo.indexOps(entity.getCollection()).ensureIndex(index)));
            }
        }
    }

    /** After the switch, once no query can still be reading it: the previous generation goes. */
    void drop(String group, int generation, int current) {
        if (generation < 0) {
            return;
        }
        if (generation > 0) {
            log.info("Dropping generation {} of {}: database {}", generation, group,
                    generations.databaseName(group, generation));
            generations.database(group, generation).drop();
            return;
        }
        Set<String> present = generations.configured().listCollectionNames().into(new HashSet<>());
        List<String> collections = collections(group, current).stream().filter(present::contains).toList();
        log.info("Dropping generation 0 of {}: collections {} of the configured database", group, collections);
        for (String collection : collections) {
            MongoCollection<Document> retired = generations.configured().getCollection(collection);
            retired.drop();
        }
    }
}

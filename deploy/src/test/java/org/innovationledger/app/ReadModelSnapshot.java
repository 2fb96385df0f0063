package org.innovationledger.app;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document of a database's read-model collections, by collection and id, with each collection's index keys:
 * what a rebuilt generation is compared with, document by document. The token store's, sagas', dead letters' and
 * the replay registry's collections are not read models, nor the event chain's (built from the event table, never
 * replayed); nor is an empty collection (a reset handler's remove
 * creates one on the embedded server, and a query finds nothing in it as in a missing one).
 */
public record ReadModelSnapshot(Map<String, Map<Object, Document>> documents, Map<String, Set<String>> indexes) {

    public static final Set<String> NOT_READ_MODELS = Set.of("trackingtokens", "sagas", "deadletters",
            "read_model_generations", "read_model_replays", "event_chain", "chain_checkpoints",
            "processing_instances");

    public static ReadModelSnapshot of(MongoDatabase database) {
        List<String> names = new ArrayList<>();
        database.listCollectionNames().forEach(name -> {
            if (!NOT_READ_MODELS.contains(name) && !name.startsWith("system.")
                    && database.getCollection(name).countDocuments() > 0) {
                names.add(name);
            }
        });
        return of(database, names);
    }

    public static ReadModelSnapshot of(MongoDatabase database, Collection<String> collections) {
        Map<String, Map<Object, Document>> documents = new TreeMap<>();
        Map<String, Set<String>> indexes = new TreeMap<>();
        for (String collection : collections) {
            Map<Object, Document> byId = new LinkedHashMap<>();
            database.getCollection(collection).find().forEach(document -> byId.put(document.get("_id"), document));
            documents.put(collection, byId);
            Set<String> keys = new TreeSet<>();
            database.getCollection(collection).listIndexes()
                    .forEach(index -> keys.add(index.get("key", Document.class).toJson()));
            indexes.put(collection, keys);
        }
        return new ReadModelSnapshot(documents, indexes);
    }

    public Set<String> collections() {
        return documents.keySet();
    }

    public long size() {
        return documents.values().stream().mapToLong(Map::size).sum();
    }

    public ReadModelSnapshot only(Collection<String> collections) {
        Map<String, Map<Object, Document>> someDocuments = new TreeMap<>();
        Map<String, Set<String>> someIndexes = new TreeMap<>();
        collections.forEach(c -> {
            someDocuments.put(c, documents.getOrDefault(c, Map.of()));
            someIndexes.put(c, indexes.getOrDefault(c, Set.of()));
        });
        return new ReadModelSnapshot(someDocuments, someIndexes);
    }

    /**
     * The rebuilt generation holds every document of this snapshot unchanged (same id, same content, field for
     * field) and, beyond them, exactly the documents named as added; its collections carry the same indexes.
     * Returns the added documents, by collection.
     */
    public Map<String, List<Document>> assertRebuiltAs(ReadModelSnapshot rebuilt, Map<String, Integer> added) {
        assertThat(rebuilt.collections()).as("the rebuilt generation's collections").isEqualTo(collections());
        Map<String, List<Document>> extra = new TreeMap<>();
        for (String collection : collections()) {
            Map<Object, Document> before = documents.get(collection);
            Map<Object, Document> after = rebuilt.documents().get(collection);
            for (Map.Entry<Object, Document> document : before.entrySet()) {
                assertThat(after.get(document.getKey())).as(collection + " " + document.getKey())
                        .isEqualTo(document.getValue());
            }
            List<Document> beyond = after.entrySet().stream().filter(d -> !before.containsKey(d.getKey()))
                    .map(Map.Entry::getValue).toList();
            assertThat(beyond).as("documents in " + collection + " beyond the snapshot")
                    .hasSize(added.getOrDefault(collection, 0));
            if (!beyond.isEmpty()) {
                extra.put(collection, beyond);
            }
            assertThat(rebuilt.indexes().get(collection)).as("indexes of " + collection)
                    .isEqualTo(indexes.get(collection));
        }
        return extra;
    }
}

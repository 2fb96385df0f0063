package org.innovationledger.query.audit.chain;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The chain in MongoDB: {@code event_chain} ({@code _id} = position, kind, hash, previous) and
 * {@code chain_checkpoints} ({@code _id} = position, hash, at). Only ever inserted into, by position, so several
 * query-side instances building the same chain insert the same documents and a second insert changes nothing.
 */
public final class ChainStore {

    static final String CHAIN = "event_chain";
    static final String CHECKPOINTS = "chain_checkpoints";
    private static final int DUPLICATE_KEY = 11000;

    private final Supplier<MongoDatabase> database;

    public ChainStore(Supplier<MongoDatabase> database) {
        this.database = database;
    }

    public ChainStore(MongoDatabase database) {
        this(() -> database);
    }

    public Optional<ChainEntry> head() {
        return Optional.ofNullable(chain().find().sort(Sorts.descending("_id")).limit(1).first())
                .map(ChainStore::entry);
    }

    public Optional<ChainEntry> first() {
        return Optional.ofNullable(chain().find().sort(Sorts.ascending("_id")).limit(1).first())
                .map(ChainStore::entry);
    }

    public Optional<ChainEntry> at(long position) {
        return Optional.ofNullable(chain().find(Filters.eq("_id", position)).first()).map(ChainStore::entry);
    }

    /** The links from {@code from} to {@code to} (both included), in order, at most {@code limit}. */
    public List<ChainEntry> between(long from, long to, int limit) {
        return chain().find(Filters.and(Filters.gte("_id", from), Filters.lte("_id", to)))
                .sort(Sorts.ascending("_id")).limit(limit).map(ChainStore::entry).into(new ArrayList<>());
    }

    /** The links at these positions, by position (absent ones left out). */
    public Map<Long, ChainEntry> at(Collection<Long> positions) {
        Map<Long, ChainEntry> links = new HashMap<>();
        if (!positions.isEmpty()) {
            chain().find(Filters.in("_id", positions)).map(ChainStore::entry)
                    .forEach(link -> links.put(link.position(), link));
        }
        return links;
    }

    /**
     * Inserts the links in order and stops at the first position that is already there (another instance chained
     * it first): answers how many were inserted.
     */
    public int append(List<ChainEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        List<Document> documents = entries.stream().map(entry -> new Document("_id", entry.position())
                .append("kind", entry.kind().name()).append("hash", entry.hash())
                .append("previous", entry.previous())).toList();
        try {
            chain().insertMany(documents, new InsertManyOptions().ordered(true));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                return e.getWriteErrors().get(0).getIndex();
            }
            throw e;
        }
    }

    public List<Checkpoint> checkpoints() {
        return checkpointCollection().find().sort(Sorts.ascending("_id")).map(ChainStore::checkpoint)
                .into(new ArrayList<>());
    }

    public List<Checkpoint> checkpointsBetween(long from, long to) {
        return checkpointCollection().find(Filters.and(Filters.gte("_id", from), Filters.lte("_id", to)))
                .sort(Sorts.ascending("_id")).map(ChainStore::checkpoint).into(new ArrayList<>());
    }

    public Optional<Checkpoint> lastCheckpoint() {
        return Optional.ofNullable(checkpointCollection().find().sort(Sorts.descending("_id")).limit(1).first())
                .map(ChainStore::checkpoint);
    }

    /** Records a checkpoint; false when it was there already. */
    public boolean addCheckpoint(Checkpoint checkpoint) {
        try {
            checkpointCollection().insertOne(new Document("_id", checkpoint.position())
                    .append("hash", checkpoint.hash()).append("at", Date.from(checkpoint.at())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private MongoCollection<Document> chain() {
        return database.get().getCollection(CHAIN);
    }

    private MongoCollection<Document> checkpointCollection() {
        return database.get().getCollection(CHECKPOINTS);
    }

    private static ChainEntry entry(Document document) {
        return new ChainEntry(((Number) document.get("_id")).longValue(),
                kind(document.get("kind")), string(document.get("hash")),
                string(document.get("previous")));
    }

    /** Read leniently: verification trusts only the hashes, so an edited document must still be readable. */
    private static ChainEntry.Kind kind(Object value) {
        return "GAP".equals(value) ? ChainEntry.Kind.GAP : "EVENT".equals(value) ? ChainEntry.Kind.EVENT : null;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static Checkpoint checkpoint(Document document) {
        return new Checkpoint(((Number) document.get("_id")).longValue(), document.getString("hash"),
                document.getDate("at").toInstant());
    }
}

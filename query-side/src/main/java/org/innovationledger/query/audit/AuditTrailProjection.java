package org.innovationledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.innovationledger.kernel.audit.AuditEntry;
import org.innovationledger.kernel.audit.AuditTrailPage;
import org.innovationledger.kernel.audit.FetchAuditTrail;
import org.innovationledger.kernel.audit.FindAuditEntry;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.query.infra.EventPosition;
import org.innovationledger.query.infra.PublishedEventTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The audit trail: one document per event of the ledger, whatever its type, keyed by its global position, with
 * the event's metadata (who, in which role, for which region, why, under which correlation) and its fields. An
 * event type added later is in the trail without a change here. Idempotent by position: a redelivered event finds
 * its document there and changes nothing.
 */
@Component
@ProcessingGroup(AuditTrailProjection.GROUP)
class AuditTrailProjection {

    static final String GROUP = "audit-trail";
    static final String COLLECTION = "audit_trail";
    private static final Bson OLDEST_FIRST = Sorts.ascending("_id");

    private final MongoTemplate mongo;
    private final AuditPayloads payloads;
    /** The databases whose trail has its indexes (a replay may write into another database than the live one). */
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    /**
     * The payload's JSON is made by the mapper the events are stored with (the event serializer's; the application's
     * if the events were not stored as JSON).
     */
    @Autowired
    AuditTrailProjection(MongoTemplate mongo, @Qualifier("eventSerializer") Serializer eventSerializer,
                         ObjectProvider<ObjectMapper> applicationMapper) {
        this(mongo, eventSerializer instanceof JacksonSerializer jackson ? jackson.getObjectMapper()
                : applicationMapper.getIfUnique(ObjectMapper::new));
    }

    AuditTrailProjection(MongoTemplate mongo, ObjectMapper eventMapper) {
        this.mongo = mongo;
        this.payloads = new AuditPayloads(eventMapper);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        long position = EventPosition.of(token);
        MetaData metadata = event.getMetaData();
        Document entry = new Document("_id", position).append("eventId", event.getIdentifier());
        if (payload instanceof UnknownSerializedType unknown) {
            // a stored event whose class this version does not have: still in the trail, with its stored fields
            String name = unknown.serializedType().getName();
            entry.append("type", name.substring(name.lastIndexOf('.') + 1))
                    .append("revision", unknown.serializedType().getRevision());
        } else {
            entry.append("type", payload.getClass().getSimpleName())
                    .append("revision", PublishedEventTypes.revisionOf(payload.getClass()));
        }
        if (event instanceof DomainEventMessage<?> domain) {
            entry.append("aggregateType", domain.getType())
                    .append("aggregateId", domain.getAggregateIdentifier())
                    .append("sequenceNumber", domain.getSequenceNumber());
        } else {
            entry.append("aggregateType", null).append("aggregateId", null).append("sequenceNumber", null);
        }
        entry.append("timestamp", Date.from(event.getTimestamp()))
                .append("principal", text(metadata, LedgerMetadata.PRINCIPAL))
                .append("role", text(metadata, LedgerMetadata.ROLE))
                .append("tenant", text(metadata, LedgerMetadata.TENANT))
                .append("reason", text(metadata, LedgerMetadata.REASON))
                .append("documentRef", text(metadata, LedgerMetadata.DOCUMENT_REF))
                .append("correlationId", text(metadata, LedgerMetadata.CORRELATION_ID))
                .append("causationId", text(metadata, LedgerMetadata.CAUSATION_ID))
                .append("authenticatedBy", text(metadata, LedgerMetadata.AUTHENTICATED_BY))
                .append("idempotencyKey", text(metadata, LedgerMetadata.IDEMPOTENCY_KEY))
                .append("demo", "true".equals(text(metadata, LedgerMetadata.DEMO)))
                .append("payload", AuditPayloads.toBson(payload instanceof UnknownSerializedType unknown
                        ? unknownFields(unknown) : payloads.tree(payload)));
        withIndexes();
        try {
            trail(collection -> collection.insertOne(entry));
        } catch (DuplicateKeyException seenBefore) {
            // at-least-once delivery: the event at this position is in the trail already
        }
    }

    private static JsonNode unknownFields(UnknownSerializedType unknown) {
        try {
            return unknown.readData(JsonNode.class);
        } catch (RuntimeException unreadable) {
            return JsonNodeFactory.instance.objectNode().put("unreadable", unknown.serializedType().getName());
        }
    }

    @ResetHandler
    void reset() {
        trail(collection -> collection.deleteMany(new Document()));
    }

    @QueryHandler
    AuditTrailPage handle(FetchAuditTrail query) {
        List<Bson> filters = new ArrayList<>();
        if (query.tenant() != null) {
            filters.add(Filters.eq("tenant", query.tenant().value()));
        }
        if (query.aggregateId() != null) {
            filters.add(Filters.eq("aggregateId", query.aggregateId()));
        }
        if (query.principal() != null) {
            filters.add(Filters.eq("principal", query.principal()));
        }
        if (!query.types().isEmpty()) {
            filters.add(Filters.in("type", query.types()));
        }
        if (query.from() != null) {
            filters.add(Filters.gte("timestamp", Date.from(query.from())));
        }
        if (query.to() != null) {
            filters.add(Filters.lt("timestamp", Date.from(query.to())));
        }
        if (query.after() != null) {
            filters.add(Filters.gt("_id", query.after()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        // one more than asked for: whether there is a next page is known without a request that finds nothing
        List<Document> found = trail(collection -> collection.find(filter).sort(OLDEST_FIRST)
                .limit(query.limit() + 1).into(new ArrayList<>()));
        List<AuditEntry> entries = found.stream().limit(query.limit()).map(AuditTrailProjection::entry).toList();
        Long next = found.size() > query.limit() ? entries.get(entries.size() - 1).position() : null;
        return new AuditTrailPage(entries, next, newestPosition());
    }

    @QueryHandler
    Optional<AuditEntry> handle(FindAuditEntry query) {
        Bson filter = query.tenant() == null ? Filters.eq("_id", query.position())
                : Filters.and(Filters.eq("_id", query.position()), Filters.eq("tenant", query.tenant().value()));
        return Optional.ofNullable(trail(collection -> collection.find(filter).first())).map(AuditTrailProjection::entry);
    }

    /** The newest position in the trail, whoever's event it was; -1 while it is empty. */
    private long newestPosition() {
        Document newest = trail(collection -> collection.find().projection(Projections.include("_id"))
                .sort(Sorts.descending("_id")).limit(1).first());
        return newest == null ? -1 : ((Number) newest.get("_id")).longValue();
    }

    private static AuditEntry entry(Document d) {
        Number sequence = (Number) d.get("sequenceNumber");
        return new AuditEntry(((Number) d.get("_id")).longValue(), d.getString("eventId"), d.getString("type"),
                d.getString("revision"), d.getString("aggregateType"), d.getString("aggregateId"),
                sequence == null ? null : sequence.longValue(), d.getDate("timestamp").toInstant(),
                d.getString("principal"), d.getString("role"), d.getString("tenant"), d.getString("reason"),
                d.getString("documentRef"), d.getString("correlationId"), d.getString("causationId"),
                d.getString("authenticatedBy"), d.getString("idempotencyKey"), Boolean.TRUE.equals(d.get("demo")),
                AuditPayloads.toJson(d.get("payload")));
    }

    /**
     * The filters' indexes, each ending in the position so a filtered page is read in order from the index; made
     * once per database (creating an existing index changes nothing).
     */
    private void withIndexes() {
        if (indexed.contains(mongo.getDb().getName())) {
            return;
        }
        trail(collection -> {
            collection.createIndex(Indexes.ascending("tenant", "_id"));
            collection.createIndex(Indexes.ascending("aggregateId", "_id"));
            collection.createIndex(Indexes.ascending("principal", "_id"));
            collection.createIndex(Indexes.ascending("type", "_id"));
            return collection.createIndex(Indexes.ascending("timestamp"));
        });
        indexed.add(mongo.getDb().getName());
    }

    /** Raw driver access (through the template, so exceptions are Spring's and the database is the routed one). */
    private <T> T trail(Function<MongoCollection<Document>, T> work) {
        return mongo.execute(COLLECTION, work::apply);
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}

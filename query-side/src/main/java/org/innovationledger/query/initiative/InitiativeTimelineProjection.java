package org.innovationledger.query.initiative;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.initiative.FindInitiativeTimeline;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeTimeline;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each initiative's history: one entry per event of the Initiative aggregate, whatever its type, so an event
 * type added later shows up without a change here (with its type name as summary until one is written).
 * Idempotent by event identifier.
 */
@Component
@ProcessingGroup(InitiativeTimelineProjection.GROUP)
class InitiativeTimelineProjection {

    static final String GROUP = "initiative-timeline";
    /** The aggregate type the event store records for the Initiative aggregate (its class's simple name). */
    static final String AGGREGATE_TYPE = "Initiative";

    // the payload as the event feed publishes it: ids as text, dates as ISO text
    private static final ObjectMapper PAYLOADS = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final MongoTemplate mongo;

    InitiativeTimelineProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event, TrackingToken token) {
        if (!AGGREGATE_TYPE.equals(event.getType())
                || mongo.exists(Query.query(Criteria.where("_id").is(event.getIdentifier())),
                TimelineEntryDocument.class)) {
            return;
        }
        MetaData metadata = event.getMetaData();
        mongo.insert(new TimelineEntryDocument(event.getIdentifier(), tenant(payload, metadata),
                event.getAggregateIdentifier(), event.getSequenceNumber(), EventPosition.of(token),
                event.getPayloadType().getSimpleName(), event.getTimestamp().toString(),
                text(metadata, LedgerMetadata.PRINCIPAL), text(metadata, LedgerMetadata.ROLE),
                text(metadata, LedgerMetadata.REASON), text(metadata, LedgerMetadata.DOCUMENT_REF),
                text(metadata, LedgerMetadata.CORRELATION_ID), TimelineSummaries.of(payload),
                PAYLOADS.convertValue(payload, new TypeReference<Map<String, Object>>() { })));
    }

    /** The registration names its tenant; every event carries it in its metadata too. */
    private static String tenant(Object payload, MetaData metadata) {
        return payload instanceof InitiativeRegistered registered ? registered.tenant().value()
                : text(metadata, LedgerMetadata.TENANT);
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), TimelineEntryDocument.class);
    }

    @QueryHandler
    Optional<InitiativeTimeline> handle(FindInitiativeTimeline query) {
        List<TimelineEntryDocument> entries = mongo.find(Query.query(Criteria.where("initiativeId")
                        .is(query.initiativeId().value()).and("tenant").is(query.tenant().value()))
                .with(Sort.by("sequence")), TimelineEntryDocument.class);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InitiativeTimeline(query.initiativeId(), query.tenant(),
                entries.stream().map(TimelineEntryDocument::toEntry).toList(),
                entries.stream().mapToLong(TimelineEntryDocument::position).max().orElse(0)));
    }
}

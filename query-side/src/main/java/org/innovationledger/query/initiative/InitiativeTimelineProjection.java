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
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FindInitiativeTimeline;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeShared;
import org.innovationledger.kernel.initiative.InitiativeSharingEnded;
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
import java.util.function.UnaryOperator;

/**
 * Each initiative's history: one entry per event of the Initiative aggregate, whatever its type, so an event
 * type added later shows up without a change here (with its type name as summary until one is written).
 * Idempotent by event identifier. The owner region reads the timeline, and so do the regions the initiative is
 * shared with (kept per initiative in {@link TimelineSharingDocument}, idempotent by the initiative's sequence).
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
        if (!AGGREGATE_TYPE.equals(event.getType())) {
            return;
        }
        // before the entry, and guarded on its own: a crash between the two must not lose the sharing
        keepSharing(payload, event.getSequenceNumber());
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.getIdentifier())), TimelineEntryDocument.class)) {
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

    /**
     * Sharing events name the owner and the other region. Guarded by the initiative's sequence, not by the entry's
     * existence: an older sharing event redelivered after a newer one changes nothing.
     */
    private void keepSharing(Object payload, long sequence) {
        if (payload instanceof InitiativeShared shared) {
            sharing(shared.initiativeId(), shared.ownerTenant(), sequence,
                    s -> s.shared(shared.sharedWith().value(), sequence));
        } else if (payload instanceof InitiativeSharingEnded ended) {
            sharing(ended.initiativeId(), ended.ownerTenant(), sequence,
                    s -> s.ended(ended.sharedWith().value(), sequence));
        }
    }

    private void sharing(InitiativeId initiativeId, TenantId owner, long sequence,
                         UnaryOperator<TimelineSharingDocument> change) {
        TimelineSharingDocument sharing = mongo.findById(initiativeId.value(), TimelineSharingDocument.class);
        if (sharing == null) {
            sharing = TimelineSharingDocument.none(initiativeId.value(), owner.value());
        }
        if (sharing.sequence() < sequence) {
            mongo.save(change.apply(sharing));
        }
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
        mongo.remove(new Query(), TimelineSharingDocument.class);
    }

    /** Entries carry the owner's tenant: a region the initiative is shared with reads the owner's entries. */
    @QueryHandler
    Optional<InitiativeTimeline> handle(FindInitiativeTimeline query) {
        String reader = query.tenant().value();
        TimelineSharingDocument sharing =
                mongo.findById(query.initiativeId().value(), TimelineSharingDocument.class);
        String owner = sharing == null ? reader : sharing.entriesTenantFor(reader);
        List<TimelineEntryDocument> entries = mongo.find(Query.query(Criteria.where("initiativeId")
                        .is(query.initiativeId().value()).and("tenant").is(owner))
                .with(Sort.by("sequence")), TimelineEntryDocument.class);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InitiativeTimeline(query.initiativeId(), TenantId.of(owner),
                entries.stream().map(TimelineEntryDocument::toEntry).toList(),
                entries.stream().mapToLong(TimelineEntryDocument::position).max().orElse(0)));
    }
}

package org.innovationledger.query.testsupport;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An event stream as a tracking processor reads it from the event store: domain events with aggregate type,
 * identifier and per-aggregate sequence number, ledger metadata, a timestamp, and a {@link GapAwareTrackingToken}
 * whose index is the global position. Positions may skip (as the JDBC store's sequence does).
 */
public final class EventLog {

    public static final String UNIT_AGGREGATE = "OrganisationUnit";
    public static final String INITIATIVE_AGGREGATE = "Initiative";

    private final List<TrackedEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private long nextPosition;
    private Instant clock = Instant.parse("2024-03-05T09:15:30.123Z");

    public EventLog(long firstPosition) {
        this.nextPosition = firstPosition;
    }

    public EventLog() {
        this(0);
    }

    /** Leaves {@code positions} global positions unused before the next event (other aggregates, rollbacks). */
    public EventLog skip(long positions) {
        nextPosition += positions;
        return this;
    }

    public TrackedEventMessage<?> unitRegistered(OrganisationUnitRegistered event, String principal) {
        return append(UNIT_AGGREGATE, event.unitId().value(), event, metadata(principal, event.tenant()), null);
    }

    public TrackedEventMessage<?> unitRenamed(TenantId tenant, OrganisationUnitRenamed event, String principal) {
        return append(UNIT_AGGREGATE, event.unitId().value(), event, metadata(principal, tenant), null);
    }

    public TrackedEventMessage<?> initiativeRegistered(InitiativeRegistered event, String principal, Instant at) {
        return append(INITIATIVE_AGGREGATE, event.initiativeId().value(), event,
                metadata(principal, event.tenant()), at);
    }

    /** Appends a domain event at the next position with the aggregate's next sequence number. */
    public TrackedEventMessage<?> append(String aggregateType, String aggregateId, Object payload,
                                         Map<String, ?> metadata, Instant timestamp) {
        long sequence = sequences.merge(aggregateId, 0L, (previous, ignored) -> previous + 1);
        Instant at = timestamp != null ? timestamp : (clock = clock.plus(Duration.ofMinutes(7)));
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(aggregateType, aggregateId,
                sequence, payload, metadata, UUID.randomUUID().toString(), at);
        TrackedEventMessage<?> tracked = new GenericTrackedDomainEventMessage<>(
                GapAwareTrackingToken.newInstance(nextPosition++, Collections.emptySet()), message);
        events.add(tracked);
        return tracked;
    }

    public List<TrackedEventMessage<?>> all() {
        return List.copyOf(events);
    }

    public static MetaData metadata(String principal, TenantId tenant) {
        Map<String, Object> values = new HashMap<>();
        values.put(LedgerMetadata.PRINCIPAL, principal);
        values.put(LedgerMetadata.ROLE, "PORTFOLIO_MANAGER");
        values.put(LedgerMetadata.TENANT, tenant.value());
        values.put(LedgerMetadata.REASON, "decided by the board");
        values.put(LedgerMetadata.DOCUMENT_REF, "RS 2019-0672");
        values.put(LedgerMetadata.CORRELATION_ID, UUID.randomUUID().toString());
        values.put(LedgerMetadata.CAUSATION_ID, UUID.randomUUID().toString());
        return MetaData.from(values);
    }
}

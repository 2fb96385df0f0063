package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every event of one initiative, in the order the initiative took them, with who, why and when.
 *
 * @param tenant   the region that owns the initiative: for a reader it is shared with, not the reader's own
 * @param position highest global event position reflected: that of the last entry
 */
public record InitiativeTimeline(InitiativeId initiativeId, TenantId tenant, List<Entry> entries, long position) {

    /**
     * One event.
     *
     * @param eventId       the event's identifier
     * @param type          the event's type, e.g. {@code GateDecisionRecorded}
     * @param occurredAt    the event's timestamp
     * @param position      its global position in the event store
     * @param sequence      its sequence number in the initiative: the aggregate version it made
     * @param principal     metadata: who
     * @param role          metadata: in what role
     * @param reason        metadata: why (free text), may be null
     * @param documentRef   metadata: the deciding document, may be null
     * @param correlationId metadata: the request it stems from
     * @param summary       a short line for people
     * @param payload       the event's fields, as the event feed publishes them
     */
    public record Entry(String eventId,
                        String type,
                        Instant occurredAt,
                        long position,
                        long sequence,
                        String principal,
                        String role,
                        String reason,
                        String documentRef,
                        String correlationId,
                        String summary,
                        Map<String, Object> payload) {
    }
}

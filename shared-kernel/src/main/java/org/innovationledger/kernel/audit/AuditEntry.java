package org.innovationledger.kernel.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event of the ledger as the audit trail shows it: what happened (the event's type and fields), to which
 * aggregate, when, who did it in which role for which region, why (reason, document reference), how it hangs
 * together with other events (correlation, causation) and whether it is demonstration data. The metadata values
 * are the event's own, as stored, under the keys of {@link org.innovationledger.kernel.common.LedgerMetadata};
 * a value the event does not carry is null.
 *
 * @param position        global position in the event stream: the trail's order and its cursor
 * @param eventId         the event message's identifier
 * @param type            simple name of the event's class, e.g. {@code GateDecisionRecorded}
 * @param revision        the class's {@code @Revision}: the shape {@code payload} has
 * @param aggregateType   e.g. {@code Initiative}; null for an event no aggregate applied
 * @param aggregateId     the aggregate's identifier; null likewise
 * @param sequenceNumber  the event's number within its aggregate's stream, from 0; null likewise
 * @param timestamp       when the event was stored
 * @param principal       who sent the command
 * @param role            the role acted in (the demo loader's is {@code DEMO})
 * @param tenant          the region acted for
 * @param authenticatedBy {@code local-user} or the identity provider's issuer; null outside an HTTP request
 * @param idempotencyKey  the client's Idempotency-Key, when it gave one
 * @param demo            the demo loader sent it: demonstration data, not a region's real decision
 * @param payload         the event's fields as JSON, as the event feed publishes them (dates as ISO text,
 *                        amounts as exact decimals)
 */
public record AuditEntry(long position,
                         String eventId,
                         String type,
                         String revision,
                         String aggregateType,
                         String aggregateId,
                         Long sequenceNumber,
                         Instant timestamp,
                         String principal,
                         String role,
                         String tenant,
                         String reason,
                         String documentRef,
                         String correlationId,
                         String causationId,
                         String authenticatedBy,
                         String idempotencyKey,
                         boolean demo,
                         JsonNode payload) {
}

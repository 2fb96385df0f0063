package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.InitiativeTimeline;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * One event of an initiative's timeline. The event's identifier is the document's, so a redelivered event finds
 * itself already there. {@code occurredAt} is ISO-8601 text: a Mongo date would cut it to milliseconds.
 * {@code tenant} is the owner region's: only the owner changes an initiative, also one it shares.
 */
@Document(TimelineEntryDocument.COLLECTION)
record TimelineEntryDocument(@Id String eventId,
                             String tenant,
                             @Indexed String initiativeId,
                             long sequence,
                             long position,
                             String type,
                             String occurredAt,
                             String principal,
                             String role,
                             String reason,
                             String documentRef,
                             String correlationId,
                             String summary,
                             Map<String, Object> payload) {

    static final String COLLECTION = "initiative_timeline";

    InitiativeTimeline.Entry toEntry() {
        return new InitiativeTimeline.Entry(eventId, type, Instant.parse(occurredAt), position, sequence, principal,
                role, reason, documentRef, correlationId, summary, payload);
    }
}

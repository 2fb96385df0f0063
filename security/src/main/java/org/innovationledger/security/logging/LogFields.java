package org.innovationledger.security.logging;

import org.innovationledger.kernel.common.LedgerMetadata;

import java.util.List;

/**
 * The names of the diagnostic context (MDC) entries a log line about a message or a request carries, which
 * structured (JSON) logs show as fields. Personal data never goes here: the principal is a user id, and reasons,
 * document references and payload fields stay out (the audit trail holds them, access-controlled).
 */
public final class LogFields {

    public static final String CORRELATION_ID = LedgerMetadata.CORRELATION_ID;
    public static final String CAUSATION_ID = LedgerMetadata.CAUSATION_ID;
    public static final String PRINCIPAL = LedgerMetadata.PRINCIPAL;
    public static final String ROLE = LedgerMetadata.ROLE;
    public static final String TENANT = LedgerMetadata.TENANT;
    /** The payload's simple class name, e.g. RegisterInitiative or InitiativeRegistered. */
    public static final String MESSAGE_TYPE = "messageType";
    public static final String MESSAGE_ID = "messageId";
    /** Of a domain event: the aggregate it belongs to. */
    public static final String AGGREGATE_ID = "aggregateId";
    /** Of an event being handled by an event processor: the processor (one per processing group). */
    public static final String PROCESSING_GROUP = "processingGroup";

    /** Who and under which correlation, as a message's metadata names them. */
    static final List<String> FROM_METADATA = List.of(CORRELATION_ID, CAUSATION_ID, PRINCIPAL, ROLE, TENANT);

    private LogFields() {
    }
}

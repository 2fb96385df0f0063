package org.innovationledger.query.audit.chain;

/**
 * One row of the JDBC event table ({@code DomainEventEntry}) exactly as stored: the text columns as text, the
 * payload and metadata as their bytes. Never deserialised or upcast, so a later upcaster, or a payload whose
 * personal data was crypto-shredded, leaves the row, and so its hash, as it was.
 */
public record StoredEvent(long position, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String payloadType, String payloadRevision, String timeStamp,
                          byte[] payload, byte[] metaData) {
}

package org.innovationledger.query.integration.cloudevent;

/**
 * One ledger event as a CloudEvent 1.0 in structured JSON mode ({@link #json}), with the attributes integrations
 * filter and route on kept alongside: the CloudEvents type, the kernel's simple event name, the tenant (null for an
 * event recorded without one) and the ledger's global position.
 */
public record LedgerCloudEvent(String id, String type, String eventName, String subject, String tenant,
                               long position, String json) {

    /** The media type of a CloudEvent in structured mode (CloudEvents JSON format, section 3). */
    public static final String MEDIA_TYPE = "application/cloudevents+json";
    /** The media type of a batch of CloudEvents (CloudEvents JSON format, section 4). */
    public static final String BATCH_MEDIA_TYPE = "application/cloudevents-batch+json";
}

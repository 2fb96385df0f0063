package org.innovationledger.query.integration.amqp;

import org.innovationledger.query.integration.cloudevent.CloudEventMapper;
import org.innovationledger.query.integration.cloudevent.LedgerCloudEvent;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

import java.nio.charset.StandardCharsets;

/**
 * A ledger event as an AMQP 0-9-1 message, in the CloudEvents structured content mode: the body is the CloudEvent
 * JSON (UTF-8) and {@code content-type} its media type, as the CloudEvents AMQP binding asks. The binding allows
 * the binary mode's application properties next to a structured body; a few are set (prefix {@code cloudEvents:},
 * the binding's, not HTTP's {@code ce-}) so a consumer or a headers exchange can route on them without reading the
 * body. Persistent, with the CloudEvent id as message id: a consumer dedupes on it (delivery is at least once).
 */
public final class CloudEventMessages {

    public static final String CONTENT_TYPE = LedgerCloudEvent.MEDIA_TYPE + "; charset=UTF-8";
    public static final String HEADER_PREFIX = "cloudEvents:";
    public static final String SPEC_VERSION_HEADER = HEADER_PREFIX + "specversion";
    public static final String ID_HEADER = HEADER_PREFIX + "id";
    public static final String TYPE_HEADER = HEADER_PREFIX + "type";
    public static final String SUBJECT_HEADER = HEADER_PREFIX + "subject";
    public static final String TENANT_HEADER = HEADER_PREFIX + "tenant";
    public static final String POSITION_HEADER = HEADER_PREFIX + "ledgerposition";
    static final String APP_ID = "innovation-ledger";

    private CloudEventMessages() {
    }

    /** The routing key: the CloudEvents type, so bindings can select by concept ({@code org.innovationledger.initiative.#}). */
    public static String routingKey(LedgerCloudEvent event) {
        return event.type();
    }

    public static Message message(LedgerCloudEvent event) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(CONTENT_TYPE);
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setMessageId(event.id());
        properties.setType(event.type());
        properties.setAppId(APP_ID);
        properties.setHeader(SPEC_VERSION_HEADER, CloudEventMapper.SPEC_VERSION);
        properties.setHeader(ID_HEADER, event.id());
        properties.setHeader(TYPE_HEADER, event.type());
        if (event.subject() != null) {
            properties.setHeader(SUBJECT_HEADER, event.subject());
        }
        if (event.tenant() != null) {
            properties.setHeader(TENANT_HEADER, event.tenant());
        }
        properties.setHeader(POSITION_HEADER, event.position());
        return new Message(event.json().getBytes(StandardCharsets.UTF_8), properties);
    }
}

package org.innovationledger.query.integration.cloudevent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.contract.CloudEventTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Wraps a ledger event in a CloudEvent 1.0 (structured JSON mode), the one envelope the feed, the live stream, the
 * webhooks and AMQP all publish:
 * <ul>
 * <li>{@code id} the event's identifier, {@code source} the configured ledger URI, {@code type} the event's name
 *     with its revision ({@link CloudEventTypes}), {@code subject} the aggregate identifier, {@code time} when it
 *     was recorded (milliseconds, UTC), {@code datacontenttype} application/json, {@code dataschema} the schema's
 *     id (served at {@code /api/events/schemas/{type}});</li>
 * <li>extensions: {@code tenant}, {@code ledgerposition} (the global position), {@code aggregatetype},
 *     {@code aggregatesequence}, and who and why: {@code principal}, {@code principalrole}, {@code reason},
 *     {@code documentref}, {@code correlationid}, {@code causationid}, {@code demo} (only the ones the event has);</li>
 * <li>{@code data} the event record as the ledger's event serializer writes it (dates ISO, decimals exact).</li>
 * </ul>
 * An event whose class this version no longer has keeps its stored fields as data and its stored name and revision
 * as type under {@code org.innovationledger.unregistered.}: nothing recorded is left out of the feed.
 */
@Component
public class CloudEventMapper {

    public static final String SPEC_VERSION = "1.0";
    private static final String UNREGISTERED = CloudEventTypes.PREFIX + "unregistered.";

    private final ObjectMapper mapper;
    private final String source;

    @Autowired
    CloudEventMapper(@Qualifier("eventSerializer") Serializer eventSerializer,
                     ObjectProvider<ObjectMapper> applicationMapper,
                     @Value("${ledger.integration.source:urn:innovation-ledger}") String source) {
        this(eventSerializer instanceof JacksonSerializer jackson ? jackson.getObjectMapper()
                : applicationMapper.getIfUnique(ObjectMapper::new), source);
    }

    public CloudEventMapper(ObjectMapper eventMapper, String source) {
        this.mapper = eventMapper.copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("ledger.integration.source must be a URI reference");
        }
        this.source = source.strip();
    }

    public LedgerCloudEvent map(EventMessage<?> event, long position) {
        Object payload = event.getPayload();
        String type;
        String name;
        JsonNode data;
        String dataSchema = null;
        if (payload instanceof UnknownSerializedType unknown) {
            String stored = unknown.serializedType().getName();
            name = stored.substring(stored.lastIndexOf('.') + 1);
            type = UNREGISTERED + name + ".v" + unknown.serializedType().getRevision();
            data = storedFields(unknown);
        } else {
            name = payload.getClass().getSimpleName();
            type = CloudEventTypes.of(payload.getClass());
            dataSchema = CloudEventTypes.schemaId(payload.getClass());
            data = mapper.valueToTree(payload);
        }
        MetaData metadata = event.getMetaData();
        ObjectNode envelope = JsonNodeFactory.instance.objectNode()
                .put("specversion", SPEC_VERSION)
                .put("id", event.getIdentifier())
                .put("source", source)
                .put("type", type);
        String subject = null;
        if (event instanceof DomainEventMessage<?> domain) {
            subject = domain.getAggregateIdentifier();
            envelope.put("subject", subject);
        }
        envelope.put("time", DateTimeFormatter.ISO_INSTANT.format(event.getTimestamp().truncatedTo(ChronoUnit.MILLIS)))
                .put("datacontenttype", "application/json");
        if (dataSchema != null) {
            envelope.put("dataschema", dataSchema);
        }
        String tenant = text(metadata, LedgerMetadata.TENANT);
        putIfPresent(envelope, "tenant", tenant);
        envelope.put("ledgerposition", position);
        if (event instanceof DomainEventMessage<?> domain) {
            envelope.put("aggregatetype", domain.getType()).put("aggregatesequence", domain.getSequenceNumber());
        }
        putIfPresent(envelope, "principal", text(metadata, LedgerMetadata.PRINCIPAL));
        putIfPresent(envelope, "principalrole", text(metadata, LedgerMetadata.ROLE));
        putIfPresent(envelope, "reason", text(metadata, LedgerMetadata.REASON));
        putIfPresent(envelope, "documentref", text(metadata, LedgerMetadata.DOCUMENT_REF));
        putIfPresent(envelope, "correlationid", text(metadata, LedgerMetadata.CORRELATION_ID));
        putIfPresent(envelope, "causationid", text(metadata, LedgerMetadata.CAUSATION_ID));
        if ("true".equals(text(metadata, LedgerMetadata.DEMO))) {
            envelope.put("demo", true);
        }
        envelope.set("data", data);
        try {
            return new LedgerCloudEvent(event.getIdentifier(), type, name, subject, tenant, position,
                    mapper.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.getIdentifier() + " cannot be written as JSON", e);
        }
    }

    private static JsonNode storedFields(UnknownSerializedType unknown) {
        try {
            return unknown.readData(JsonNode.class);
        } catch (RuntimeException unreadable) {
            return JsonNodeFactory.instance.objectNode().put("unreadable", unknown.serializedType().getName());
        }
    }

    private static void putIfPresent(ObjectNode envelope, String attribute, String value) {
        if (value != null && !value.isBlank()) {
            envelope.put(attribute, value);
        }
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}

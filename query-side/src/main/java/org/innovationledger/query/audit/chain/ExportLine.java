package org.innovationledger.query.audit.chain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * One line of an export (JSON Lines): a stored event with the chain's hashes at its position, so that the line's
 * hash can be recomputed from the line alone.
 * <pre>
 * {"position":12,"eventId":"…","aggregate":"…","seq":0,"type":"Initiative",
 *  "payloadType":"org.…InitiativeRegistered","revision":"2","timestamp":"2024-03-05T09:15:30.123Z",
 *  "metadata":"{\"principal\":…}","payload":"{\"initiativeId\":…}","previousHash":"…64 hex…","hash":"…64 hex…"}
 * </pre>
 * {@code metadata} and {@code payload} are the stored bytes as a JSON string when they are UTF-8 text (as the
 * ledger's JSON serialiser writes them); otherwise base64, said by {@code "metadataEncoding":"base64"} or
 * {@code "payloadEncoding":"base64"}. A null column is JSON null. Never re-serialised JSON: the bytes are the
 * stored ones, which is what the hash covers.
 */
public record ExportLine(StoredEvent event, String previousHash, String hash) {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper();
    static final String BASE64 = "base64";

    public String toJson() {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("position", event.position());
            json.writeStringField("eventId", event.eventIdentifier());
            json.writeStringField("aggregate", event.aggregateIdentifier());
            json.writeNumberField("seq", event.sequenceNumber());
            json.writeStringField("type", event.type());
            json.writeStringField("payloadType", event.payloadType());
            json.writeStringField("revision", event.payloadRevision());
            json.writeStringField("timestamp", event.timeStamp());
            bytes(json, "metadata", event.metaData());
            bytes(json, "payload", event.payload());
            json.writeStringField("previousHash", previousHash);
            json.writeStringField("hash", hash);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A line read back; fails with IllegalArgumentException when it is not one. */
    public static ExportLine parse(String line) {
        JsonNode json;
        try {
            json = READER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        StoredEvent event = new StoredEvent(number(json, "position"), text(json, "eventId"), text(json, "aggregate"),
                number(json, "seq"), text(json, "type"), text(json, "payloadType"), text(json, "revision"),
                text(json, "timestamp"), bytes(json, "payload"), bytes(json, "metadata"));
        return new ExportLine(event, text(json, "previousHash"), text(json, "hash"));
    }

    /** The hash recomputed from the line's fields and its stated previous hash. */
    public String recomputedHash() {
        return ChainHash.hex(ChainHash.event(ChainHash.unhex(previousHash), event));
    }

    private static void bytes(JsonGenerator json, String field, byte[] value) throws IOException {
        String text = value == null ? null : utf8(value);
        if (value != null && text == null) {
            json.writeStringField(field, Base64.getEncoder().encodeToString(value));
            json.writeStringField(field + "Encoding", BASE64);
        } else {
            json.writeStringField(field, text);
        }
    }

    /** The bytes as text if they are UTF-8 that encodes back to exactly these bytes; else null. */
    private static String utf8(byte[] value) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
            return Arrays.equals(text.getBytes(StandardCharsets.UTF_8), value) ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] bytes(JsonNode json, String field) {
        String text = text(json, field);
        if (text == null) {
            return null;
        }
        String encoding = text(json, field + "Encoding");
        if (encoding == null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (!BASE64.equals(encoding)) {
            throw new IllegalArgumentException(field + "Encoding must be base64, got: " + encoding);
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not base64: " + e.getMessage());
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.asText();
    }

    private static long number(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " must be a whole number");
        }
        return value.asLong();
    }
}

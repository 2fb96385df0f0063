package org.innovationledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * An event's fields as JSON, and that JSON as a BSON document and back, without losing anything the event says:
 * the tree is made by the mapper the events are stored with (so it is the stored JSON, field for field), with
 * dates as ISO text and decimals exact (15000000.00 stays 15000000.00, never 1.5E+7); decimals are kept in
 * MongoDB as Decimal128.
 */
final class AuditPayloads {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;

    AuditPayloads(ObjectMapper eventMapper) {
        this.mapper = eventMapper.copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    JsonNode tree(Object payload) {
        return mapper.valueToTree(payload);
    }

    /** The tree as BSON: objects as documents (in field order), arrays as lists, decimals as Decimal128. */
    static Object toBson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Document document = new Document();
            node.fields().forEachRemaining(field -> document.append(field.getKey(), toBson(field.getValue())));
            return document;
        }
        if (node.isArray()) {
            List<Object> values = new ArrayList<>(node.size());
            node.forEach(element -> values.add(toBson(element)));
            return values;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isInt() || node.isShort()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigDecimal() || node.isBigInteger()) {
            return decimal(node.decimalValue());
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText(); // text, and binary as base64 text (no event carries any)
    }

    /** BSON as the tree it was made from. */
    static JsonNode toJson(Object bson) {
        if (bson == null) {
            return NullNode.getInstance();
        }
        if (bson instanceof Map<?, ?> document) {
            ObjectNode object = NODES.objectNode();
            document.forEach((key, value) -> object.set(key.toString(), toJson(value)));
            return object;
        }
        if (bson instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            list.forEach(value -> array.add(toJson(value)));
            return array;
        }
        if (bson instanceof Boolean value) {
            return BooleanNode.valueOf(value);
        }
        if (bson instanceof Integer value) {
            return IntNode.valueOf(value);
        }
        if (bson instanceof Long value) {
            return LongNode.valueOf(value);
        }
        if (bson instanceof Decimal128 value) {
            return DecimalNode.valueOf(value.bigDecimalValue());
        }
        if (bson instanceof Double value) {
            return DoubleNode.valueOf(value);
        }
        if (bson instanceof Date value) {
            return TextNode.valueOf(value.toInstant().toString());
        }
        return TextNode.valueOf(bson.toString());
    }

    /** Decimal128 holds 34 digits; anything longer (no event amount comes near) is kept exactly as text. */
    private static Object decimal(BigDecimal value) {
        try {
            return new Decimal128(value);
        } catch (NumberFormatException tooLong) {
            return value.toPlainString();
        }
    }
}

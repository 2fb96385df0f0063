package org.innovationledger.query.ui.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * An event's payload laid out for reading: one row per value, named by its path ({@code decision.positions[0].party}),
 * in the payload's own order; the JSON as the API gives it beside it.
 */
record PayloadFields(String path, String value) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<PayloadFields> of(JsonNode payload) {
        List<PayloadFields> rows = new ArrayList<>();
        if (payload != null) {
            walk("", payload, rows);
        }
        return rows;
    }

    static String pretty(JsonNode payload) {
        try {
            return payload == null ? "" : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            return payload.toString();
        }
    }

    private static void walk(String path, JsonNode node, List<PayloadFields> rows) {
        if (node.isObject() && !node.isEmpty()) {
            node.fields().forEachRemaining(field ->
                    walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), rows));
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), rows);
            }
        } else {
            rows.add(new PayloadFields(path, node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString()));
        }
    }
}

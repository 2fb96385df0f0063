package org.innovationledger.query.integration.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.innovationledger.kernel.contract.EventSchemas;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The JSON Schemas of the published events as the kernel jar ships them ({@code contract/schemas/}): read once at
 * start-up, byte for byte, never regenerated, so the API serves exactly the committed files. A missing index or
 * file stops the start-up.
 */
@Component
class PublishedSchemas {

    /** One published schema: its index entry and the file's bytes, with a checksum for the ETag. */
    record Schema(String type, String name, String revision, String schemaId, String file, byte[] bytes,
                  long checksum) {
    }

    private final Map<String, Schema> byType;
    private final Map<String, Schema> byName;

    PublishedSchemas(ObjectMapper mapper) {
        ClassLoader loader = PublishedSchemas.class.getClassLoader();
        JsonNode index;
        try {
            index = mapper.readTree(read(loader, EventSchemas.INDEX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Schema> types = new LinkedHashMap<>();
        Map<String, Schema> names = new LinkedHashMap<>();
        for (JsonNode entry : index.path("schemas")) {
            String file = entry.get("file").asText();
            byte[] bytes = read(loader, file);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            Schema schema = new Schema(entry.get("type").asText(), entry.get("name").asText(),
                    entry.get("revision").asText(), entry.get("schemaId").asText(), file, bytes, crc.getValue());
            types.put(schema.type(), schema);
            names.put(schema.name(), schema); // one class per name, so the index has its current revision only
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("no event schemas in " + EventSchemas.DIRECTORY + EventSchemas.INDEX);
        }
        this.byType = Collections.unmodifiableMap(types);
        this.byName = Collections.unmodifiableMap(names);
    }

    /** Every schema, in the index's order (by type). */
    List<Schema> all() {
        return new ArrayList<>(byType.values());
    }

    /** By CloudEvents type, or by the event's simple name (its current revision). */
    Optional<Schema> find(String typeOrName) {
        return Optional.ofNullable(byType.getOrDefault(typeOrName, byName.get(typeOrName)));
    }

    private static byte[] read(ClassLoader loader, String file) {
        String path = EventSchemas.DIRECTORY + file;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the event schema " + path + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

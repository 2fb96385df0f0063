package org.innovationledger.query.integration.schema;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.query.infra.Etags;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The JSON Schemas of the published events, for integrators: the index, and each schema as the kernel jar ships it.
 * The schemas are the same for every tenant; a schema's ETag is its file's checksum.
 */
@RestController
@RequestMapping(EventSchemasController.PATH)
@Tag(name = "Event schemas")
class EventSchemasController {

    static final String PATH = "/api/events/schemas";
    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    private final PublishedSchemas schemas;
    private final List<Map<String, String>> index;
    private final long indexChecksum;

    EventSchemasController(PublishedSchemas schemas) {
        this.schemas = schemas;
        this.index = schemas.all().stream().map(EventSchemasController::entry).toList();
        CRC32 crc = new CRC32();
        schemas.all().forEach(schema -> crc.update(schema.bytes()));
        this.indexChecksum = crc.getValue();
    }

    @GetMapping
    @Operation(summary = "The published event types, each with its schema's id, file and href",
            description = "One entry per event type the ledger publishes: its CloudEvents type (also the AMQP"
                    + " routing key), the event's name and revision, the schema's $id (the CloudEvent's"
                    + " dataschema) and where to GET the schema.")
    ResponseEntity<Map<String, Object>> index(WebRequest request) {
        return Etags.versioned(request, indexChecksum, Map.of("schemas", index));
    }

    @GetMapping("/{type}")
    @Operation(summary = "The JSON Schema (draft 2020-12) of one event type's CloudEvent data",
            description = "By CloudEvents type, e.g. org.innovationledger.initiative.GateDecisionRecorded.v1, or by"
                    + " the event's name, e.g. GateDecisionRecorded, for its current revision. Answered as"
                    + " application/schema+json with an ETag; If-None-Match gives 304.")
    ResponseEntity<?> schema(@PathVariable String type, WebRequest request) {
        return schemas.find(type).<ResponseEntity<?>>map(schema -> {
            ResponseEntity<byte[]> answer = Etags.versioned(request, schema.checksum(), schema.bytes());
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .contentType(SCHEMA_JSON).body(answer.getBody());
        }).orElseGet(() -> unknown(type));
    }

    private static ResponseEntity<ProblemDetail> unknown(String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no published event type "
                + type + ". GET " + PATH + " lists the published types; a schema is found by its CloudEvents type"
                + " (e.g. org.innovationledger.initiative.GateDecisionRecorded.v1) or by the event's name (e.g."
                + " GateDecisionRecorded) for its current revision.");
        problem.setProperty("rule", "EVENT_SCHEMA_UNKNOWN");
        problem.setProperty("index", PATH);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Map<String, String> entry(PublishedSchemas.Schema schema) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("type", schema.type());
        entry.put("name", schema.name());
        entry.put("revision", schema.revision());
        entry.put("schemaId", schema.schemaId());
        entry.put("file", schema.file());
        entry.put("href", PATH + "/" + schema.type());
        return entry;
    }
}

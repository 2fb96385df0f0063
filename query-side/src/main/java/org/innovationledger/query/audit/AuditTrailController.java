package org.innovationledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.audit.AuditEntry;
import org.innovationledger.kernel.audit.AuditTrailPage;
import org.innovationledger.kernel.audit.FetchAuditTrail;
import org.innovationledger.kernel.audit.FindAuditEntry;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.PublishedEventTypes;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The audit trail over HTTP. A caller reads the own region's trail; an admin may ask for every region's with
 * {@code scope=global} and otherwise, like everyone, reads the own region's (so an admin never sees other regions'
 * events without saying so).
 */
@RestController
@Tag(name = "Audit trail", description = "Who decided what, when, why and on what evidence: every event of the"
        + " ledger with its metadata, oldest first")
class AuditTrailController {

    static final String EVENTS = "/api/audit/events";
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final QueryGateway queries;
    private final RequestTenant tenant;
    private final PublishedEventTypes eventTypes;

    AuditTrailController(QueryGateway queries, RequestTenant tenant, PublishedEventTypes eventTypes) {
        this.queries = queries;
        this.tenant = tenant;
        this.eventTypes = eventTypes;
    }

    @GetMapping(EVENTS)
    @Operation(summary = "The audit trail: one entry per event, by global position, oldest first",
            description = "Each entry: position, event id, type and revision, aggregate type, id and sequence number,"
                    + " timestamp, principal, role, tenant, how the principal signed in, reason, document reference,"
                    + " correlation and causation ids, Idempotency-Key, demo flag and the event's fields (payload)."
                    + " Filters combine with AND. Page with the answer's 'next' (also in the Link header, rel=next)"
                    + " as 'after'; 'next' is null on the last page. format=csv answers RFC 4180 CSV with the"
                    + " payload as JSON text in the last column.")
    @ApiResponse(responseCode = "200", description = "One page of the trail", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = AuditTrailPage.class)),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> events(
            @Parameter(description = "one aggregate's events, e.g. an initiative id") @RequestParam(required = false) String aggregateId,
            @Parameter(description = "events this principal caused") @RequestParam(required = false) String principal,
            @Parameter(description = "event types (simple class names such as GateDecisionRecorded); repeat the"
                    + " parameter or separate with commas") @RequestParam(required = false) List<String> type,
            @Parameter(description = "stored at or after, ISO-8601 with offset, e.g. 2024-05-01T00:00:00Z")
            @RequestParam(required = false) String from,
            @Parameter(description = "stored before (exclusive)") @RequestParam(required = false) String to,
            @Parameter(description = "cursor: entries after this position (the previous page's 'next')")
            @RequestParam(required = false) String after,
            @Parameter(description = "entries per page, 1 to 1000, default 100") @RequestParam(required = false) String limit,
            @Parameter(description = "tenant (default): the own region's events; global: every region's (admins only)")
            @RequestParam(required = false) String scope,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
            HttpServletRequest request) {
        TenantId scoped = tenant.scoped(scope, request, "audit trail");
        boolean csv = csv(format);
        FetchAuditTrail query = new AuditTrailFilter(aggregateId, principal, type, from, to, after, limit)
                .query(scoped, eventTypes);
        AuditTrailPage page = queries.query(query, ResponseTypes.instanceOf(AuditTrailPage.class)).join();

        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.next() != null) {
            answer.header(HttpHeaders.LINK, "<" + nextPage(query, scoped == null, csv, page.next()) + ">; rel=\"next\"");
        }
        if (csv) {
            return answer.contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("audit-trail.csv", StandardCharsets.UTF_8).build().toString())
                    .body(AuditTrailCsv.render(page.entries()).getBytes(StandardCharsets.UTF_8));
        }
        return answer.contentType(MediaType.APPLICATION_JSON).body(page);
    }

    @GetMapping(EVENTS + "/{position}")
    @Operation(summary = "One audit entry by its global position",
            description = "404 when there is none or it is another region's (scope=global lets an admin read any).")
    AuditEntry event(@PathVariable String position, @RequestParam(required = false) String scope,
                     HttpServletRequest request) {
        TenantId scoped = tenant.scoped(scope, request, "audit trail");
        long at = AuditTrailFilter.position("position", position);
        return queries.query(new FindAuditEntry(scoped, at), ResponseTypes.optionalInstanceOf(AuditEntry.class))
                .join().orElseThrow(() -> new NotFoundException("audit entry", at));
    }

    private static boolean csv(String format) {
        String value = format == null || format.isBlank() ? "json" : format.strip();
        return switch (value) {
            case "json" -> false;
            case "csv" -> true;
            default -> throw new IllegalArgumentException("format must be json or csv, got: " + format);
        };
    }

    /** The same question from the next position on, every parameter normalised and encoded. */
    private static String nextPage(FetchAuditTrail query, boolean global, boolean csv, long next) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("aggregateId", query.aggregateId());
        parameters.put("principal", query.principal());
        parameters.put("type", query.types().isEmpty() ? null : String.join(",", new TreeSet<>(query.types())));
        parameters.put("from", query.from() == null ? null : query.from().toString());
        parameters.put("to", query.to() == null ? null : query.to().toString());
        parameters.put("limit", String.valueOf(query.limit()));
        parameters.put("scope", global ? "global" : null);
        parameters.put("format", csv ? "csv" : null);
        parameters.put("after", String.valueOf(next));
        return EVENTS + "?" + parameters.entrySet().stream().filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

package org.innovationledger.query.integration.stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.infra.PublishedEventTypes;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.integration.feed.FeedCursor;
import org.innovationledger.query.integration.feed.FeedFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

/**
 * The live stream: the pull feed's events as Server-Sent Events, pushed as they are recorded. Each event's id is
 * the feed cursor after it, so a client that reconnects with {@code Last-Event-ID} (a browser's EventSource does by
 * itself) goes on exactly after the last event it received: no gap, no duplicate. Every parameter is checked
 * before the stream opens, so a bad one is an ordinary problem answer, not a broken stream.
 */
@RestController
@Tag(name = "Event feed")
class EventStreamController {

    static final String STREAM = "/api/events/stream";
    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final StreamConnections connections;
    private final RequestTenant tenant;
    private final PublishedEventTypes eventTypes;

    EventStreamController(StreamConnections connections, RequestTenant tenant, PublishedEventTypes eventTypes) {
        this.connections = connections;
        this.tenant = tenant;
        this.eventTypes = eventTypes;
    }

    @GetMapping(value = STREAM, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The ledger's events as CloudEvents 1.0, live, as Server-Sent Events",
            description = "Starts with retry:, then per event id: (the feed cursor after it), event: (the CloudEvents"
                    + " type) and data: (the CloudEvent, one line of JSON); a comment line ': heartbeat <instant>'"
                    + " after every ledger.integration.stream.heartbeat of silence. Reconnect with the header"
                    + " Last-Event-ID: <last id> to go on exactly after the last event received; it takes precedence"
                    + " over after. 503 with Retry-After when every stream is taken.")
    ResponseEntity<SseEmitter> stream(
            @Parameter(description = "cursor: events after it; -1 or absent for the first event. A pull-feed next,"
                    + " an event id of this stream, or a global position") @RequestParam(required = false) String after,
            @Parameter(description = "event types: simple names (GateDecisionRecorded) or CloudEvents types;"
                    + " repeat or separate with commas") @RequestParam(required = false) List<String> type,
            @Parameter(description = "tenant (default): the own region's events; global: every region's (admins only)")
            @RequestParam(required = false) String scope,
            @Parameter(description = "the id of the last event received; a reconnecting EventSource sends it")
            @RequestHeader(value = LAST_EVENT_ID, required = false) String lastEventId,
            HttpServletRequest request) {
        TenantId scoped = tenant.scoped(scope, request, "events");
        FeedCursor cursor = lastEventId != null && !lastEventId.isBlank()
                ? FeedCursor.parse(LAST_EVENT_ID, lastEventId)
                : FeedCursor.parse("after", after);
        FeedFilter filter = FeedFilter.of(scoped, type == null ? List.of() : type, eventTypes);
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Accel-Buffering", "no") // a reverse proxy must pass each event on at once
                .body(connections.open(cursor, filter));
    }

    @ExceptionHandler(StreamConnections.Busy.class)
    ResponseEntity<ProblemDetail> busy(StreamConnections.Busy e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setProperty("rule", "STREAMS_EXHAUSTED");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

package org.innovationledger.query.integration.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.infra.PublishedEventTypes;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.initiative.QueryParams;
import org.innovationledger.query.integration.cloudevent.LedgerCloudEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pull feed: the ledger's events as CloudEvents after a cursor, filtered by type and tenant, a page at a time.
 * A client keeps the {@code next} cursor of the last page it processed and asks again with it; it resumes exactly
 * there, late commits included (see {@link FeedCursor}).
 */
@RestController
@Tag(name = "Event feed")
class EventFeedController {

    static final String FEED = "/api/events";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** How many events one page reads at most, matching or not. */
    static final int MAX_SCAN = 10_000;

    private final EventFeed feed;
    private final RequestTenant tenant;
    private final PublishedEventTypes eventTypes;

    EventFeedController(EventFeed feed, RequestTenant tenant, PublishedEventTypes eventTypes) {
        this.feed = feed;
        this.tenant = tenant;
        this.eventTypes = eventTypes;
    }

    @GetMapping(value = FEED, produces = {MediaType.APPLICATION_JSON_VALUE, LedgerCloudEvent.BATCH_MEDIA_TYPE})
    @Operation(summary = "The ledger's events as CloudEvents 1.0, after a cursor, oldest first",
            description = "JSON: {events, next, head, caughtUp}; with Accept: application/cloudevents-batch+json the"
                    + " body is the CloudEvents batch (a JSON array) and the next cursor is in the Ledger-Cursor header."
                    + " Both carry Link rel=next. Resume with after=<next>. An empty page with caughtUp=false means the"
                    + " page read " + MAX_SCAN + " events without a match: go on with next.")
    ResponseEntity<String> events(
            @Parameter(description = "cursor: events after it; -1 or absent for the first event. The previous page's"
                    + " next, an SSE event id, or a global position") @RequestParam(required = false) String after,
            @Parameter(description = "event types: simple names (GateDecisionRecorded) or CloudEvents types;"
                    + " repeat or separate with commas") @RequestParam(required = false) List<String> type,
            @Parameter(description = "events per page, 1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
            @RequestParam(required = false) String limit,
            @Parameter(description = "tenant (default): the own region's events; global: every region's (admins only)")
            @RequestParam(required = false) String scope,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request) {
        TenantId scoped = tenant.scoped(scope, request, "events");
        FeedCursor cursor = FeedCursor.parse("after", after);
        FeedFilter filter = FeedFilter.of(scoped, type == null ? List.of() : type, eventTypes);
        int size = QueryParams.integer("limit", limit, DEFAULT_LIMIT);
        if (size < 1 || size > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got: " + limit);
        }
        EventFeed.Page page = feed.page(cursor, filter, size, MAX_SCAN);
        String events = page.events().stream().map(item -> item.event().json())
                .collect(Collectors.joining(",", "[", "]"));
        boolean batch = accept != null && accept.contains(LedgerCloudEvent.BATCH_MEDIA_TYPE);
        String body = batch ? events : "{\"events\":" + events + ",\"next\":\"" + page.next() + "\",\"head\":"
                + page.head() + ",\"caughtUp\":" + page.caughtUp() + "}";
        return ResponseEntity.ok()
                .contentType(batch ? MediaType.parseMediaType(LedgerCloudEvent.BATCH_MEDIA_TYPE) : MediaType.APPLICATION_JSON)
                .header("Ledger-Cursor", page.next().toString())
                .header("Ledger-Head", Long.toString(page.head()))
                .header(HttpHeaders.LINK, "<" + nextPage(page.next(), type, size, scoped == null) + ">; rel=\"next\"")
                .body(body);
    }

    private static String nextPage(FeedCursor next, List<String> types, int limit, boolean global) {
        StringBuilder link = new StringBuilder(FEED).append("?after=").append(encode(next.toString()));
        if (types != null) {
            types.forEach(type -> link.append("&type=").append(encode(type)));
        }
        link.append("&limit=").append(limit);
        if (global) {
            link.append("&scope=global");
        }
        return link.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

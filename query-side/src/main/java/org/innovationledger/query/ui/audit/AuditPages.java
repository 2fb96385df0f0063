package org.innovationledger.query.ui.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.audit.AuditEntry;
import org.innovationledger.kernel.audit.AuditTrailPage;
import org.innovationledger.kernel.audit.FetchAuditTrail;
import org.innovationledger.kernel.audit.FindAuditEntry;
import org.innovationledger.kernel.common.LedgerRole;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.audit.AuditTrailFilter;
import org.innovationledger.query.audit.chain.ChainReadings;
import org.innovationledger.query.infra.PublishedEventTypes;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.infra.asof.AsOfRequest;
import org.innovationledger.query.ui.UiRequest;
import org.innovationledger.security.AuthenticatedCaller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Set;
import java.util.function.Function;

import static org.innovationledger.kernel.common.LedgerRole.ADMIN;
import static org.innovationledger.kernel.common.LedgerRole.AUDITOR;

/**
 * The auditor view: the audit trail with the same filters and paging as {@code GET /api/audit/events} (asked through
 * the query gateway, so as of a point too), one entry with its payload laid out, and the chain verification of
 * {@code GET /api/audit/chain/verification} up to the point read. The roles are the API's: the trail is the managers',
 * auditors' and admins' (an admin may ask every region's with {@code scope=global}); the chain only the auditors' and
 * admins'.
 */
@Controller
class AuditPages {

    /** Query parameters that are the trail's filters, carried to the next page and the CSV. */
    private static final Set<String> FILTERS = Set.of("aggregateId", "principal", "type", "from", "to", "limit",
            "scope");

    private final QueryGateway queries;
    private final RequestTenant tenant;
    private final AuthenticatedCaller callers;
    private final PublishedEventTypes eventTypes;
    private final ChainReadings chain;

    AuditPages(QueryGateway queries, RequestTenant tenant, AuthenticatedCaller callers,
               PublishedEventTypes eventTypes, ChainReadings chain) {
        this.queries = queries;
        this.tenant = tenant;
        this.callers = callers;
        this.eventTypes = eventTypes;
        this.chain = chain;
    }

    @GetMapping("/ui/audit")
    String trail(@ModelAttribute(name = "ui", binding = false) UiRequest ui, AuditTrailFilter filter,
                 @RequestParam(required = false) String scope, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        return scoped(scope, request, response, model, scoped -> trailOf(ui, filter, scoped, request, model));
    }

    private String trailOf(UiRequest ui, AuditTrailFilter filter, TenantId scoped, HttpServletRequest request,
                           Model model) {
        FetchAuditTrail query = filter.query(scoped, eventTypes);
        AuditTrailPage page = queries.query(query, ResponseTypes.instanceOf(AuditTrailPage.class)).join();
        boolean checksChain = callers.role().map(role -> role == AUDITOR || role == ADMIN).orElse(false);
        Long upTo = AsOfRequest.of(request).map(point -> point.asOf().position()).orElse(null);

        model.addAttribute("filter", filter);
        model.addAttribute("types", eventTypes.names());
        model.addAttribute("page", page);
        model.addAttribute("admin", callers.role().orElse(null) == LedgerRole.ADMIN);
        model.addAttribute("global", scoped == null);
        model.addAttribute("firstPage", filter.after() == null ? null : withFilters(ui, ui.path(), null, null));
        model.addAttribute("nextPage", page.next() == null ? null
                : withFilters(ui, ui.path(), "after", String.valueOf(page.next())));
        model.addAttribute("csv", withFilters(ui, "/api/audit/events", "format", "csv"));
        model.addAttribute("checksChain", checksChain);
        model.addAttribute("chain", checksChain ? chain.verify(upTo).orElse(null) : null);
        return "ui/audit";
    }

    @GetMapping("/ui/audit/events/{position}")
    String entry(@ModelAttribute(name = "ui", binding = false) UiRequest ui, @PathVariable String position,
                 @RequestParam(required = false) String scope, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        long at = AuditTrailFilter.position("position", position);
        return scoped(scope, request, response, model, scoped -> entryAt(at, scoped, response, model));
    }

    private String entryAt(long at, TenantId scoped, HttpServletResponse response, Model model) {
        AuditEntry entry = queries.query(new FindAuditEntry(scoped, at),
                ResponseTypes.optionalInstanceOf(AuditEntry.class)).join().orElse(null);
        if (entry == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return problem(model, "AUDIT_ENTRY_UNKNOWN", "no audit entry " + at + " in this tenant");
        }
        model.addAttribute("entry", entry);
        model.addAttribute("fields", PayloadFields.of(entry.payload()));
        model.addAttribute("payloadJson", PayloadFields.pretty(entry.payload()));
        return "ui/audit-event";
    }

    /** {@code path} with the trail's filters of this request, its point in history and one more parameter. */
    private static String withFilters(UiRequest ui, String path, String name, String value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(ui.link(path));
        ui.filters().forEach((filter, given) -> {
            if (FILTERS.contains(filter)) {
                uri.queryParam(filter, given);
            }
        });
        if (name != null) {
            uri.queryParam(name, value);
        }
        return uri.encode().build().toUriString();
    }

    /**
     * The page for the reader's region, or every region's for an admin who asks with {@code scope=global}; anyone
     * else asking for every region's gets 403, as from the API.
     */
    private String scoped(String scope, HttpServletRequest request, HttpServletResponse response, Model model,
                          Function<TenantId, String> page) {
        TenantId scoped;
        try {
            scoped = tenant.scoped(scope, request, "audit trail");
        } catch (RequestTenant.GlobalScopeRefused e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return problem(model, "ROLE_NOT_ALLOWED", e.getMessage());
        }
        return page.apply(scoped);
    }

    private static String problem(Model model, String rule, String detail) {
        model.addAttribute("rule", rule);
        model.addAttribute("detail", detail);
        return "ui/problem";
    }
}

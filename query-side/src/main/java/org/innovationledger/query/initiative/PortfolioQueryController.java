package org.innovationledger.query.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindInitiativeTimeline;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeTimeline;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.query.infra.Etags;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@Tag(name = "Initiatives")
class PortfolioQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    PortfolioQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping("/api/portfolio")
    @Operation(summary = "The portfolio overview: one page of initiatives, with counts over all that match",
            description = "Filters combine with AND. Counts (per unit, stage funnel, phase, mission, strategy area,"
                    + " testbed, partner, status; pilots running vs in operation) cover every matching initiative,"
                    + " not only the page. The portfolio holds the region's own initiatives and those other regions"
                    + " share with it (scope); each initiative names its owner region and whom it is shared with.")
    PortfolioOverview overview(
            @Parameter(description = "owning unit") @RequestParam(required = false) String unitId,
            @Parameter(description = "phase code, e.g. STEG_4") @RequestParam(required = false) String phase,
            @Parameter(description = "phase stage, e.g. TEST") @RequestParam(required = false) String stage,
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) String strategyArea,
            @RequestParam(required = false) String testbedUnitId,
            @RequestParam(required = false) String partnerName,
            @Parameter(description = "OPEN, ENDED_BY_DECISION or CLOSED") @RequestParam(required = false) String status,
            @Parameter(description = "ALL (default: own and shared with us), OWN or SHARED")
            @RequestParam(required = false) String scope,
            @Parameter(description = "zero-based") @RequestParam(required = false) String page,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) String size,
            @Parameter(description = "title, registeredAt (default) or lastDecisionOn, optionally ',desc'")
            @RequestParam(required = false) String sort,
            HttpServletRequest request) {
        FindPortfolioOverview query = new PortfolioFilter(unitId, phase, stage, missionId, strategyArea, testbedUnitId,
                partnerName, status, scope, page, size, sort).query(tenant.of(request));
        return queries.query(query, ResponseTypes.instanceOf(PortfolioOverview.class)).join();
    }

    @GetMapping("/api/initiatives/{initiativeId}")
    @Operation(summary = "One initiative with everything on record about it; the ETag is its version",
            description = "Found by its owner region and by the regions it is shared with.")
    ResponseEntity<InitiativeView> one(@PathVariable String initiativeId, HttpServletRequest request,
                                       WebRequest web) {
        InitiativeId id = InitiativeId.of(initiativeId);
        InitiativeView initiative = queries.query(new FindInitiative(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(InitiativeView.class)).join()
                .orElseThrow(() -> new NotFoundException("initiative", id));
        return Etags.versioned(web, initiative.version(), initiative);
    }

    @GetMapping("/api/initiatives/{initiativeId}/timeline")
    @Operation(summary = "Every event of one initiative in order, with who, when, why and what",
            description = "Found by its owner region and by the regions it is shared with.")
    InitiativeTimeline timeline(@PathVariable String initiativeId, HttpServletRequest request) {
        InitiativeId id = InitiativeId.of(initiativeId);
        return queries.query(new FindInitiativeTimeline(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(InitiativeTimeline.class)).join()
                .orElseThrow(() -> new NotFoundException("initiative", id));
    }
}

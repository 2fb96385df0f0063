package org.innovationledger.query.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
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
    @Operation(summary = "The portfolio overview: initiatives and counts per owning unit")
    PortfolioOverview overview(@RequestParam(required = false) String unitId, HttpServletRequest request) {
        OrganisationUnitId unit = unitId == null ? null : OrganisationUnitId.of(unitId);
        return queries.query(new FindPortfolioOverview(tenant.of(request), unit),
                ResponseTypes.instanceOf(PortfolioOverview.class)).join();
    }

    @GetMapping("/api/initiatives/{initiativeId}")
    @Operation(summary = "One initiative; the ETag is its version")
    ResponseEntity<InitiativeView> one(@PathVariable String initiativeId, HttpServletRequest request,
                                       WebRequest web) {
        InitiativeId id = InitiativeId.of(initiativeId);
        InitiativeView initiative = queries.query(new FindInitiative(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(InitiativeView.class)).join()
                .orElseThrow(() -> new NotFoundException("initiative", id));
        return Etags.versioned(web, initiative.version(), initiative);
    }
}

package org.innovationledger.query.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.organisation.FetchOrganisationUnits;
import org.innovationledger.kernel.organisation.FindOrganisationUnit;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitView;
import org.innovationledger.query.infra.Etags;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.util.List;

@RestController
@RequestMapping("/api/organisation-units")
@Tag(name = "Organisation units")
class OrganisationUnitQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    OrganisationUnitQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping
    @Operation(summary = "The tenant's units, optionally of one kind")
    List<OrganisationUnitView> list(@RequestParam(required = false) OrganisationUnitKind kind,
                                    HttpServletRequest request) {
        return queries.query(new FetchOrganisationUnits(tenant.of(request), kind),
                ResponseTypes.multipleInstancesOf(OrganisationUnitView.class)).join();
    }

    @GetMapping("/{unitId}")
    @Operation(summary = "One unit with its names over time; the ETag is its version")
    ResponseEntity<OrganisationUnitView> one(@PathVariable String unitId, HttpServletRequest request,
                                             WebRequest web) {
        OrganisationUnitId id = OrganisationUnitId.of(unitId);
        OrganisationUnitView unit = queries.query(new FindOrganisationUnit(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(OrganisationUnitView.class)).join()
                .orElseThrow(() -> new NotFoundException("organisation unit", id));
        return Etags.versioned(web, unit.version(), unit);
    }
}

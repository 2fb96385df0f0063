package org.innovationledger.query.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.partner.FetchPartnerOrganisations;
import org.innovationledger.kernel.partner.FindPartnerOrganisation;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.PartnerOrganisationView;
import org.innovationledger.query.infra.Etags;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.initiative.QueryParams;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.util.List;

@RestController
@RequestMapping("/api/partners")
@Tag(name = "Partner organisations")
class PartnerQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    PartnerQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping
    @Operation(summary = "The region's partner register, by the names in force today, optionally of one kind")
    List<PartnerOrganisationView> list(
            @Parameter(description = "COMPANY, SME, START_UP, ACADEMIA, MUNICIPALITY, PATIENT_ORGANISATION or FUNDER")
            @RequestParam(required = false) String kind, HttpServletRequest request) {
        return queries.query(new FetchPartnerOrganisations(tenant.of(request),
                        QueryParams.enumValue("kind", kind, PartnerKind.class)),
                ResponseTypes.multipleInstancesOf(PartnerOrganisationView.class)).join();
    }

    @GetMapping("/{partnerId}")
    @Operation(summary = "One partner with its names over time; the ETag is its version")
    ResponseEntity<PartnerOrganisationView> one(@PathVariable String partnerId, HttpServletRequest request,
                                                WebRequest web) {
        PartnerId id = PartnerId.of(partnerId);
        PartnerOrganisationView partner = queries.query(new FindPartnerOrganisation(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(PartnerOrganisationView.class)).join()
                .orElseThrow(() -> new NotFoundException("partner", id));
        return Etags.versioned(web, partner.version(), partner);
    }
}

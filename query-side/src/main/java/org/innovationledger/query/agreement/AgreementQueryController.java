package org.innovationledger.query.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementRegister;
import org.innovationledger.kernel.agreement.AgreementStatus;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.agreement.AgreementView;
import org.innovationledger.kernel.agreement.FetchAgreementRegister;
import org.innovationledger.kernel.agreement.FindAgreement;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.partner.PartnerId;
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

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements")
class AgreementQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    AgreementQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping
    @Operation(summary = "The partnership and agreement register: one page, with counts by status and type over all"
            + " that match",
            description = "Filters combine with AND. Newest validity first. Each agreement names its parties as they"
                    + " are called today, with signatures, the next follow-up date, the value model and the"
                    + " initiative.")
    AgreementRegister register(
            @Parameter(description = "DRAFT, IN_FORCE, TERMINATED or EXPIRED") @RequestParam(required = false) String status,
            @Parameter(description = "PARTNER, COLLABORATION, NDA, TESTBED, INNOVATION_PARTNERSHIP_PROCUREMENT or"
                    + " VALUE_BASED_PAYMENT") @RequestParam(required = false) String type,
            @Parameter(description = "agreements this partner organisation is a party to")
            @RequestParam(required = false) String partnerId,
            @RequestParam(required = false) String initiativeId,
            @Parameter(description = "in force, last day of validity within this many days from today (0-3660)")
            @RequestParam(required = false) String expiringWithinDays,
            @Parameter(description = "zero-based") @RequestParam(required = false) String page,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) String size,
            HttpServletRequest request) {
        FetchAgreementRegister query = new FetchAgreementRegister(tenant.of(request),
                QueryParams.enumValue("status", status, AgreementStatus.class),
                QueryParams.enumValue("type", type, AgreementType.class),
                QueryParams.id(partnerId, PartnerId::of), QueryParams.id(initiativeId, InitiativeId::of),
                expiringWithinDays == null || expiringWithinDays.isBlank() ? null
                        : QueryParams.integer("expiringWithinDays", expiringWithinDays, 0),
                QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, FetchAgreementRegister.DEFAULT_SIZE));
        return queries.query(query, ResponseTypes.instanceOf(AgreementRegister.class)).join();
    }

    @GetMapping("/{agreementId}")
    @Operation(summary = "One agreement with everything on record about it; the ETag is its version")
    ResponseEntity<AgreementView> one(@PathVariable String agreementId, HttpServletRequest request, WebRequest web) {
        AgreementId id = AgreementId.of(agreementId);
        AgreementView agreement = queries.query(new FindAgreement(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(AgreementView.class)).join()
                .orElseThrow(() -> new NotFoundException("agreement", id));
        return Etags.versioned(web, agreement.version(), agreement);
    }
}

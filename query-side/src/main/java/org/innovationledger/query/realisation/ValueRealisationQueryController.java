package org.innovationledger.query.realisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.realisation.FetchValueRealisation;
import org.innovationledger.kernel.realisation.ValueRealisationReport;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Value realisation")
class ValueRealisationQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    ValueRealisationQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping("/api/value-realisation")
    @Operation(summary = "Expected against realised value per beneficiary and perspective",
            description = "For the portfolio, or one initiative, or one agreement. Expected values are those of the"
                    + " newest version of each value model in scope; realised, distributed and transferred values"
                    + " are sums of their events. Amounts per currency.")
    ValueRealisationReport report(@Parameter(description = "only this initiative") @RequestParam(required = false)
                                  String initiativeId,
                                  @Parameter(description = "only this agreement") @RequestParam(required = false)
                                  String agreementId, HttpServletRequest request) {
        return queries.query(new FetchValueRealisation(tenant.of(request),
                        initiativeId == null ? null : InitiativeId.of(initiativeId),
                        agreementId == null ? null : AgreementId.of(agreementId)),
                ResponseTypes.instanceOf(ValueRealisationReport.class)).join();
    }
}

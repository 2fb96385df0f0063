package org.innovationledger.query.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.initiative.FetchGateDecisionLog;
import org.innovationledger.kernel.initiative.GateDecisionLog;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Gate decisions", description = "The decisions taken at the gates of the initiatives' process models")
class GateDecisionLogController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    GateDecisionLogController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping("/api/gate-decisions")
    @Operation(summary = "The gate-decision log, newest decision first",
            description = "With who recorded each decision, the parties' positions, rationale, evidence, and any"
                    + " strategic decision to go ahead despite negative economic value.")
    GateDecisionLog log(
            @Parameter(description = "one initiative's decisions") @RequestParam(required = false) String initiativeId,
            @Parameter(description = "decided on or after, e.g. 2024-01-01") @RequestParam(required = false) String from,
            @Parameter(description = "decided on or before") @RequestParam(required = false) String to,
            @Parameter(description = "e.g. PROCEED, DISCONTINUE, SCALE_UP") @RequestParam(required = false) String outcome,
            @Parameter(description = "zero-based") @RequestParam(required = false) String page,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) String size,
            HttpServletRequest request) {
        FetchGateDecisionLog query = new FetchGateDecisionLog(tenant.of(request),
                QueryParams.id(initiativeId, InitiativeId::of), QueryParams.date("from", from),
                QueryParams.date("to", to), QueryParams.enumValue("outcome", outcome, GateOutcome.class),
                QueryParams.integer("page", page, 0), QueryParams.integer("size", size, FetchGateDecisionLog.DEFAULT_SIZE));
        return queries.query(query, ResponseTypes.instanceOf(GateDecisionLog.class)).join();
    }
}

package org.innovationledger.query.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.initiative.BarrierHeatMap;
import org.innovationledger.kernel.initiative.FetchBarrierHeatMap;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Barriers", description = "Barriers met by initiatives: 10 categories at 3 system levels")
class BarrierHeatMapController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    BarrierHeatMapController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping("/api/barriers/heat-map")
    @Operation(summary = "The barrier heat map: observed, addressed, circumvented and open barriers per category"
            + " and system level, with totals")
    BarrierHeatMap heatMap(HttpServletRequest request) {
        return queries.query(new FetchBarrierHeatMap(tenant.of(request)),
                ResponseTypes.instanceOf(BarrierHeatMap.class)).join();
    }
}

package org.innovationledger.query.mission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.mission.FetchMissions;
import org.innovationledger.kernel.mission.FindMission;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.mission.MissionView;
import org.innovationledger.query.infra.Etags;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.util.List;

@RestController
@RequestMapping("/api/missions")
@Tag(name = "Missions")
class MissionQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    MissionQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping
    @Operation(summary = "The tenant's missions, in the order they were defined")
    List<MissionView> list(HttpServletRequest request) {
        return queries.query(new FetchMissions(tenant.of(request)),
                ResponseTypes.multipleInstancesOf(MissionView.class)).join();
    }

    @GetMapping("/{missionId}")
    @Operation(summary = "One mission with its programme areas and former titles; the ETag is its version")
    ResponseEntity<MissionView> one(@PathVariable String missionId, HttpServletRequest request, WebRequest web) {
        MissionId id = MissionId.of(missionId);
        MissionView mission = queries.query(new FindMission(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(MissionView.class)).join()
                .orElseThrow(() -> new NotFoundException("mission", id));
        return Etags.versioned(web, mission.version(), mission);
    }
}

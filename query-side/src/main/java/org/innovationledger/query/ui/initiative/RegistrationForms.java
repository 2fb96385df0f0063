package org.innovationledger.query.ui.initiative;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.need.FetchNeedsBacklog;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.need.NeedStatus;
import org.innovationledger.kernel.need.NeedsBacklog;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.FetchProcessModels;
import org.innovationledger.kernel.process.ProcessModelView;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;

/**
 * The forms that register a need and an initiative. They only offer choices (the region's units, its open needs,
 * the process models it may use), read through the query gateway; the page's script sends what the reader chose to
 * the command API ({@code POST /api/needs}, {@code POST /api/initiatives}), which alone decides what is valid.
 */
@Controller
class RegistrationForms {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    RegistrationForms(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping("/ui/needs/new")
    String newNeed(HttpServletRequest request, Model model) {
        model.addAttribute("units", RegionUnits.of(queries, tenant.of(request)));
        model.addAttribute("sources", NeedSource.values());
        return "ui/initiative/new-need";
    }

    @GetMapping("/ui/initiatives/new")
    String newInitiative(@RequestParam(required = false) String needId, HttpServletRequest request, Model model) {
        TenantId reader = tenant.of(request);
        NeedsBacklog open = queries.query(new FetchNeedsBacklog(reader, NeedStatus.OPEN, null, 0,
                FetchNeedsBacklog.MAX_SIZE), ResponseTypes.instanceOf(NeedsBacklog.class)).join();
        List<ProcessModelView> models = queries.query(new FetchProcessModels(reader),
                ResponseTypes.multipleInstancesOf(ProcessModelView.class)).join();
        model.addAttribute("units", RegionUnits.of(queries, reader));
        model.addAttribute("needs", open.needs());
        model.addAttribute("chosenNeed", needId);
        model.addAttribute("processModels", models);
        model.addAttribute("origins", Arrays.stream(InitiativeOrigin.values())
                .filter(origin -> origin != InitiativeOrigin.UNSPECIFIED).toList());
        model.addAttribute("caseTypes", CaseType.values());
        return "ui/initiative/new-initiative";
    }
}

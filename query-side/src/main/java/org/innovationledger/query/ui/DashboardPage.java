package org.innovationledger.query.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.LedgerRole;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FetchGateDecisionLog;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.GateDecisionLog;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.initiative.PortfolioScope;
import org.innovationledger.kernel.mission.FetchMissions;
import org.innovationledger.kernel.mission.MissionView;
import org.innovationledger.kernel.organisation.FetchOrganisationUnits;
import org.innovationledger.kernel.organisation.OrganisationUnitView;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.initiative.PortfolioFilter;
import org.innovationledger.security.AuthenticatedCaller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio dashboard: the same overview as {@code GET /api/portfolio} for the same parameters (funnel, counts,
 * pilots and operation, one page of initiatives), the newest gate decisions, and the filters as a GET form whose
 * choices are the region's units and what its whole portfolio holds ({@link FilterChoices}). Asked
 * through the query gateway, so {@code asOf}/{@code asOfPosition} answer it as the ledger stood then.
 */
@Controller
class DashboardPage {

    /** Gate decisions the dashboard lists; the log has the rest. */
    static final int RECENT_DECISIONS = 10;

    private final QueryGateway queries;
    private final RequestTenant tenant;
    private final AuthenticatedCaller callers;

    DashboardPage(QueryGateway queries, RequestTenant tenant, AuthenticatedCaller callers) {
        this.queries = queries;
        this.tenant = tenant;
        this.callers = callers;
    }

    @GetMapping({"/ui", "/ui/portfolio"})
    String dashboard(@ModelAttribute(name = "ui", binding = false) UiRequest ui, PortfolioFilter filter,
                     HttpServletRequest request, Model model) {
        if (callers.role().orElse(null) == LedgerRole.ADMIN) {
            return "redirect:" + ui.link("/ui/admin");
        }
        TenantId reader = tenant.of(request);
        FindPortfolioOverview query = filter.query(reader);
        PortfolioOverview overview = queries.query(query, ResponseTypes.instanceOf(PortfolioOverview.class)).join();
        GateDecisionLog decisions = queries.query(new FetchGateDecisionLog(reader, null, null, null, null, 0,
                RECENT_DECISIONS), ResponseTypes.instanceOf(GateDecisionLog.class)).join();
        List<MissionView> missions = queries.query(new FetchMissions(reader),
                ResponseTypes.multipleInstancesOf(MissionView.class)).join();
        Map<String, String> missionTitles = new LinkedHashMap<>();
        missions.forEach(mission -> missionTitles.put(mission.missionId().value(), mission.title()));

        List<OrganisationUnitView> units = queries.query(new FetchOrganisationUnits(reader, null),
                ResponseTypes.multipleInstancesOf(OrganisationUnitView.class)).join();
        PortfolioOverview whole = filter.isEmpty() ? overview
                : queries.query(PortfolioFilter.NONE.query(reader), ResponseTypes.instanceOf(PortfolioOverview.class))
                .join();

        model.addAttribute("filter", filter);
        model.addAttribute("choices", FilterChoices.of(units, whole, filter));
        model.addAttribute("countTables", CountTable.of(overview, missionTitles));
        model.addAttribute("overview", overview);
        model.addAttribute("decisions", decisions);
        model.addAttribute("missionTitles", missionTitles);
        model.addAttribute("stages", PhaseStage.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("scopes", PortfolioScope.values());
        return "ui/dashboard";
    }
}

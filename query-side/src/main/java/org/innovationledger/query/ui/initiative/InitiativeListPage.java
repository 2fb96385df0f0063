package org.innovationledger.query.ui.initiative;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.initiative.PortfolioFilter;
import org.innovationledger.query.initiative.QueryParams;
import org.innovationledger.query.ui.UiRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The initiatives, one page at a time: the portfolio's list ({@code GET /api/portfolio}) filtered by status, stage
 * and phase as the API filters it, and by words of the title, which the API has no filter for: then the page reads
 * every matching initiative, page by page, and keeps those whose title has the words.
 */
@Controller
class InitiativeListPage {

    static final int PAGE_SIZE = 25;

    private final QueryGateway queries;
    private final RequestTenant tenant;

    InitiativeListPage(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping("/ui/initiatives")
    String initiatives(@ModelAttribute(name = "ui", binding = false) UiRequest ui,
                       @RequestParam(required = false) String title, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String stage, @RequestParam(required = false) String phase,
                       @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        TenantId reader = tenant.of(request);
        int pageNumber = QueryParams.integer("page", page, 0);
        if (pageNumber < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got: " + page);
        }
        List<InitiativeView> shown;
        long total;
        if (title == null || title.isBlank()) {
            PortfolioOverview overview = overview(reader, status, stage, phase, pageNumber, PAGE_SIZE);
            shown = overview.initiatives();
            total = overview.total();
        } else {
            List<InitiativeView> matching = withTitle(reader, status, stage, phase, title);
            total = matching.size();
            shown = matching.stream().skip((long) pageNumber * PAGE_SIZE).limit(PAGE_SIZE).toList();
        }
        model.addAttribute("initiatives", shown);
        model.addAttribute("total", total);
        model.addAttribute("page", pageNumber);
        model.addAttribute("lastPage", Math.max(0, (total - 1) / PAGE_SIZE));
        model.addAttribute("title", title);
        model.addAttribute("status", status);
        model.addAttribute("stage", stage);
        model.addAttribute("phase", phase);
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("stages", PhaseStage.values());
        model.addAttribute("mayRegister", Writers.mayWrite(ui));
        return "ui/initiative/initiatives";
    }

    private PortfolioOverview overview(TenantId reader, String status, String stage, String phase, int page, int size) {
        FindPortfolioOverview query = new PortfolioFilter(null, phase, stage, null, null, null, null, status, null,
                String.valueOf(page), String.valueOf(size), "title").query(reader);
        return queries.query(query, ResponseTypes.instanceOf(PortfolioOverview.class)).join();
    }

    private List<InitiativeView> withTitle(TenantId reader, String status, String stage, String phase, String title) {
        String words = title.strip().toLowerCase(Locale.ROOT);
        List<InitiativeView> matching = new ArrayList<>();
        PortfolioOverview overview;
        int page = 0;
        do {
            overview = overview(reader, status, stage, phase, page++, FindPortfolioOverview.MAX_SIZE);
            overview.initiatives().stream().filter(i -> i.title().toLowerCase(Locale.ROOT).contains(words))
                    .forEach(matching::add);
        } while ((long) page * FindPortfolioOverview.MAX_SIZE < overview.total());
        return matching;
    }
}

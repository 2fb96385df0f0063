package org.innovationledger.query.ui.initiative;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.need.FindNeed;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedView;
import org.innovationledger.kernel.organisation.OrganisationUnitView;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.ui.UiRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Optional;
import java.util.stream.Collectors;

/** One need, as {@code GET /api/needs/{id}} answers it (as of the page's point), with the initiatives it led to. */
@Controller
class NeedPage {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    NeedPage(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping("/ui/needs/{needId}")
    String need(@PathVariable String needId, @ModelAttribute(name = "ui", binding = false) UiRequest ui,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        NeedId id = NeedId.of(needId);
        TenantId reader = tenant.of(request);
        Optional<NeedView> need = queries.query(new FindNeed(reader, id),
                ResponseTypes.optionalInstanceOf(NeedView.class)).join();
        if (need.isEmpty()) {
            return NotOnRecord.page(id, response, model);
        }
        model.addAttribute("need", need.get());
        // the units by the names in force at the page's point, as the API's unit list names them
        model.addAttribute("unitNames", RegionUnits.of(queries, reader).stream()
                .collect(Collectors.toMap(unit -> unit.unitId().value(), OrganisationUnitView::name)));
        model.addAttribute("mayRegister", Writers.mayWrite(ui));
        return "ui/initiative/need";
    }
}

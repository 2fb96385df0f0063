package org.innovationledger.query.ui.initiative;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.agreement.AgreementRegister;
import org.innovationledger.kernel.agreement.FetchAgreementRegister;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindInitiativeTimeline;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeTimeline;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.process.FindProcessModel;
import org.innovationledger.kernel.process.ProcessModelView;
import org.innovationledger.kernel.realisation.FetchValueRealisation;
import org.innovationledger.kernel.realisation.ValueRealisationReport;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.ui.UiRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One initiative: what {@code GET /api/initiatives/{id}} answers (classification, roles), its agreements from the
 * agreement register, expected against realised value, and its full timeline, each asked with the API's own query
 * through the query gateway, so {@code asOf}/{@code asOfPosition} answer the page as of the same point. A manager of
 * the owner region reading today's ledger also gets the gate decision form, offering only the outcomes the
 * initiative's process model allows at the gate it stands at.
 */
@Controller
class InitiativePage {

    private final QueryGateway queries;
    private final RequestTenant tenant;
    private final Clock clock;

    InitiativePage(QueryGateway queries, RequestTenant tenant, Clock clock) {
        this.queries = queries;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GetMapping("/ui/initiatives/{initiativeId}")
    String initiative(@PathVariable String initiativeId, @ModelAttribute(name = "ui", binding = false) UiRequest ui,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        TenantId reader = tenant.of(request);
        InitiativeId id = InitiativeId.of(initiativeId);
        Optional<InitiativeView> found = queries.query(new FindInitiative(reader, id),
                ResponseTypes.optionalInstanceOf(InitiativeView.class)).join();
        if (found.isEmpty()) {
            return NotOnRecord.page(id, response, model);
        }
        InitiativeView initiative = found.get();
        InitiativeTimeline timeline = queries.query(new FindInitiativeTimeline(reader, id),
                ResponseTypes.optionalInstanceOf(InitiativeTimeline.class)).join()
                .orElseGet(() -> new InitiativeTimeline(id, initiative.tenant(), List.of(), initiative.position()));
        AgreementRegister agreements = queries.query(new FetchAgreementRegister(reader, null, null, null, id, null, 0,
                FetchAgreementRegister.MAX_SIZE), ResponseTypes.instanceOf(AgreementRegister.class)).join();
        ValueRealisationReport value = queries.query(new FetchValueRealisation(reader, id, null),
                ResponseTypes.instanceOf(ValueRealisationReport.class)).join();
        Optional<ProcessModelView> processModel = initiative.processModel() == null ? Optional.empty()
                : queries.query(new FindProcessModel(reader, initiative.processModel().id(),
                        initiative.processModel().version()),
                ResponseTypes.optionalInstanceOf(ProcessModelView.class)).join();

        List<InitiativeTimeline.Entry> newestFirst = new ArrayList<>(timeline.entries());
        Collections.reverse(newestFirst);
        model.addAttribute("initiative", initiative);
        model.addAttribute("timeline", timeline);
        model.addAttribute("entries", newestFirst);
        model.addAttribute("agreements", agreements);
        model.addAttribute("value", value);
        List<ValueLine> valueLines = ValueLine.of(value);
        model.addAttribute("valueLines", valueLines);
        // a chart of amounts only when there are amounts: value without a sum is only counted
        model.addAttribute("valueSums", valueLines.stream().anyMatch(line -> line.currency() != null));
        model.addAttribute("processModel", processModel.orElse(null));
        model.addAttribute("gates", GateChoice.at(processModel.map(ProcessModelView::definition).orElse(null),
                initiative.phase()));
        model.addAttribute("mayDecide", mayChange(ui, initiative));
        // times in the regions' zone; a decision is dated by the regions' calendar day
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("parties", Stream.of(initiative.unitName(), initiative.partnerName())
                .filter(Objects::nonNull).collect(Collectors.joining("\n")));
        return "ui/initiative/initiative";
    }

    /**
     * Only a manager of the owner region changes an initiative (a region it is shared with reads it; the aggregate
     * refuses other tenants), and only on today's ledger: a decision is never taken "as of" the past.
     */
    private static boolean mayChange(UiRequest ui, InitiativeView initiative) {
        return Writers.mayWrite(ui) && initiative.tenant().equals(ui.caller().tenant());
    }
}

package org.innovationledger.query.ui.reports;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.accounts.FetchInnovationAccounts;
import org.innovationledger.kernel.accounts.FetchInnovationAccountsEditions;
import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.FetchReportingPeriods;
import org.innovationledger.kernel.indicator.ReportingPeriodSummary;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.infra.asof.AsOfRequest;
import org.innovationledger.query.ui.UiRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The year's innovation accounts (innovationsbokslut) as a page: the same fold over the events as
 * {@code GET /api/innovation-accounts?year=} (a preview at the newest event, or at the as-of point the reader picked,
 * mapped to a position by the rule every as-of answer follows), with links to the API's HTML, PDF and CSV renderings
 * at the same point and the region's published editions, each with the fingerprint of its JSON document, to open
 * exactly as published. Without a year, the newest with a published edition (else the newest offered).
 */
@Controller
class AccountsPage {

    private final QueryGateway queries;
    /** The accounts carry their own position: asked on the bus itself, never reconstructed as of a point. */
    private final QueryGateway folds;
    private final RequestTenant tenant;
    private final Clock clock;

    AccountsPage(QueryGateway queries, QueryBus bus, RequestTenant tenant, Clock clock) {
        this.queries = queries;
        this.folds = DefaultQueryGateway.builder().queryBus(bus).build();
        this.tenant = tenant;
        this.clock = clock;
    }

    @GetMapping("/ui/accounts")
    String accounts(@ModelAttribute(name = "ui", binding = false) UiRequest ui,
                    @RequestParam(required = false) String year, HttpServletRequest request, Model model) {
        TenantId reader = tenant.of(request);
        Integer asked = year == null || year.isBlank() ? null : ReportPages.year(year);
        List<InnovationAccountsEditionView> editions = queries.query(new FetchInnovationAccountsEditions(reader, null),
                ResponseTypes.multipleInstancesOf(InnovationAccountsEditionView.class)).join();
        List<ReportingPeriodSummary> periods = queries.query(new FetchReportingPeriods(reader, null, null),
                ResponseTypes.multipleInstancesOf(ReportingPeriodSummary.class)).join();
        List<Integer> years = years(editions, periods, asked);
        if (asked == null) {
            return ReportPages.withYear(ui, editions.stream().map(InnovationAccountsEditionView::year)
                    .max(Integer::compare).orElse(years.get(0)));
        }
        int shown = asked;
        Long position = AsOfRequest.of(request).map(point -> point.asOf().position()).orElse(null);
        InnovationAccounts accounts = folds.query(new FetchInnovationAccounts(reader, shown, position, null),
                ResponseTypes.instanceOf(InnovationAccounts.class)).join();

        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("accounts", accounts);
        model.addAttribute("editions", editions.stream().filter(edition -> edition.year() == shown).toList());
        model.addAttribute("otherEditions", editions.stream().filter(edition -> edition.year() != shown).toList());
        model.addAttribute("fig", new Figures(ui.language()));
        return "ui/accounts";
    }

    /**
     * The years worth offering, newest first: those with a published edition or a reporting period, this one, and
     * the one asked for (any year has accounts, if only empty ones).
     */
    private List<Integer> years(List<InnovationAccountsEditionView> editions, List<ReportingPeriodSummary> periods,
                                Integer asked) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        editions.forEach(edition -> years.add(edition.year()));
        periods.forEach(period -> years.add(period.year()));
        years.add(LocalDate.now(clock).getYear());
        if (asked != null) {
            years.add(asked);
        }
        return List.copyOf(years);
    }
}

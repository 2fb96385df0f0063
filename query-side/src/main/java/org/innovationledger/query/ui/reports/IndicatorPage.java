package org.innovationledger.query.ui.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.FetchIndicatorReport;
import org.innovationledger.kernel.indicator.FetchReportingPeriods;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.ReportingPeriodSummary;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.ui.UiRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.List;

/**
 * The year's indicator reports: for every reporting period of the year, the same report as
 * {@code GET /api/indicator-report?indicatorId=…&year=…} (asked through the query gateway, so as of a point too), with
 * its distribution and the change from the previous year's period. The year picker offers the years that have
 * periods; the newest is shown unless another is asked for.
 */
@Controller
class IndicatorPage {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    IndicatorPage(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    /** One indicator's report and its figures beside last year's. */
    record IndicatorYear(IndicatorReport report, List<YearOnYear> change) {
    }

    @GetMapping("/ui/indicators")
    String indicators(@ModelAttribute(name = "ui", binding = false) UiRequest ui,
                      @RequestParam(required = false) String year, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        TenantId reader = tenant.of(request);
        Integer asked = year == null || year.isBlank() ? null : ReportPages.year(year);
        List<ReportingPeriodSummary> periods = queries.query(new FetchReportingPeriods(reader, null, null),
                ResponseTypes.multipleInstancesOf(ReportingPeriodSummary.class)).join();
        List<Integer> years = periods.stream().map(ReportingPeriodSummary::year).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        Integer shown = asked != null ? asked : years.isEmpty() ? null : years.get(0);
        if (asked == null && shown != null) {
            return ReportPages.withYear(ui, shown);
        }
        if (asked != null && !years.contains(asked)) {
            return ReportPages.notFound(response, model, "REPORTING_PERIOD_UNKNOWN",
                    "no reporting period for " + asked + " in this tenant");
        }
        List<IndicatorYear> reports = periods.stream().filter(period -> shown != null && period.year() == shown)
                .map(period -> queries.query(new FetchIndicatorReport(reader, period.indicatorId(), shown),
                        ResponseTypes.optionalInstanceOf(IndicatorReport.class)).join())
                .flatMap(java.util.Optional::stream)
                .map(report -> new IndicatorYear(report, YearOnYear.of(report)))
                .toList();
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("reports", reports);
        model.addAttribute("fig", new Figures(ui.language()));
        return "ui/indicators";
    }

}

package org.innovationledger.query.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.indicator.FetchIndicatorReport;
import org.innovationledger.kernel.indicator.FetchIndicators;
import org.innovationledger.kernel.indicator.FetchReportingPeriods;
import org.innovationledger.kernel.indicator.FindIndicator;
import org.innovationledger.kernel.indicator.FindReportingPeriod;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorView;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodSummary;
import org.innovationledger.kernel.indicator.ReportingPeriodView;
import org.innovationledger.query.infra.Etags;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.initiative.QueryParams;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.util.Collections;
import java.util.List;

@RestController
@Tag(name = "Indicators")
class IndicatorQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    IndicatorQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping("/api/indicators")
    @Operation(summary = "The region's indicator catalogue at the newest versions, by wording")
    List<IndicatorView> indicators(HttpServletRequest request) {
        return queries.query(new FetchIndicators(tenant.of(request)),
                ResponseTypes.multipleInstancesOf(IndicatorView.class)).join();
    }

    @GetMapping("/api/indicators/{indicatorId}")
    @Operation(summary = "One version of an indicator, the newest unless ?version= is given",
            description = "The ETag is the indicator's aggregate version, to send as If-Match when revising it.")
    ResponseEntity<IndicatorView> indicator(@PathVariable String indicatorId,
                                            @RequestParam(required = false) String version,
                                            HttpServletRequest request, WebRequest web) {
        IndicatorId id = IndicatorId.of(indicatorId);
        Integer wanted = version == null || version.isBlank() ? null : QueryParams.integer("version", version, 0);
        IndicatorView indicator = queries.query(new FindIndicator(tenant.of(request), id, wanted),
                        ResponseTypes.optionalInstanceOf(IndicatorView.class)).join()
                .orElseThrow(() -> new NotFoundException("indicator", wanted == null ? id : id + " version " + wanted));
        // version n is written by the aggregate's event n - 1 (one event per version)
        return Etags.versioned(web, Collections.max(indicator.versions()) - 1L, indicator);
    }

    @GetMapping("/api/reporting-periods")
    @Operation(summary = "The region's reporting periods, by year, optionally of one indicator and one year",
            description = "Each with its population and how many units submitted, were recorded as not responding"
                    + " or are missing.")
    List<ReportingPeriodSummary> periods(@RequestParam(required = false) String indicatorId,
                                         @RequestParam(required = false) String year,
                                         HttpServletRequest request) {
        return queries.query(new FetchReportingPeriods(tenant.of(request), QueryParams.id(indicatorId, IndicatorId::of),
                year(year)), ResponseTypes.multipleInstancesOf(ReportingPeriodSummary.class)).join();
    }

    @GetMapping("/api/reporting-periods/{periodId}")
    @Operation(summary = "One reporting period with every unit's value, corrections and non-responses; the ETag is"
            + " its version")
    ResponseEntity<ReportingPeriodView> period(@PathVariable String periodId, HttpServletRequest request,
                                               WebRequest web) {
        ReportingPeriodId id = ReportingPeriodId.of(periodId);
        ReportingPeriodView period = queries.query(new FindReportingPeriod(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(ReportingPeriodView.class)).join()
                .orElseThrow(() -> new NotFoundException("reporting period", id));
        return Etags.versioned(web, period.version(), period);
    }

    @GetMapping("/api/indicator-report")
    @Operation(summary = "The indicator report of a year: responses, the share (of the population) or the scale's"
            + " distribution, mean and threshold counts, sums, by kind of unit, and the change from the previous year",
            description = "indicatorId and year are required. Percentages HALF_UP: shares and the response rate with"
                    + " one decimal, the share also in whole percent (18 of 23: 78.3 and 78); means with one decimal;"
                    + " a decimal score counts at the whole level at or below it (FLOOR). 404 when the region has no"
                    + " period of the indicator for that year.")
    IndicatorReport report(@RequestParam(required = false) String indicatorId,
                           @RequestParam(required = false) String year,
                           HttpServletRequest request) {
        IndicatorId id = QueryParams.id(indicatorId, IndicatorId::of);
        Integer wanted = year(year);
        return queries.query(new FetchIndicatorReport(tenant.of(request), id, wanted),
                        ResponseTypes.optionalInstanceOf(IndicatorReport.class)).join()
                .orElseThrow(() -> new NotFoundException("reporting period", "of indicator " + id + " for " + wanted));
    }

    private static Integer year(String value) {
        return value == null || value.isBlank() ? null : QueryParams.integer("year", value, 0);
    }
}

package org.innovationledger.query.indicator;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.FetchIndicatorReport;
import org.innovationledger.kernel.indicator.FetchIndicators;
import org.innovationledger.kernel.indicator.FetchReportingPeriods;
import org.innovationledger.kernel.indicator.FindIndicator;
import org.innovationledger.kernel.indicator.FindReportingPeriod;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorView;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodStatus;
import org.innovationledger.kernel.indicator.ReportingPeriodView;
import org.innovationledger.kernel.indicator.ResponseStatus;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Paths and parameters become the indicator queries, for the caller's tenant; answers are the projection's. */
class IndicatorQueryControllerTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final IndicatorId METHODS = IndicatorId.of("indicator-metoder");
    private static final ReportingPeriodId PERIOD = ReportingPeriodId.of("period-2021");
    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("Metoder och verktyg",
            IndicatorKind.BOOLEAN_SHARE, "andel (%)", null, null, null, null);

    private QueryGateway queries;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        queries = mock(QueryGateway.class);
        RequestTenant tenant = mock(RequestTenant.class);
        when(tenant.of(any())).thenReturn(STOCKHOLM);
        mvc = MockMvcBuilders.standaloneSetup(new IndicatorQueryController(queries, tenant)).build();
    }

    private void answer(Object query, Object answer) {
        doReturn(CompletableFuture.completedFuture(answer)).when(queries).query(eq(query), any(ResponseType.class));
    }

    @Test
    void theReportStatesItsShareOfThePopulationAndItsPosition() throws Exception {
        IndicatorReport report = new IndicatorReport(STOCKHOLM, METHODS, 1, "Metoder och verktyg",
                IndicatorKind.BOOLEAN_SHARE, "andel (%)", null, 2021, PERIOD, ReportingPeriodStatus.CLOSED,
                LocalDate.of(2021, 11, 1), LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 15),
                new IndicatorReport.Responses(23, 23, 0, 0, 0, 0, new BigDecimal("100.0")),
                new IndicatorReport.Headline(18, new BigDecimal("78.3"), 78, null, null, null),
                new IndicatorReport.Share("POPULATION", 18, 5, 23, new BigDecimal("78.3"), 78, new BigDecimal("78.3")),
                null, null, List.of(), null, 4711);
        answer(new FetchIndicatorReport(STOCKHOLM, METHODS, 2021), Optional.of(report));

        mvc.perform(get("/api/indicator-report").param("indicatorId", "indicator-metoder").param("year", "2021"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.share.of").value("POPULATION"))
                .andExpect(jsonPath("$.share.yes").value(18))
                .andExpect(jsonPath("$.share.population").value(23))
                .andExpect(jsonPath("$.share.shareRounded").value(78))
                .andExpect(jsonPath("$.share.share").value(78.3))
                .andExpect(jsonPath("$.position").value(4711));
    }

    @Test
    void aReportNeedsAnIndicatorAndAWellFormedYearAndIsNotFoundWithoutAPeriod() throws Exception {
        assertThatThrownBy(() -> mvc.perform(get("/api/indicator-report").param("year", "2021")))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessage("indicatorId is required");
        assertThatThrownBy(() -> mvc.perform(get("/api/indicator-report").param("indicatorId", "indicator-metoder")))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessage("year is required");
        assertThatThrownBy(() -> mvc.perform(get("/api/indicator-report").param("indicatorId", "indicator-metoder")
                .param("year", "tjugo"))).rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole number");
        answer(new FetchIndicatorReport(STOCKHOLM, METHODS, 2019), Optional.empty());
        assertThatThrownBy(() -> mvc.perform(get("/api/indicator-report").param("indicatorId", "indicator-metoder")
                .param("year", "2019"))).rootCause().isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.rule()).isEqualTo("REPORTING_PERIOD_UNKNOWN"));
    }

    @Test
    void anIndicatorIsAnsweredWithItsAggregateVersionAsETag() throws Exception {
        IndicatorView view = new IndicatorView(METHODS, STOCKHOLM, 1, DEFINITION, null, List.of(1, 2), 12);
        answer(new FindIndicator(STOCKHOLM, METHODS, 1), Optional.of(view));
        answer(new FindIndicator(STOCKHOLM, METHODS, 7), Optional.empty());
        answer(new FetchIndicators(STOCKHOLM), List.of(view));

        mvc.perform(get("/api/indicators/indicator-metoder").param("version", "1")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.definition.kind").value("BOOLEAN_SHARE"));
        mvc.perform(get("/api/indicators")).andExpect(jsonPath("$[0].indicatorId").value("indicator-metoder"));
        assertThatThrownBy(() -> mvc.perform(get("/api/indicators/indicator-metoder").param("version", "7")))
                .rootCause().isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.rule()).isEqualTo("INDICATOR_UNKNOWN"));
        assertThatThrownBy(() -> mvc.perform(get("/api/indicators/indicator-metoder").param("version", "0")))
                .rootCause().isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodShowsItsUnitsValuesWithItsVersionAsETag() throws Exception {
        ReportingPeriodView view = new ReportingPeriodView(PERIOD, STOCKHOLM, METHODS, 1, DEFINITION, 2021,
                LocalDate.of(2021, 11, 1), LocalDate.of(2022, 1, 31), ReportingPeriodStatus.OPEN, null,
                List.of(new ReportingPeriodView.UnitResponse(OrganisationUnitId.of("unit-locum"),
                        ResponseStatus.SUBMITTED, IndicatorValue.of("2.6"), IndicatorValue.of("2"),
                        LocalDate.of(2022, 2, 2), true, null, List.of(), null, null)), 3, 99);
        answer(new FindReportingPeriod(STOCKHOLM, PERIOD), Optional.of(view));
        answer(new FetchReportingPeriods(STOCKHOLM, METHODS, 2021), List.of());

        mvc.perform(get("/api/reporting-periods/period-2021")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.units[0].value").value(2.6))
                .andExpect(jsonPath("$.units[0].submittedValue").value(2))
                .andExpect(jsonPath("$.units[0].late").value(true));
        mvc.perform(get("/api/reporting-periods/period-2021").header("If-None-Match", "\"3\""))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/reporting-periods").param("indicatorId", "indicator-metoder").param("year", "2021"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        answer(new FindReportingPeriod(STOCKHOLM, ReportingPeriodId.of("x-1")), Optional.empty());
        assertThatThrownBy(() -> mvc.perform(get("/api/reporting-periods/x-1")))
                .rootCause().isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.rule()).isEqualTo("REPORTING_PERIOD_UNKNOWN"));
        assertThatThrownBy(() -> mvc.perform(get("/api/reporting-periods").param("indicatorId", "not an id")))
                .rootCause().isInstanceOf(IllegalArgumentException.class);
    }
}

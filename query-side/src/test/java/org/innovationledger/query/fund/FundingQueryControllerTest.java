package org.innovationledger.query.fund;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.FetchFundingCalls;
import org.innovationledger.kernel.fund.FetchFundingReport;
import org.innovationledger.kernel.fund.FindFundingCall;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingCallStatus;
import org.innovationledger.kernel.fund.FundingCallSummary;
import org.innovationledger.kernel.fund.FundingCallView;
import org.innovationledger.kernel.fund.FundingReport;
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

/** Paths and parameters become the fund's queries, for the caller's tenant; answers are the projection's. */
class FundingQueryControllerTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final FundingCallId CALL = FundingCallId.of("call-2021-1");
    private static final Money BUDGET = Money.of("7500000", "SEK");

    private QueryGateway queries;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        queries = mock(QueryGateway.class);
        RequestTenant tenant = mock(RequestTenant.class);
        when(tenant.of(any())).thenReturn(STOCKHOLM);
        mvc = MockMvcBuilders.standaloneSetup(new FundingQueryController(queries, tenant)).build();
    }

    private void answer(Object query, Object answer) {
        doReturn(CompletableFuture.completedFuture(answer)).when(queries).query(eq(query), any(ResponseType.class));
    }

    @Test
    void theReportOfAYearAndFundStatesItsRateAndPosition() throws Exception {
        FundingReport.Figures figures = new FundingReport.Figures(143, 58, 85, 0, new BigDecimal("40.6"), "SEK",
                Money.of("35000000", "SEK"), Money.of("13150000", "SEK"), Money.of("15000000", "SEK"),
                Money.of("1850000", "SEK"), List.of());
        answer(new FetchFundingReport(STOCKHOLM, 2021, "Innovationsfonden"),
                new FundingReport(STOCKHOLM, 2021, "Innovationsfonden", List.of(), figures, 912));

        mvc.perform(get("/api/funding-report").param("year", "2021").param("fund", " Innovationsfonden "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.applications").value(143))
                .andExpect(jsonPath("$.total.grants").value(58))
                .andExpect(jsonPath("$.total.grantRate").value(40.6))
                .andExpect(jsonPath("$.total.granted.amount").value(13150000.00))
                .andExpect(jsonPath("$.total.remainingBudget.currency").value("SEK"))
                .andExpect(jsonPath("$.position").value(912));
    }

    @Test
    void theReportNeedsAWellFormedYear() {
        assertThatThrownBy(() -> mvc.perform(get("/api/funding-report")))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessage("year is required");
        assertThatThrownBy(() -> mvc.perform(get("/api/funding-report").param("year", "tjugotjugoett")))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> mvc.perform(get("/api/funding-report").param("year", "21")))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1000");
        assertThatThrownBy(() -> mvc.perform(get("/api/funding-calls").param("fund", "x".repeat(201))))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fund");
    }

    @Test
    void callsAreListedForTheCallersTenantWithOptionalFilters() throws Exception {
        answer(new FetchFundingCalls(STOCKHOLM, null, null), List.of());
        answer(new FetchFundingCalls(STOCKHOLM, 2021, "Innovationsfonden"), List.of(
                new FundingCallSummary(CALL, STOCKHOLM, "Innovationsfonden", 1, 2021,
                        BUDGET, LocalDate.of(2021, 1, 11), LocalDate.of(2021, 3, 12), FundingCallStatus.CLOSED,
                        LocalDate.of(2021, 3, 12), 75, 30, Money.of("6800000", "SEK"), 226, 480)));

        mvc.perform(get("/api/funding-calls")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/funding-calls").param("year", "2021").param("fund", "Innovationsfonden"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].callId").value("call-2021-1"))
                .andExpect(jsonPath("$[0].budget.amount").value(7500000.00))
                .andExpect(jsonPath("$[0].grants").value(30));
    }

    @Test
    void aCallIsAnsweredWithItsVersionAsETagAndAnotherTenantsIsNotFound() throws Exception {
        FundingCallView view = new FundingCallView(CALL, STOCKHOLM, "Innovationsfonden", 1, 2021, BUDGET,
                LocalDate.of(2021, 1, 11), LocalDate.of(2021, 3, 12), null, FundingCallStatus.OPEN, null,
                Money.zero("SEK"), BUDGET, List.of(), 4, 17);
        answer(new FindFundingCall(STOCKHOLM, CALL), Optional.of(view));
        answer(new FindFundingCall(STOCKHOLM, FundingCallId.of("x-1")), Optional.empty());

        mvc.perform(get("/api/funding-calls/call-2021-1")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.remainingBudget.amount").value(7500000.00));
        mvc.perform(get("/api/funding-calls/call-2021-1").header("If-None-Match", "\"4\""))
                .andExpect(status().isNotModified());
        assertThatThrownBy(() -> mvc.perform(get("/api/funding-calls/x-1")))
                .rootCause().isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.rule()).isEqualTo("FUNDING_CALL_UNKNOWN"));
        assertThatThrownBy(() -> mvc.perform(get("/api/funding-calls/not an id")))
                .rootCause().isInstanceOf(IllegalArgumentException.class);
    }
}

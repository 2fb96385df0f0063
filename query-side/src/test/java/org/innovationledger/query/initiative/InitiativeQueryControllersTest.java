package org.innovationledger.query.initiative;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.BarrierHeatMap;
import org.innovationledger.kernel.initiative.FetchBarrierHeatMap;
import org.innovationledger.kernel.initiative.FetchGateDecisionLog;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindInitiativeTimeline;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.GateDecisionLog;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.InitiativeTimeline;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.initiative.PortfolioScope;
import org.innovationledger.kernel.initiative.PortfolioSort;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/**
 * Paths and parameters become the contract's queries; answers come from the projections (their own tests).
 * Malformed parameters surface as IllegalArgumentException, which QueryProblems answers as 400 INVALID_INPUT.
 */
class InitiativeQueryControllersTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final InitiativeId TRIAGE = InitiativeId.of("ini-triage");

    private QueryGateway queries;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        queries = mock(QueryGateway.class);
        RequestTenant tenant = mock(RequestTenant.class);
        when(tenant.of(any())).thenReturn(STOCKHOLM);
        mvc = MockMvcBuilders.standaloneSetup(new PortfolioQueryController(queries, tenant),
                new GateDecisionLogController(queries, tenant), new BarrierHeatMapController(queries, tenant)).build();
    }

    private void answer(Object query, Object answer) {
        doReturn(CompletableFuture.completedFuture(answer)).when(queries).query(eq(query), any(ResponseType.class));
    }

    private static PortfolioOverview overview(int total) {
        return new PortfolioOverview(STOCKHOLM, total, 1, 20, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), 0, 0, 42);
    }

    @Test
    void portfolioParametersBecomeTheQueryAndTheTotalIsAlsoTheFirstReleasesInitiativeCount() throws Exception {
        answer(new FindPortfolioOverview(STOCKHOLM, OrganisationUnitId.of("unit-k"), "STEG_4", PhaseStage.TEST,
                MissionId.of("mission-1"), "Nära vård", OrganisationUnitId.of("unit-lab"), "Cambio",
                InitiativeStatus.OPEN, PortfolioScope.SHARED, 1, 20, PortfolioSort.LAST_DECISION_ON, true),
                overview(7));

        mvc.perform(get("/api/portfolio").param("unitId", "unit-k").param("phase", "STEG_4").param("stage", "TEST")
                        .param("missionId", "mission-1").param("strategyArea", "Nära vård")
                        .param("testbedUnitId", "unit-lab").param("partnerName", "Cambio").param("status", "OPEN")
                        .param("scope", "SHARED")
                        .param("page", "1").param("size", "20").param("sort", "lastDecisionOn,desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.initiativeCount").value(7))
                .andExpect(jsonPath("$.position").value(42));
    }

    @Test
    void withoutParametersTheFirstPageOfTheWholePortfolioIsAskedFor() throws Exception {
        answer(new FindPortfolioOverview(STOCKHOLM, null), overview(0));
        assertThat(new FindPortfolioOverview(STOCKHOLM, null).scope())
                .as("own initiatives and those shared with the region").isEqualTo(PortfolioScope.ALL);

        mvc.perform(get("/api/portfolio")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void malformedPortfolioParametersAreInvalidInput() {
        for (Map.Entry<String, String> bad : Map.of("stage", "PILOT", "status", "DONE", "size", "0",
                "page", "x", "sort", "unitName", "unitId", "not an id", "scope", "MINE").entrySet()) {
            assertThatThrownBy(() -> mvc.perform(get("/api/portfolio").param(bad.getKey(), bad.getValue())))
                    .as(bad.toString()).rootCause().isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> mvc.perform(get("/api/portfolio").param("size", "201")))
                .rootCause().hasMessageContaining("size must be between 1 and 200");
    }

    @Test
    void anInitiativeIsAnsweredWithItsVersionAsETag() throws Exception {
        InitiativeView view = mock(InitiativeView.class);
        when(view.version()).thenReturn(5L);
        answer(new FindInitiative(STOCKHOLM, TRIAGE), Optional.of(view));

        mvc.perform(get("/api/initiatives/ini-triage")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""));
        mvc.perform(get("/api/initiatives/ini-triage").header("If-None-Match", "\"5\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void aTimelineIsFoundOnlyForAnInitiativeOfTheTenant() throws Exception {
        answer(new FindInitiativeTimeline(STOCKHOLM, TRIAGE), Optional.of(new InitiativeTimeline(TRIAGE, STOCKHOLM,
                List.of(new InitiativeTimeline.Entry("e-1", "InitiativeRegistered", Instant.parse("2024-05-02T07:30:00Z"),
                        11, 0, "carl", "PORTFOLIO_MANAGER", null, "RS 2024-1", "c-1", "Registered",
                        Map.of("title", "AI-triage"))), 11)));
        answer(new FindInitiativeTimeline(STOCKHOLM, InitiativeId.of("ini-other")), Optional.empty());

        mvc.perform(get("/api/initiatives/ini-triage/timeline")).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].type").value("InitiativeRegistered"))
                .andExpect(jsonPath("$.entries[0].eventId").value("e-1"))
                .andExpect(jsonPath("$.entries[0].payload.title").value("AI-triage"))
                .andExpect(jsonPath("$.position").value(11));
        assertThatThrownBy(() -> mvc.perform(get("/api/initiatives/ini-other/timeline")))
                .rootCause().isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.rule()).isEqualTo("INITIATIVE_UNKNOWN"));
    }

    @Test
    void gateDecisionParametersBecomeTheQuery() throws Exception {
        answer(new FetchGateDecisionLog(STOCKHOLM, TRIAGE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                GateOutcome.DISCONTINUE, 2, 10), new GateDecisionLog(STOCKHOLM, List.of(), 2, 10, 21, 99));

        mvc.perform(get("/api/gate-decisions").param("initiativeId", "ini-triage").param("from", "2024-01-01")
                        .param("to", "2024-12-31").param("outcome", "DISCONTINUE").param("page", "2")
                        .param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.position").value(99));

        assertThatThrownBy(() -> mvc.perform(get("/api/gate-decisions").param("from", "2024-13-01")))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> mvc.perform(get("/api/gate-decisions").param("from", "2024-02-01")
                .param("to", "2024-01-01"))).rootCause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mvc.perform(get("/api/gate-decisions").param("outcome", "MAYBE")))
                .rootCause().isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHeatMapIsTheCallersTenants() throws Exception {
        answer(new FetchBarrierHeatMap(STOCKHOLM), new BarrierHeatMap(STOCKHOLM, List.of(), List.of(), List.of(),
                new BarrierHeatMap.Counts(3, 1, 1, 1), 12));

        mvc.perform(get("/api/barriers/heat-map")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total.open").value(1))
                .andExpect(jsonPath("$.tenant").value("region-stockholm"));
    }
}

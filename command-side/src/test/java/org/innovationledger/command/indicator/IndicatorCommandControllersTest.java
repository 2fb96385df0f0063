package org.innovationledger.command.indicator;

import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.indicator.CloseReportingPeriod;
import org.innovationledger.kernel.indicator.CorrectIndicatorValue;
import org.innovationledger.kernel.indicator.DefineIndicator;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.OpenReportingPeriod;
import org.innovationledger.kernel.indicator.RecordNonResponse;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReviseIndicator;
import org.innovationledger.kernel.indicator.SubmitIndicatorValue;
import org.innovationledger.kernel.indicator.Threshold;
import org.innovationledger.kernel.indicator.ThresholdComparison;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The indicators' and periods' JSON, paths and If-Match become the contract's commands; the rules are the aggregates'. */
class IndicatorCommandControllersTest {

    private static final ReportingPeriodId PERIOD = ReportingPeriodId.of("period-2021");
    private static final OrganisationUnitId LOCUM = OrganisationUnitId.of("unit-locum");

    private LedgerCommands commands;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        commands = mock(LedgerCommands.class);
        // the answer is built by LedgerCommands itself; only sending is stubbed
        doCallRealMethod().when(commands).changed(any(), any(), any());
        doCallRealMethod().when(commands).change(any(), any(), any(), any());
        mvc = MockMvcBuilders.standaloneSetup(new IndicatorCommandController(commands),
                new ReportingPeriodCommandController(commands)).build();
    }

    private ResultActions post(String path, String json, String... ifMatch) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch.length > 0) {
            request.header("If-Match", ifMatch[0]);
        }
        return mvc.perform(request);
    }

    private static final String MATURITY = """
            {"wording": "Innovationsgrad/Innovationsmognad", "kind": "SCALE_1_5", "unit": "nivå 1–5",
             "levels": ["a", "b", "c", "d", "e"], "threshold": {"value": 2.0, "comparison": "ABOVE"},
             "note": "Nivåtexterna är illustrativa", %s "documentRef": "Innovationsbokslut 2021, rad 91-93"}""";

    private static IndicatorDefinition maturity(String decisionReference) {
        return new IndicatorDefinition("Innovationsgrad/Innovationsmognad", IndicatorKind.SCALE_1_5, "nivå 1–5",
                decisionReference, List.of("a", "b", "c", "d", "e"),
                new Threshold(BigDecimal.valueOf(2), ThresholdComparison.ABOVE), "Nivåtexterna är illustrativa");
    }

    @Test
    void definingAnIndicatorAnswersCreatedAtVersionZero() throws Exception {
        String location = post("/api/indicators", MATURITY.formatted(""))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn().getResponse().getHeader("Location");

        ArgumentCaptor<DefineIndicator> command = ArgumentCaptor.forClass(DefineIndicator.class);
        verify(commands).send(command.capture(), eq(new Justification(null, "Innovationsbokslut 2021, rad 91-93")));
        IndicatorId id = command.getValue().indicatorId();
        assertThat(id.value()).startsWith("indicator-");
        assertThat(location).isEqualTo("/api/indicators/" + id);
        assertThat(command.getValue().definition()).isEqualTo(maturity(null));
    }

    @Test
    void revisingNamesTheVersionRead() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(1L);
        post("/api/indicators/indicator-mognad/revise", MATURITY.formatted(
                "\"decisionReference\": \"RS 2022-0001\", \"changeNote\": \"Beslut\","), "\"0\"")
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        verify(commands).send(eq(new ReviseIndicator(IndicatorId.of("indicator-mognad"), maturity("RS 2022-0001"),
                "Beslut", 0L)), any());
    }

    @Test
    void aDefinitionWithoutItsFactsIsRefusedBeforeSending() {
        assertThatThrownBy(() -> post("/api/indicators", """
                {"wording": "Mognad", "unit": "nivå", "reason": "test"}"""))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("kind is required");
        verifyNoInteractions(commands);
    }

    @Test
    void openingAPeriodAnswersTheIdTheLedgerDerived() throws Exception {
        when(commands.send(any(), any())).thenReturn(PERIOD.value());
        post("/api/reporting-periods", """
                {"indicatorId": "indicator-mognad", "year": 2021, "population": ["unit-locum", "unit-aisab"],
                 "opensOn": "2021-11-01", "dueOn": "2022-01-31", "reason": "Årsrapportering"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", "/api/reporting-periods/" + PERIOD))
                .andExpect(jsonPath("$.id").value(PERIOD.value()));
        verify(commands).send(eq(new OpenReportingPeriod(IndicatorId.of("indicator-mognad"), null, 2021,
                List.of(LOCUM, OrganisationUnitId.of("unit-aisab")), LocalDate.of(2021, 11, 1),
                LocalDate.of(2022, 1, 31))), eq(new Justification("Årsrapportering", null)));
    }

    @Test
    void submissionsCorrectionsNonResponsesAndClosureBecomeTheirCommands() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(5L);

        post("/api/reporting-periods/period-2021/submissions", """
                {"unitId": "unit-locum", "value": 2.60, "submittedOn": "2022-01-20", "comment": "Självskattning",
                 "documentRef": "Locums årsrapport"}""", "\"4\"")
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.id").value(PERIOD.value()));
        verify(commands).send(eq(new SubmitIndicatorValue(PERIOD, LOCUM, IndicatorValue.of("2.6"),
                LocalDate.of(2022, 1, 20), "Självskattning", 4L)), any());

        post("/api/reporting-periods/period-2021/submissions", """
                {"unitId": "unit-aisab", "value": true, "submittedOn": "2022-01-21", "reason": "Svar"}""")
                .andExpect(status().isOk());
        verify(commands).send(eq(new SubmitIndicatorValue(PERIOD, OrganisationUnitId.of("unit-aisab"),
                IndicatorValue.of(true), LocalDate.of(2022, 1, 21), null, null)), any());

        post("/api/reporting-periods/period-2021/submissions/unit-locum/correction", """
                {"correctedValue": 3, "correctedOn": "2022-01-25", "reason": "Felskrivning"}""")
                .andExpect(status().isOk());
        verify(commands).send(eq(new CorrectIndicatorValue(PERIOD, LOCUM, IndicatorValue.of("3"),
                LocalDate.of(2022, 1, 25), null, null)), any());

        post("/api/reporting-periods/period-2021/non-responses", """
                {"unitId": "unit-locum", "nonResponseReason": "Inget svar", "recordedOn": "2022-02-01",
                 "reason": "Påminnelse utan svar"}""")
                .andExpect(status().isOk());
        verify(commands).send(eq(new RecordNonResponse(PERIOD, LOCUM, "Inget svar", LocalDate.of(2022, 2, 1), null)),
                eq(new Justification("Påminnelse utan svar", null)));

        post("/api/reporting-periods/period-2021/closure", """
                {"closedOn": "2022-02-15", "reason": "Bokslut"}""", "\"9\"")
                .andExpect(status().isOk());
        verify(commands).send(eq(new CloseReportingPeriod(PERIOD, LocalDate.of(2022, 2, 15), 9L)), any());
    }

    @Test
    void aValueIsABooleanOrANumberNeverText() throws Exception {
        post("/api/reporting-periods/period-2021/submissions", """
                {"unitId": "unit-locum", "value": "2.5", "submittedOn": "2022-01-20", "reason": "x"}""")
                .andExpect(status().isBadRequest());
        assertThatThrownBy(() -> post("/api/reporting-periods/period-2021/submissions", """
                {"unitId": "unit-locum", "submittedOn": "2022-01-20", "reason": "x"}"""))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessage("value is required");
        verifyNoInteractions(commands);
    }
}

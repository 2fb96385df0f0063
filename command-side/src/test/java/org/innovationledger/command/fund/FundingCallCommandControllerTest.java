package org.innovationledger.command.fund;

import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.fund.AssessFundingApplication;
import org.innovationledger.kernel.fund.CloseFundingCall;
import org.innovationledger.kernel.fund.FollowUpStatus;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.GrantFundingApplication;
import org.innovationledger.kernel.fund.OpenFundingCall;
import org.innovationledger.kernel.fund.Recommendation;
import org.innovationledger.kernel.fund.RejectFundingApplication;
import org.innovationledger.kernel.fund.ReportGrantFollowUp;
import org.innovationledger.kernel.fund.SubmitFundingApplication;
import org.innovationledger.kernel.initiative.InitiativeId;
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

import java.time.LocalDate;

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

/** The fund's JSON, paths and If-Match become the contract's commands; the rules are the aggregate's. */
class FundingCallCommandControllerTest {

    private static final FundingCallId CALL = FundingCallId.of("call-2021-1");
    private static final FundingApplicationId APP = FundingApplicationId.of("app-spolstol");
    private static final LocalDate DECIDED = LocalDate.of(2021, 5, 7);

    private LedgerCommands commands;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        commands = mock(LedgerCommands.class);
        // the answer is built by LedgerCommands itself; only sending is stubbed
        doCallRealMethod().when(commands).changed(any(), any(), any());
        doCallRealMethod().when(commands).change(any(), any(), any(), any());
        mvc = MockMvcBuilders.standaloneSetup(new FundingCallCommandController(commands)).build();
    }

    private ResultActions post(String path, String json, String... ifMatch) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch.length > 0) {
            request.header("If-Match", ifMatch[0]);
        }
        return mvc.perform(request);
    }

    @Test
    void openingACallAnswersCreatedAtVersionZero() throws Exception {
        String location = post("/api/funding-calls", """
                {"fund": "Innovationsfonden", "round": 1, "year": 2021,
                 "budget": {"amount": 7500000, "currency": "SEK"}, "opensOn": "2021-01-11", "closesOn": "2021-03-12",
                 "criteria": "Nyskapande produkter, tjänster och metoder", "documentRef": "RS 2019-0672"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");

        ArgumentCaptor<OpenFundingCall> command = ArgumentCaptor.forClass(OpenFundingCall.class);
        verify(commands).send(command.capture(), eq(new Justification(null, "RS 2019-0672")));
        assertThat(command.getValue().callId().value()).startsWith("call-");
        assertThat(location).isEqualTo("/api/funding-calls/" + command.getValue().callId());
        assertThat(command.getValue()).isEqualTo(new OpenFundingCall(command.getValue().callId(), "Innovationsfonden",
                1, 2021, Money.of("7500000", "SEK"), LocalDate.of(2021, 1, 11), LocalDate.of(2021, 3, 12),
                "Nyskapande produkter, tjänster och metoder"));
    }

    @Test
    void aSubmissionAnswersCreatedWithTheApplicationsIdAndTheCallsVersion() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(3L);

        String location = post("/api/funding-calls/call-2021-1/applications", """
                {"kind": "IMPLEMENTATION", "title": "Intraoral scanning", "applicantUnitId": "unit-ftv",
                 "initiativeId": "ini-scanning", "requested": {"amount": "350000.50", "currency": "SEK"},
                 "submittedOn": "2021-03-01", "reason": "Ansökan inkommen"}""", "\"2\"")
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.version").value(3))
                .andReturn().getResponse().getHeader("Location");

        ArgumentCaptor<SubmitFundingApplication> command = ArgumentCaptor.forClass(SubmitFundingApplication.class);
        verify(commands).send(command.capture(), eq(new Justification("Ansökan inkommen", null)));
        FundingApplicationId id = command.getValue().applicationId();
        assertThat(id.value()).startsWith("app-");
        assertThat(location).isEqualTo("/api/funding-calls/call-2021-1/applications/" + id);
        assertThat(command.getValue()).isEqualTo(new SubmitFundingApplication(CALL, id,
                ApplicationKind.IMPLEMENTATION, "Intraoral scanning", OrganisationUnitId.of("unit-ftv"),
                InitiativeId.of("ini-scanning"), Money.of("350000.50", "SEK"), LocalDate.of(2021, 3, 1), 2L));
    }

    @Test
    void closureAssessmentGrantRejectionAndFollowUpBecomeTheirCommands() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(7L);

        post("/api/funding-calls/call-2021-1/closure", """
                {"closedOn": "2021-03-12", "reason": "Utlysningen stängd"}""", "\"6\"")
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"7\""))
                .andExpect(jsonPath("$.id").value("call-2021-1"));
        verify(commands).send(eq(new CloseFundingCall(CALL, LocalDate.of(2021, 3, 12), 6L)), any());

        post("/api/funding-calls/call-2021-1/applications/app-spolstol/assessment", """
                {"assessment": "Tydligt behov", "score": 80, "recommendation": "GRANT",
                 "assessedBy": "Innovationsfondens bedömningsgrupp", "assessedOn": "2021-04-16", "reason": "Bedömning"}
                """).andExpect(status().isOk());
        verify(commands).send(eq(new AssessFundingApplication(CALL, APP, "Tydligt behov", 80, Recommendation.GRANT,
                "Innovationsfondens bedömningsgrupp", LocalDate.of(2021, 4, 16), null)), any());

        post("/api/funding-calls/call-2021-1/applications/app-spolstol/grant", """
                {"amount": {"amount": 200000, "currency": "SEK"}, "decidedOn": "2021-05-07",
                 "documentRef": "Beslut 2021-05-07"}""", "\"5\"").andExpect(status().isOk());
        verify(commands).send(eq(new GrantFundingApplication(CALL, APP, Money.of("200000", "SEK"), DECIDED, 5L)),
                eq(new Justification(null, "Beslut 2021-05-07")));

        post("/api/funding-calls/call-2021-1/applications/app-spolstol/rejection", """
                {"rejectionReason": "Utanför fondens syfte", "decidedOn": "2021-05-07", "reason": "Beslut i fonden"}
                """).andExpect(status().isOk());
        verify(commands).send(eq(new RejectFundingApplication(CALL, APP, "Utanför fondens syfte", DECIDED, null)),
                eq(new Justification("Beslut i fonden", null)));

        post("/api/funding-calls/call-2021-1/applications/app-spolstol/follow-ups", """
                {"reportedOn": "2021-12-15", "text": "Prototyp testad", "status": "DELAYED",
                 "spent": {"amount": 90000, "currency": "SEK"}, "reason": "Uppföljning"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(7));
        verify(commands).send(eq(new ReportGrantFollowUp(CALL, APP, LocalDate.of(2021, 12, 15), "Prototyp testad",
                FollowUpStatus.DELAYED, Money.of("90000", "SEK"), null)), any());
    }

    @Test
    void anEmptyBodyIsInvalidInputAndNothingIsSent() {
        for (String path : new String[]{"/api/funding-calls", "/api/funding-calls/x-1/closure",
                "/api/funding-calls/x-1/applications", "/api/funding-calls/x-1/applications/x-1/assessment",
                "/api/funding-calls/x-1/applications/x-1/grant", "/api/funding-calls/x-1/applications/x-1/rejection",
                "/api/funding-calls/x-1/applications/x-1/follow-ups"}) {
            assertThatThrownBy(() -> post(path, "{}")).as(path)
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
        }
        verifyNoInteractions(commands);
    }

    @Test
    void aMalformedIdOrIfMatchIsInvalidInput() {
        assertThatThrownBy(() -> post("/api/funding-calls/not an id/closure", "{\"closedOn\": \"2021-03-12\","
                + " \"reason\": \"x\"}")).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> post("/api/funding-calls/call-1/closure", "{\"closedOn\": \"2021-03-12\","
                + " \"reason\": \"x\"}", "W/\"1\"")).hasRootCauseInstanceOf(IllegalArgumentException.class);
        verifyNoInteractions(commands);
    }
}

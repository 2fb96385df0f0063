package org.innovationledger.command.agreement;

import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.agreement.*;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agreement endpoints' JSON and If-Match become the contract's commands; rules are the aggregate's. */
class AgreementCommandControllerTest {

    private static final AgreementId ID = AgreementId.of("agreement-ini-1-1");
    private static final String CONTENT_JSON = """
            "title": "Partneravtal fallprevention", "type": "PARTNER",
            "parties": [{"unitId": "unit-region", "role": "region"},
                        {"partnerId": "partner-medtech", "role": "företagspartner"}],
            "valueModel": {"id": "vm-fall", "version": 2},
            "terms": {"costPrinciple": "EACH_PARTY_OWN_COSTS", "resultOwnership": "JOINT",
                      "publicationRights": "Gemensam publicering", "exitTerms": "Tre månaders uppsägning"},
            "followUps": [{"date": "2024-09-01"}, {"id": "SLUT", "date": "2025-03-01"}],
            "milestones": [{"date": "2024-12-01", "description": "Halvtid"}],
            "validFrom": "2024-05-01", "validUntil": "2025-12-31", "expectedResults": "Färre fall",
            """;
    private static final AgreementContent CONTENT = new AgreementContent("Partneravtal fallprevention",
            AgreementType.PARTNER, List.of(AgreementParty.unit(OrganisationUnitId.of("unit-region"), "region"),
            AgreementParty.partner(PartnerId.of("partner-medtech"), "företagspartner")),
            new ValueModelRef(ValueModelId.of("vm-fall"), 2),
            new AgreementTerms(CostPrinciple.EACH_PARTY_OWN_COSTS, null, ResultOwnership.JOINT, null,
                    "Gemensam publicering", null, "Tre månaders uppsägning"),
            List.of(new FollowUpDate("F1", LocalDate.of(2024, 9, 1)), new FollowUpDate("SLUT", LocalDate.of(2025, 3, 1))),
            List.of(new Milestone("M1", LocalDate.of(2024, 12, 1), "Halvtid")),
            LocalDate.of(2024, 5, 1), LocalDate.of(2025, 12, 31), "Färre fall");

    private LedgerCommands commands;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        commands = mock(LedgerCommands.class);
        // the answer is built by LedgerCommands itself; only sending is stubbed
        doCallRealMethod().when(commands).changed(any(), any(), any());
        doCallRealMethod().when(commands).change(any(), any(), any(), any());
        mvc = MockMvcBuilders.standaloneSetup(new AgreementCommandController(commands)).build();
    }

    @Test
    void draftSendsTheContentForTheInitiativeAndAnswersCreatedAtTheIdTheLedgerGave() throws Exception {
        when(commands.send(any(), any())).thenReturn(ID.value());

        mvc.perform(post("/api/agreements").contentType(MediaType.APPLICATION_JSON).content("{"
                        + "\"initiativeId\": \"ini-1\"," + CONTENT_JSON + "\"documentRef\": \"RV 2024-0311\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/agreements/" + ID))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(ID.value()));

        verify(commands).send(eq(new DraftAgreement(InitiativeId.of("ini-1"), CONTENT)),
                eq(new Justification(null, "RV 2024-0311")));
    }

    @Test
    void reviseReplacesTheContentButNeverTheInitiative() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(1L);

        mvc.perform(post("/api/agreements/" + ID + "/draft-revisions").header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{" + CONTENT_JSON + "\"reason\": \"r\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        verify(commands).send(eq(new ReviseAgreementDraft(ID, CONTENT, 0L)), any());

        assertThatThrownBy(() -> mvc.perform(post("/api/agreements/" + ID + "/draft-revisions")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"initiativeId\": \"ini-2\"," + CONTENT_JSON + "\"reason\": \"r\"}")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("initiative");
    }

    @Test
    void signatureAnswersTheNewVersion() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(3L);

        mvc.perform(post("/api/agreements/" + ID + "/signatures").header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"party": "partner-medtech", "signatory": "Eva Ek, VD", "signedOn": "2024-04-25",
                                 "documentRef": "Avtal RV 2024-0311"}"""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.id").value(ID.value()))
                .andExpect(jsonPath("$.version").value(3));

        verify(commands).send(eq(new SignAgreement(ID, "partner-medtech", "Eva Ek, VD", LocalDate.of(2024, 4, 25), 1L)),
                eq(new Justification(null, "Avtal RV 2024-0311")));
    }

    @Test
    void amendmentDecisionPointTerminationAndExpiryBecomeTheirCommands() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(5L);

        mvc.perform(post("/api/agreements/" + ID + "/amendments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"amendmentId": "T1", "summary": "Förlängning", "validUntil": "2026-06-30",
                         "followUps": [{"date": "2026-03-01"}], "documentRef": "Tillägg 1"}"""))
                .andExpect(status().isOk());
        verify(commands).send(eq(new AmendAgreement(ID, "T1", "Förlängning", null,
                List.of(new FollowUpDate("F1", LocalDate.of(2026, 3, 1))), null, null, LocalDate.of(2026, 6, 30),
                null, null)), eq(new Justification(null, "Tillägg 1")));

        mvc.perform(post("/api/agreements/" + ID + "/decision-points").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"milestoneId": "M1", "decidedOn": "2024-12-02", "rationale": "Indikatorerna följs",
                                 "positions": [{"party": "unit-region", "position": "CONTINUE"},
                                               {"party": "partner-medtech", "position": "RE_EVALUATE"}],
                                 "reason": "Styrgruppsmöte"}"""))
                .andExpect(status().isOk());
        verify(commands).send(eq(new RecordAgreementDecisionPoint(ID, "M1", List.of(
                new PartyAgreementPosition("unit-region", AgreementPosition.CONTINUE),
                new PartyAgreementPosition("partner-medtech", AgreementPosition.RE_EVALUATE)),
                LocalDate.of(2024, 12, 2), "Indikatorerna följs", null)), any());

        mvc.perform(post("/api/agreements/" + ID + "/termination").contentType(MediaType.APPLICATION_JSON).content("""
                        {"endedBy": ["partner-medtech"], "reason": "Bolaget avslutar", "terminatedOn": "2025-01-10"}"""))
                .andExpect(status().isOk());
        verify(commands).send(eq(new TerminateAgreement(ID, List.of("partner-medtech"), "Bolaget avslutar",
                LocalDate.of(2025, 1, 10), null)), eq(new Justification("Bolaget avslutar", null)));

        mvc.perform(post("/api/agreements/" + ID + "/expiry").header("If-Match", "\"4\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Giltighetstiden löpte ut\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""));
        verify(commands).send(eq(new RecordAgreementExpiry(ID, 4L)), any());
    }

    @Test
    void anEmptyBodyIsInvalidInputAndNothingIsSent() {
        for (String path : List.of("", "/" + ID + "/draft-revisions", "/" + ID + "/signatures",
                "/" + ID + "/amendments", "/" + ID + "/decision-points", "/" + ID + "/termination",
                "/" + ID + "/expiry")) {
            assertThatThrownBy(() -> mvc.perform(post("/api/agreements" + path)
                    .contentType(MediaType.APPLICATION_JSON).content("{}")))
                    .as(path).hasRootCauseInstanceOf(IllegalArgumentException.class);
        }
        verify(commands, never()).send(any(), any());
    }
}

package org.innovationledger.command.initiative;

import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.EndInitiativeSharing;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.ShareInitiative;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

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

/** The sharing endpoints' JSON and If-Match become the contract's commands; rules are the aggregate's. */
class InitiativeSharingEndpointsTest {

    private static final InitiativeId TRIAGE = InitiativeId.of("ini-triage");
    private static final TenantId SKANE = TenantId.of("region-skane");

    private LedgerCommands commands;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        commands = mock(LedgerCommands.class);
        // the answer is built by LedgerCommands itself; only sending is stubbed
        doCallRealMethod().when(commands).changed(any(), any(), any());
        doCallRealMethod().when(commands).change(any(), any(), any(), any());
        mvc = MockMvcBuilders.standaloneSetup(new InitiativeCommandController(commands)).build();
    }

    @Test
    void shareSendsTheRegionWithTheIfMatchVersionAndJustificationAndAnswersTheNewVersion() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(4L);

        mvc.perform(post("/api/initiatives/ini-triage/shares").header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"tenant": "region-skane", "reason": "Gemensamt projekt", "documentRef": "RS 2024-0815"}
                                """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.id").value("ini-triage"))
                .andExpect(jsonPath("$.version").value(4));

        verify(commands).send(eq(new ShareInitiative(TRIAGE, SKANE, 3L)),
                eq(new Justification("Gemensamt projekt", "RS 2024-0815")));
    }

    @Test
    void endSharingNamesTheRegionInThePathAndWithoutIfMatchExpectsNoVersion() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(5L);

        mvc.perform(post("/api/initiatives/ini-triage/shares/region-skane/end")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"documentRef\": \"RS 2025-0101\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.version").value(5));

        verify(commands).send(eq(new EndInitiativeSharing(TRIAGE, SKANE, null)),
                eq(new Justification(null, "RS 2025-0101")));
    }

    @Test
    void aMissingOrMalformedRegionIsInvalidInputAndNothingIsSent() {
        assertThatThrownBy(() -> mvc.perform(post("/api/initiatives/ini-triage/shares")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Gemensamt projekt\"}")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("tenant");
        assertThatThrownBy(() -> mvc.perform(post("/api/initiatives/ini-triage/shares")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"tenant\": \"Region Skåne\", \"reason\": \"Gemensamt projekt\"}")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mvc.perform(post("/api/initiatives/ini-triage/shares/REGION_SKANE/end")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Projektet slut\"}")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        verify(commands, never()).send(any(), any());
    }

    @Test
    void aShareWithoutReasonOrDocumentIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> mvc.perform(post("/api/initiatives/ini-triage/shares")
                .contentType(MediaType.APPLICATION_JSON).content("{\"tenant\": \"region-skane\"}")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("reason or a document reference");
        verify(commands, never()).send(any(), any());
    }
}

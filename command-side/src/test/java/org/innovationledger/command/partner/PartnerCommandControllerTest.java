package org.innovationledger.command.partner;

import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.RegisterPartnerOrganisation;
import org.innovationledger.kernel.partner.RenamePartnerOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The partner endpoints' JSON and If-Match become the contract's commands; rules are the aggregate's. */
class PartnerCommandControllerTest {

    private LedgerCommands commands;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        commands = mock(LedgerCommands.class);
        mvc = MockMvcBuilders.standaloneSetup(new PartnerCommandController(commands)).build();
    }

    @Test
    void registerAnswersCreatedAtTheIdTheLedgerGaveThePartner() throws Exception {
        when(commands.send(any(), any())).thenReturn("partner-3f2b");

        mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Medtech AB", "kind": "COMPANY", "organisationNumber": "5560125790", "country": "SE",
                         "reason": "Partnerskap inlett", "documentRef": "RV 2019-0107"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/partners/partner-3f2b"))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value("partner-3f2b"))
                .andExpect(jsonPath("$.version").value(0));

        verify(commands).send(eq(new RegisterPartnerOrganisation("Medtech AB", PartnerKind.COMPANY, "556012-5790",
                "SE")), eq(new Justification("Partnerskap inlett", "RV 2019-0107")));
    }

    @Test
    void renameSendsTheIfMatchVersionAndAnswersTheNewVersion() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(2L);

        mvc.perform(post("/api/partners/partner-3f2b/rename").header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newName": "Medtech Nordic AB", "effectiveFrom": "2023-05-01", "reason": "Namnbyte"}"""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.id").value("partner-3f2b"));

        verify(commands).send(eq(new RenamePartnerOrganisation(PartnerId.of("partner-3f2b"), "Medtech Nordic AB",
                LocalDate.of(2023, 5, 1), 1L)), any());
    }

    @Test
    void malformedNumberOrMissingJustificationIsInvalidInputAndNothingIsSent() {
        assertThatThrownBy(() -> mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "Medtech AB", "kind": "COMPANY", "organisationNumber": "12", "country": "SE", "reason": "r"}""")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("ten digits");
        assertThatThrownBy(() -> mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON)
                .content("{}")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        verifyNoInteractions(commands);
    }
}

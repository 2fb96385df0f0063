package org.innovationledger.command.accounts;

import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.accounts.AccountsSection;
import org.innovationledger.kernel.accounts.NarrativeText;
import org.innovationledger.kernel.accounts.PublishInnovationAccountsEdition;
import org.innovationledger.kernel.common.Justification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The edition's JSON becomes the contract's command with a new id; the rules are the aggregate's. */
class InnovationAccountsCommandControllerTest {

    private LedgerCommands commands;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        commands = mock(LedgerCommands.class);
        mvc = MockMvcBuilders.standaloneSetup(new InnovationAccountsCommandController(commands)).build();
    }

    private ResultActions post(String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/innovation-accounts/editions")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void publishingAnswersCreatedWithTheNewEditionsIdAtVersionZero() throws Exception {
        String location = post("""
                {"year": 2021, "title": "Innovationsbokslut 2021", "language": "sv",
                 "narrative": [{"section": "COLLABORATION", "text": "Samverkan"},
                               {"section": "BACKGROUND_AND_SUMMARY", "text": "Bakgrund"}],
                 "position": 812, "reason": "Beslut i regionstyrelsen", "documentRef": "RS 2022-0123"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");

        ArgumentCaptor<PublishInnovationAccountsEdition> command =
                ArgumentCaptor.forClass(PublishInnovationAccountsEdition.class);
        verify(commands).send(command.capture(), eq(new Justification("Beslut i regionstyrelsen", "RS 2022-0123")));
        assertThat(command.getValue().editionId().value()).startsWith("accounts-");
        assertThat(location).isEqualTo("/api/innovation-accounts/editions/" + command.getValue().editionId());
        assertThat(command.getValue()).isEqualTo(new PublishInnovationAccountsEdition(command.getValue().editionId(),
                2021, "Innovationsbokslut 2021", "sv", List.of(
                new NarrativeText(AccountsSection.BACKGROUND_AND_SUMMARY, "Bakgrund"),
                new NarrativeText(AccountsSection.COLLABORATION, "Samverkan")), 812L));
    }

    @Test
    void onlyTheYearIsNeeded() throws Exception {
        post("""
                {"year": 2021, "documentRef": "RS 2022-0123"}""").andExpect(status().isCreated());

        ArgumentCaptor<PublishInnovationAccountsEdition> command =
                ArgumentCaptor.forClass(PublishInnovationAccountsEdition.class);
        verify(commands).send(command.capture(), eq(new Justification(null, "RS 2022-0123")));
        assertThat(command.getValue()).isEqualTo(new PublishInnovationAccountsEdition(command.getValue().editionId(),
                2021, "Innovationsbokslut 2021", "sv", List.of(), null));
    }

    @Test
    void anEmptyBodyOrAWrongLanguageOrANegativePositionIsInvalidInputAndNothingIsSent() {
        for (String json : new String[]{"{}", "{\"year\": 2021, \"language\": \"de\", \"reason\": \"x\"}",
                "{\"year\": 2021, \"position\": -1, \"reason\": \"x\"}",
                "{\"year\": 2021, \"narrative\": [{\"section\": \"COLLABORATION\", \"text\": \"a\"},"
                        + " {\"section\": \"COLLABORATION\", \"text\": \"b\"}], \"reason\": \"x\"}"}) {
            assertThatThrownBy(() -> post(json)).as(json).hasRootCauseInstanceOf(IllegalArgumentException.class);
        }
        verifyNoInteractions(commands);
    }
}

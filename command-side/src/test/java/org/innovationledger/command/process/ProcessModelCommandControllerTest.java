package org.innovationledger.command.process;

import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.DefineProcessModel;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.GateDefinition.Transition;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ReviseProcessModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
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

/** The API's JSON becomes the contract's commands; rules are the aggregate's (see ProcessModelTest). */
class ProcessModelCommandControllerTest {

    private static final String MODEL_JSON = """
            "name": "Snabbspår",
            "source": "Beslut i innovationsrådet",
            "phases": [
              {"code": "BEHOV", "name": "Behov", "stage": "INTAKE"},
              {"code": "TEST", "name": "Test", "stage": "TEST", "entryRequirements": ["CARE_UNIT_ANCHORING"]}
            ],
            "gates": [
              {"code": "G1", "name": "Till test", "fromPhase": "BEHOV",
               "transitions": [{"outcome": "PROCEED", "toPhase": "TEST"}, {"outcome": "DISCONTINUE"}]}
            ],
            "startPhase": "BEHOV",
            "excludedCaseTypes": ["CLINICAL_TRIAL"],
            "partnership": true,
            """;

    private static final ProcessModelDefinition MODEL = new ProcessModelDefinition("Snabbspår",
            "Beslut i innovationsrådet",
            List.of(new PhaseDefinition("BEHOV", "Behov", PhaseStage.INTAKE, Set.of()),
                    new PhaseDefinition("TEST", "Test", PhaseStage.TEST, Set.of(EntryRequirement.CARE_UNIT_ANCHORING))),
            List.of(new GateDefinition("G1", "Till test", "BEHOV", List.of(
                    new Transition(GateOutcome.PROCEED, "TEST"), new Transition(GateOutcome.DISCONTINUE, null)))),
            "BEHOV", Set.of(CaseType.CLINICAL_TRIAL), true);

    private LedgerCommands commands;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        commands = mock(LedgerCommands.class);
        mvc = MockMvcBuilders.standaloneSetup(new ProcessModelCommandController(commands)).build();
    }

    @Test
    void defineSendsTheDefinitionWithItsJustificationAndAnswersCreatedAtVersionZero() throws Exception {
        String body = "{" + MODEL_JSON + "\"reason\": \"Egen modell\", \"documentRef\": \"RS 2024-0101\"}";

        String location = mvc.perform(post("/api/process-models").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");

        ArgumentCaptor<DefineProcessModel> command = ArgumentCaptor.forClass(DefineProcessModel.class);
        verify(commands).send(command.capture(), any());
        assertThat(command.getValue().definition()).isEqualTo(MODEL);
        assertThat(command.getValue().modelId().value()).startsWith("pm-");
        assertThat(location).isEqualTo("/api/process-models/" + command.getValue().modelId());
        verify(commands).send(any(), eq(new Justification("Egen modell", "RS 2024-0101")));
    }

    @Test
    void reviseSendsTheIfMatchVersionAndChangeNoteAndAnswersTheNewVersion() throws Exception {
        when(commands.<Long>send(any(), any())).thenReturn(3L);
        String body = "{" + MODEL_JSON + "\"changeNote\": \"Krav före test\", \"reason\": \"Lärdom från pilot\"}";

        mvc.perform(post("/api/process-models/pm-snabbspar/revise").header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.id").value("pm-snabbspar"))
                .andExpect(jsonPath("$.version").value(3));

        verify(commands).send(eq(new ReviseProcessModel(
                ProcessModelId.of("pm-snabbspar"), MODEL, "Krav före test", 2L)), any());
    }

    @Test
    void inconsistentDefinitionIsRefusedBeforeAnythingIsSent() {
        String body = "{" + MODEL_JSON.replace("\"startPhase\": \"BEHOV\"", "\"startPhase\": \"IDE\"")
                + "\"reason\": \"Egen modell\"}";

        assertThatThrownBy(() -> mvc.perform(post("/api/process-models")
                .contentType(MediaType.APPLICATION_JSON).content(body)))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("start phase IDE is not a phase of the model");
        verifyNoInteractions(commands);
    }

    @Test
    void transitionWithoutOutcomeIsRefused() {
        String body = "{" + MODEL_JSON.replace("{\"outcome\": \"DISCONTINUE\"}", "{\"toPhase\": \"TEST\"}")
                + "\"reason\": \"Egen modell\"}";

        assertThatThrownBy(() -> mvc.perform(post("/api/process-models")
                .contentType(MediaType.APPLICATION_JSON).content(body)))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("gate G1: every transition needs an outcome");
        verifyNoInteractions(commands);
    }
}

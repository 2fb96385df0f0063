package org.innovationledger.kernel.process;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.innovationledger.kernel.common.TenantId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessModelContractTest {

    private static final ProcessModelId MODEL = ProcessModelId.of("pm-egen");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");

    /** The event store's serializer (axon.serializer.events: jackson). */
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void eventsSurviveTheEventStoresSerializerWithRevisionOne() {
        // the VLL definition uses every part of a definition: entry requirements, exclusions, null transitions
        ProcessModelDefined defined = new ProcessModelDefined(MODEL, STOCKHOLM, 1,
                BuiltInProcessModels.VLL_PARTNERSHIP_V1);
        ProcessModelRevised revised = new ProcessModelRevised(MODEL, 2, BuiltInProcessModels.VGR_EARLY_PHASE_V1,
                "Tidiga faser enligt VGR");

        for (Object event : List.of(defined, revised)) {
            SerializedObject<String> stored = serializer.serialize(event, String.class);
            assertThat(stored.getType().getRevision()).isEqualTo("1");
            Object read = serializer.deserialize(stored);
            assertThat(read).isEqualTo(event);
        }
    }

    @Test
    void viewSurvivesSerialisationAcrossProcesses() {
        ProcessModelView view = new ProcessModelView(BuiltInProcessModels.GENERIC_STAGE_GATE, null, true,
                BuiltInProcessModels.GENERIC_STAGE_GATE_V1, List.of(1), 0);

        assertThat(serializer.deserialize(serializer.serialize(view, String.class)).equals(view)).isTrue();
    }

    @Test
    void commandsNeedAnIdAndADefinition() {
        assertThatThrownBy(() -> new DefineProcessModel(null, BuiltInProcessModels.GENERIC_STAGE_GATE_V1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DefineProcessModel(MODEL, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("definition");
        assertThatThrownBy(() -> new ReviseProcessModel(MODEL, null, "ny", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("definition");
    }

    @Test
    void revisionSaysWhatChanged() {
        assertThatThrownBy(() -> new ReviseProcessModel(MODEL, BuiltInProcessModels.GENERIC_STAGE_GATE_V1, "  ", 0L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changeNote is required");
        assertThat(new ReviseProcessModel(MODEL, BuiltInProcessModels.GENERIC_STAGE_GATE_V1, " Ny grind ", 0L)
                .changeNote()).isEqualTo("Ny grind");
    }

    @Test
    void findAsksForTheNewestOrAPositiveVersion() {
        assertThat(new FindProcessModel(STOCKHOLM, MODEL, null).version()).isNull();
        assertThat(new FindProcessModel(STOCKHOLM, MODEL, 2).version()).isEqualTo(2);
        assertThatThrownBy(() -> new FindProcessModel(STOCKHOLM, MODEL, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start at 1");
    }
}

package org.innovationledger.command.mission;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.mission.MissionRenamed;
import org.innovationledger.kernel.mission.ProgrammeAreasPrioritised;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedIdentified;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventSourcedMissionDirectoryTest {

    private static final TenantId HOVEDSTADEN = TenantId.of("region-hovedstaden");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final MissionId HEALTH = MissionId.of("mission-health-where-you-are");
    private static final MissionId STOCKHOLM_MISSION = MissionId.of("mission-stockholm");

    private EmbeddedEventStore eventStore;
    private EventSourcedMissionDirectory directory;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        directory = new EventSourcedMissionDirectory(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    @Test
    void definedMissionBelongsToItsTenantAlsoAfterRenamesAndAreas() {
        DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(
                new GenericDomainEventMessage<>("Mission", HEALTH.value(), 0, new MissionDefined(HEALTH, HOVEDSTADEN,
                        "Sundhed, hvor du er", "Et sundhedsvæsen, der er nært", null)),
                new GenericDomainEventMessage<>("Mission", HEALTH.value(), 1,
                        new MissionRenamed(HEALTH, "Sundhed, hvor du er", "Sundhed, hvor du er – mere liv")),
                new GenericDomainEventMessage<>("Mission", HEALTH.value(), 2,
                        new ProgrammeAreasPrioritised(HEALTH, List.of("Hjemmebehandling")))));
        eventStore.publish(new GenericDomainEventMessage<>("Mission", STOCKHOLM_MISSION.value(), 0,
                new MissionDefined(STOCKHOLM_MISSION, STOCKHOLM, "Vård nära dig", "Mer vård i hemmet", null)));

        assertThat(directory.ownerOf(HEALTH)).contains(HOVEDSTADEN);
        assertThat(directory.ownerOf(STOCKHOLM_MISSION)).contains(STOCKHOLM);
    }

    @Test
    void unknownIdIsEmpty() {
        assertThat(directory.ownerOf(MissionId.of("mission-nowhere"))).isEmpty();
    }

    @Test
    void streamOfAnotherAggregateTypeIsNoMission() {
        String id = "shared-id";
        eventStore.publish(new GenericDomainEventMessage<>("Need", id, 0, new NeedIdentified(NeedId.of(id),
                HOVEDSTADEN, "Hjemmemonitorering", null, NeedSource.PATIENT, OrganisationUnitId.of("unit-rigshospitalet"))));

        assertThat(directory.ownerOf(MissionId.of(id))).isEmpty();
    }
}

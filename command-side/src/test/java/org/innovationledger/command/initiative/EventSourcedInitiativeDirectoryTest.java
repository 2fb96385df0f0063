package org.innovationledger.command.initiative;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.CaseType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventSourcedInitiativeDirectoryTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private final InitiativeId initiative = InitiativeId.of("ini-fett-b");

    private EmbeddedEventStore eventStore;
    private EventSourcedInitiativeDirectory directory;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        directory = new EventSourcedInitiativeDirectory(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    @Test
    void registeredInitiativeBelongsToItsTenant() {
        eventStore.publish(new GenericDomainEventMessage<>("Initiative", initiative.value(), 0,
                new InitiativeRegistered(initiative, VASTERBOTTEN, "FETT-B", null, OrganisationUnitId.of("unit-1"),
                        InitiativeOrigin.PARTNER_OFFER, null, "Medtech-företag", CaseType.INNOVATION,
                        BuiltInProcessModels.GENERIC_STAGE_GATE, "NEED")));

        assertThat(directory.ownerOf(initiative)).contains(VASTERBOTTEN);
    }

    @Test
    void unknownIdOrAnotherAggregateTypeIsNoInitiative() {
        MissionId mission = MissionId.of("mission-1");
        eventStore.publish(new GenericDomainEventMessage<>("Mission", mission.value(), 0,
                new MissionDefined(mission, VASTERBOTTEN, "Mission", "Ambition", null)));

        assertThat(directory.ownerOf(InitiativeId.of("ini-unknown"))).isEmpty();
        assertThat(directory.ownerOf(InitiativeId.of(mission.value()))).isEmpty();
    }
}

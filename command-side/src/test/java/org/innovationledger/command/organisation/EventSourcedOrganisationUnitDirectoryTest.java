package org.innovationledger.command.organisation;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.innovationledger.command.organisation.OrganisationUnitDirectory.KnownUnit;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EventSourcedOrganisationUnitDirectoryTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");

    private EmbeddedEventStore eventStore;
    private EventSourcedOrganisationUnitDirectory directory;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        directory = new EventSourcedOrganisationUnitDirectory(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    private void publishInUnitOfWork(GenericDomainEventMessage<?>... events) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(events));
    }

    private static GenericDomainEventMessage<OrganisationUnitRegistered> registration(
            OrganisationUnitId unitId, TenantId tenant, OrganisationUnitKind kind) {
        return new GenericDomainEventMessage<>("OrganisationUnit", unitId.value(), 0,
                new OrganisationUnitRegistered(unitId, tenant, "Unit " + unitId, kind, null, LocalDate.of(2000, 1, 1)));
    }

    @Test
    void findsTenantAndKindOfARegisteredUnit() {
        OrganisationUnitId unit = OrganisationUnitId.of("unit-karolinska");
        publishInUnitOfWork(registration(unit, STOCKHOLM, OrganisationUnitKind.HOSPITAL));

        assertThat(directory.find(unit))
                .contains(new KnownUnit(unit, STOCKHOLM, OrganisationUnitKind.HOSPITAL));
    }

    @Test
    void tellsUnitsApartAndKeepsTheRegistrationAfterRenames() {
        OrganisationUnitId karolinska = OrganisationUnitId.of("unit-karolinska");
        OrganisationUnitId sus = OrganisationUnitId.of("unit-sus");
        publishInUnitOfWork(registration(karolinska, STOCKHOLM, OrganisationUnitKind.HOSPITAL),
                new GenericDomainEventMessage<>("OrganisationUnit", karolinska.value(), 1,
                        new OrganisationUnitRenamed(karolinska, "Unit unit-karolinska", "Karolinska",
                                LocalDate.of(2010, 1, 1))));
        eventStore.publish(registration(sus, SKANE, OrganisationUnitKind.CLINIC));

        assertThat(directory.find(karolinska))
                .contains(new KnownUnit(karolinska, STOCKHOLM, OrganisationUnitKind.HOSPITAL));
        assertThat(directory.find(sus))
                .contains(new KnownUnit(sus, SKANE, OrganisationUnitKind.CLINIC));
    }

    @Test
    void unknownIdIsEmpty() {
        publishInUnitOfWork(registration(OrganisationUnitId.of("unit-karolinska"), STOCKHOLM,
                OrganisationUnitKind.HOSPITAL));

        assertThat(directory.find(OrganisationUnitId.of("unit-nowhere"))).isEmpty();
    }

    @Test
    void streamOfAnotherAggregateTypeIsNoUnit() {
        String id = "ini-shared-id";
        eventStore.publish(new GenericDomainEventMessage<>("Initiative", id, 0,
                new InitiativeRegistered(InitiativeId.of(id), STOCKHOLM, "AI-triage", null,
                        OrganisationUnitId.of("unit-karolinska"), InitiativeOrigin.PARTNER_OFFER, null, "Medtech AB",
                        CaseType.INNOVATION, BuiltInProcessModels.GENERIC_STAGE_GATE, "NEED")));

        assertThat(directory.find(OrganisationUnitId.of(id))).isEmpty();
    }
}

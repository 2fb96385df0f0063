package org.innovationledger.command.process;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.ProcessModelDefined;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.kernel.process.ProcessModelRevised;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.command.process.ProcessModelTest.FIRST;
import static org.innovationledger.command.process.ProcessModelTest.SECOND;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VGR_EARLY_PHASE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;

class EventSourcedProcessModelCatalogueTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final ProcessModelId OWN = ProcessModelId.of("pm-stockholm-snabbspar");

    private EmbeddedEventStore eventStore;
    private EventSourcedProcessModelCatalogue catalogue;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        catalogue = new EventSourcedProcessModelCatalogue(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    private void publishInUnitOfWork(GenericDomainEventMessage<?>... events) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(events));
    }

    private static GenericDomainEventMessage<?> event(ProcessModelId id, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("ProcessModel", id.value(), sequence, payload);
    }

    /** Versions 1 FIRST, 2 SECOND, 3 FIRST again. */
    private void defineOwnModelWithThreeVersions() {
        publishInUnitOfWork(event(OWN, 0, new ProcessModelDefined(OWN, STOCKHOLM, 1, FIRST)),
                event(OWN, 1, new ProcessModelRevised(OWN, 2, SECOND, "Grind efter test")),
                event(OWN, 2, new ProcessModelRevised(OWN, 3, FIRST, "Tillbaka")));
    }

    @Test
    void builtInModelsAreThereForEveryTenant() {
        for (TenantId tenant : new TenantId[]{STOCKHOLM, SKANE, TenantId.of("region-hovedstaden")}) {
            assertThat(catalogue.find(tenant, VLL_PARTNERSHIP)).contains(BuiltInProcessModels.VLL_PARTNERSHIP_V1);
            assertThat(catalogue.find(tenant, VGR_EARLY_PHASE)).contains(BuiltInProcessModels.VGR_EARLY_PHASE_V1);
            assertThat(catalogue.find(tenant, GENERIC_STAGE_GATE)).contains(BuiltInProcessModels.GENERIC_STAGE_GATE_V1);
            assertThat(catalogue.latest(tenant, VLL_PARTNERSHIP.id())).contains(VLL_PARTNERSHIP);
        }
    }

    @Test
    void unreleasedBuiltInVersionIsUnknown() {
        assertThat(catalogue.find(STOCKHOLM, new ProcessModelRef(VLL_PARTNERSHIP.id(), 2))).isEmpty();
    }

    @Test
    void builtInIdAnswersTheBuiltInModelEvenIfAStreamCarriesItsId() {
        ProcessModelId builtIn = GENERIC_STAGE_GATE.id();
        publishInUnitOfWork(event(builtIn, 0, new ProcessModelDefined(builtIn, STOCKHOLM, 1, FIRST)),
                event(builtIn, 1, new ProcessModelRevised(builtIn, 2, SECOND, "Skuggar")));

        assertThat(catalogue.find(STOCKHOLM, GENERIC_STAGE_GATE)).contains(BuiltInProcessModels.GENERIC_STAGE_GATE_V1);
        assertThat(catalogue.latest(STOCKHOLM, builtIn)).contains(GENERIC_STAGE_GATE);
    }

    @Test
    void everyVersionOfTheTenantsModelIsFoundAsItWasDefined() {
        defineOwnModelWithThreeVersions();

        assertThat(catalogue.find(STOCKHOLM, new ProcessModelRef(OWN, 1))).contains(FIRST);
        assertThat(catalogue.find(STOCKHOLM, new ProcessModelRef(OWN, 2))).contains(SECOND);
        assertThat(catalogue.find(STOCKHOLM, new ProcessModelRef(OWN, 3))).contains(FIRST);
        assertThat(catalogue.find(STOCKHOLM, new ProcessModelRef(OWN, 4))).isEmpty();
        assertThat(catalogue.latest(STOCKHOLM, OWN)).contains(new ProcessModelRef(OWN, 3));
    }

    @Test
    void newlyDefinedModelIsAtVersionOne() {
        publishInUnitOfWork(event(OWN, 0, new ProcessModelDefined(OWN, SKANE, 1, SECOND)));

        assertThat(catalogue.latest(SKANE, OWN)).contains(new ProcessModelRef(OWN, 1));
        assertThat(catalogue.find(SKANE, new ProcessModelRef(OWN, 1))).contains(SECOND);
        assertThat(catalogue.find(SKANE, new ProcessModelRef(OWN, 2))).isEmpty();
    }

    @Test
    void anotherTenantsModelIsUnknown() {
        defineOwnModelWithThreeVersions();

        assertThat(catalogue.find(SKANE, new ProcessModelRef(OWN, 1))).isEmpty();
        assertThat(catalogue.latest(SKANE, OWN)).isEmpty();
    }

    @Test
    void unknownIdIsEmpty() {
        defineOwnModelWithThreeVersions();

        assertThat(catalogue.find(STOCKHOLM, new ProcessModelRef(ProcessModelId.of("pm-nowhere"), 1))).isEmpty();
        assertThat(catalogue.latest(STOCKHOLM, ProcessModelId.of("pm-nowhere"))).isEmpty();
    }

    @Test
    void streamOfAnotherAggregateTypeIsNoModel() {
        String id = "shared-id";
        eventStore.publish(new GenericDomainEventMessage<>("OrganisationUnit", id, 0,
                new OrganisationUnitRegistered(OrganisationUnitId.of(id), STOCKHOLM, "Karolinska",
                        OrganisationUnitKind.HOSPITAL, null, null)));

        assertThat(catalogue.latest(STOCKHOLM, ProcessModelId.of(id))).isEmpty();
        assertThat(catalogue.find(STOCKHOLM, new ProcessModelRef(ProcessModelId.of(id), 1))).isEmpty();
    }
}

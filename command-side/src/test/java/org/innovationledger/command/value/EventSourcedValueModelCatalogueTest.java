package org.innovationledger.command.value;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.value.ValueModelDefined;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.innovationledger.kernel.value.ValueModelRevised;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventSourcedValueModelCatalogueTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final ValueModelId MODEL = ValueModelId.of("vm-digital-tillsyn");

    private EmbeddedEventStore eventStore;
    private EventSourcedValueModelCatalogue catalogue;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        catalogue = new EventSourcedValueModelCatalogue(eventStore);
        DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(
                new GenericDomainEventMessage<>("ValueModel", MODEL.value(), 0,
                        new ValueModelDefined(MODEL, VASTERBOTTEN, 1, ValueModels.first())),
                new GenericDomainEventMessage<>("ValueModel", MODEL.value(), 1,
                        new ValueModelRevised(MODEL, 2, ValueModels.second(), "v2"))));
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    @Test
    void everyVersionIsFoundAsItWasDefined() {
        assertThat(catalogue.find(VASTERBOTTEN, new ValueModelRef(MODEL, 1))).contains(ValueModels.first());
        assertThat(catalogue.find(VASTERBOTTEN, new ValueModelRef(MODEL, 2))).contains(ValueModels.second());
        assertThat(catalogue.exists(VASTERBOTTEN, new ValueModelRef(MODEL, 3))).isFalse();
    }

    @Test
    void anotherTenantsOrAnUnknownModelIsNotThere() {
        assertThat(catalogue.exists(SKANE, new ValueModelRef(MODEL, 1))).isFalse();
        assertThat(catalogue.exists(VASTERBOTTEN, new ValueModelRef(ValueModelId.of("vm-unknown"), 1))).isFalse();
    }
}

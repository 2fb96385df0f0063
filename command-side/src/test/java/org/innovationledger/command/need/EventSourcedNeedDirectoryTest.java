package org.innovationledger.command.need;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.innovationledger.command.need.NeedDirectory.KnownNeed;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.need.NeedCriterion;
import org.innovationledger.kernel.need.NeedHandedOver;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedIdentified;
import org.innovationledger.kernel.need.NeedLinkedToInitiative;
import org.innovationledger.kernel.need.NeedOwnerAssigned;
import org.innovationledger.kernel.need.NeedPrioritised;
import org.innovationledger.kernel.need.NeedReferred;
import org.innovationledger.kernel.need.NeedResolvedInternally;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.need.CriterionWeight.MUST;
import static org.innovationledger.kernel.need.NeedSource.PATIENT;
import static org.innovationledger.kernel.need.NeedSource.STAFF;

class EventSourcedNeedDirectoryTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final OrganisationUnitId GERIATRICS = OrganisationUnitId.of("unit-nus-geriatrics");
    private static final OrganisationUnitId IDUN = OrganisationUnitId.of("unit-idun");

    private EmbeddedEventStore eventStore;
    private EventSourcedNeedDirectory directory;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        directory = new EventSourcedNeedDirectory(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    /** Appends the events as the need's stream, numbered from 0, in one unit of work. */
    private void stream(NeedId needId, Object... payloads) {
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            events.add(new GenericDomainEventMessage<>("Need", needId.value(), sequence, payloads[sequence]));
        }
        DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(events));
    }

    private static NeedIdentified identified(NeedId needId, TenantId tenant) {
        return new NeedIdentified(needId, tenant, "Behov " + needId, null, STAFF, GERIATRICS);
    }

    @Test
    void justIdentifiedNeedIsOpenInItsTenant() {
        NeedId need = NeedId.of("need-fall-prevention");
        stream(need, identified(need, VASTERBOTTEN));

        assertThat(directory.find(need)).contains(new KnownNeed(need, VASTERBOTTEN, true));
    }

    @Test
    void ownerPriorityAndLinksLeaveTheNeedOpen() {
        NeedId need = NeedId.of("need-fall-prevention");
        stream(need, identified(need, VASTERBOTTEN),
                new NeedOwnerAssigned(need, IDUN, null),
                new NeedPrioritised(need, List.of(new NeedCriterion("Tydligt behov", MUST))),
                new NeedLinkedToInitiative(need, InitiativeId.of("ini-ai-sitter")));

        assertThat(directory.find(need)).contains(new KnownNeed(need, VASTERBOTTEN, true));
    }

    @Test
    void resolvedHandedOverAndReferredNeedsAreClosed() {
        NeedId resolved = NeedId.of("need-resolved");
        NeedId handedOver = NeedId.of("need-handed-over");
        NeedId referred = NeedId.of("need-referred");
        stream(resolved, identified(resolved, VASTERBOTTEN), new NeedResolvedInternally(resolved, "Ny rutin"));
        stream(handedOver, identified(handedOver, VASTERBOTTEN),
                new NeedLinkedToInitiative(handedOver, InitiativeId.of("ini-x")),
                new NeedHandedOver(handedOver, "Umeå universitet", null));
        stream(referred, identified(referred, STOCKHOLM), new NeedReferred(referred, "Upphandling", "via IUU"));

        assertThat(directory.find(resolved)).contains(new KnownNeed(resolved, VASTERBOTTEN, false));
        assertThat(directory.find(handedOver)).contains(new KnownNeed(handedOver, VASTERBOTTEN, false));
        assertThat(directory.find(referred)).contains(new KnownNeed(referred, STOCKHOLM, false));
    }

    @Test
    void needsAreToldApart() {
        NeedId open = NeedId.of("need-open");
        NeedId closed = NeedId.of("need-closed");
        stream(open, new NeedIdentified(open, STOCKHOLM, "Digitala hembesök", null, PATIENT, GERIATRICS));
        stream(closed, identified(closed, VASTERBOTTEN), new NeedResolvedInternally(closed, "Löst"));

        assertThat(directory.find(open)).contains(new KnownNeed(open, STOCKHOLM, true));
        assertThat(directory.find(closed)).contains(new KnownNeed(closed, VASTERBOTTEN, false));
    }

    @Test
    void unknownIdIsEmpty() {
        NeedId need = NeedId.of("need-fall-prevention");
        stream(need, identified(need, VASTERBOTTEN));

        assertThat(directory.find(NeedId.of("need-nowhere"))).isEmpty();
    }

    @Test
    void streamOfAnotherAggregateTypeIsNoNeed() {
        String id = "shared-id";
        eventStore.publish(new GenericDomainEventMessage<>("Mission", id, 0,
                new MissionDefined(MissionId.of(id), VASTERBOTTEN, "Hälsa där du är", "Vård nära", null)));

        assertThat(directory.find(NeedId.of(id))).isEmpty();
    }
}

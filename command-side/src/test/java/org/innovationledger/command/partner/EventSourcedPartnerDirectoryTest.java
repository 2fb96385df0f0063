package org.innovationledger.command.partner;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.innovationledger.command.partner.PartnerDirectory.KnownPartner;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.innovationledger.kernel.partner.PartnerOrganisationRenamed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EventSourcedPartnerDirectoryTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");

    private EmbeddedEventStore eventStore;
    private EventSourcedPartnerDirectory directory;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        directory = new EventSourcedPartnerDirectory(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    private void register(PartnerId id, TenantId tenant, PartnerKind kind, String number) {
        eventStore.publish(new GenericDomainEventMessage<>("PartnerOrganisation", id.value(), 0,
                new PartnerOrganisationRegistered(id, tenant, "Partner " + id, kind, number, "SE")));
    }

    @Test
    void findsTenantKindAndNumberOfARegisteredPartnerAlsoAfterARename() {
        PartnerId medtech = PartnerId.forOrganisationNumber(STOCKHOLM, "SE", "556012-5790");
        register(medtech, STOCKHOLM, PartnerKind.COMPANY, "556012-5790");
        eventStore.publish(new GenericDomainEventMessage<>("PartnerOrganisation", medtech.value(), 1,
                new PartnerOrganisationRenamed(medtech, "Partner " + medtech, "Medtech Nordic AB",
                        LocalDate.of(2023, 5, 1))));

        assertThat(directory.find(medtech))
                .contains(new KnownPartner(medtech, STOCKHOLM, PartnerKind.COMPANY, "556012-5790"));
    }

    @Test
    void theNumbersIdInARegionIsWhatTellsADuplicateApart() {
        register(PartnerId.forOrganisationNumber(STOCKHOLM, "SE", "556012-5790"), STOCKHOLM, PartnerKind.COMPANY,
                "556012-5790");

        assertThat(directory.find(PartnerId.forOrganisationNumber(STOCKHOLM, "SE", "556012-5790"))).isPresent();
        assertThat(directory.find(PartnerId.forOrganisationNumber(SKANE, "SE", "556012-5790")))
                .as("another region's register").isEmpty();
        assertThat(directory.find(PartnerId.forOrganisationNumber(STOCKHOLM, "SE", "556677-8899")))
                .as("another number").isEmpty();
    }

    @Test
    void unknownIdOrAnotherAggregateTypeIsNoPartner() {
        MissionId mission = MissionId.of("partner-looks-like-one");
        eventStore.publish(new GenericDomainEventMessage<>("Mission", mission.value(), 0,
                new MissionDefined(mission, STOCKHOLM, "Mission", "Ambition", null)));

        assertThat(directory.find(PartnerId.of("partner-unknown"))).isEmpty();
        assertThat(directory.find(PartnerId.of(mission.value()))).isEmpty();
    }
}

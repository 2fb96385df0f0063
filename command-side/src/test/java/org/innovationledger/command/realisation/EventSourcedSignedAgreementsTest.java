package org.innovationledger.command.realisation;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.innovationledger.kernel.agreement.AgreementAmended;
import org.innovationledger.kernel.agreement.AgreementContent;
import org.innovationledger.kernel.agreement.AgreementDrafted;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementInForce;
import org.innovationledger.kernel.agreement.AgreementParty;
import org.innovationledger.kernel.agreement.AgreementSignedByParty;
import org.innovationledger.kernel.agreement.AgreementTerminated;
import org.innovationledger.kernel.agreement.AgreementTerms;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.agreement.CostPrinciple;
import org.innovationledger.kernel.agreement.FollowUpDate;
import org.innovationledger.kernel.agreement.ResultOwnership;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An agreement's settlement terms as its own events have it, signed, amended and terminated. */
class EventSourcedSignedAgreementsTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final InitiativeId TILLSYN = InitiativeId.of("ini-tillsyn");
    private static final AgreementId AGREEMENT = AgreementId.of("agreement-ini-tillsyn-1");
    private static final OrganisationUnitId REGION = OrganisationUnitId.of("unit-region");
    private static final PartnerId MEDTECH = PartnerId.of("partner-medtech");
    private static final ValueModelRef V1 = new ValueModelRef(ValueModelId.of("vm-tillsyn"), 1);
    private static final ValueModelRef V2 = new ValueModelRef(ValueModelId.of("vm-tillsyn"), 2);
    private static final AgreementContent CONTENT = new AgreementContent("Partneravtal digital tillsyn",
            AgreementType.VALUE_BASED_PAYMENT, List.of(AgreementParty.unit(REGION, "region"),
            AgreementParty.partner(MEDTECH, "företagspartner")), V1,
            new AgreementTerms(CostPrinciple.EACH_PARTY_OWN_COSTS, null, ResultOwnership.JOINT, null, null, null, null),
            List.of(new FollowUpDate("F1", LocalDate.of(2020, 6, 30))), List.of(), LocalDate.of(2020, 1, 1),
            LocalDate.of(2021, 12, 31), null);

    private EmbeddedEventStore eventStore;
    private EventSourcedSignedAgreements agreements;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        agreements = new EventSourcedSignedAgreements(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    private void store(Object... events) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            for (Object event : events) {
                long sequence = sequences.merge(AGREEMENT.value(), 0L, (previous, ignored) -> previous + 1);
                eventStore.publish(new GenericDomainEventMessage<>("Agreement", AGREEMENT.value(), sequence, event));
            }
        });
    }

    private void signedByBoth() {
        store(new AgreementDrafted(AGREEMENT, VASTERBOTTEN, TILLSYN, CONTENT),
                new AgreementSignedByParty(AGREEMENT, REGION.value(), "Regiondirektör", LocalDate.of(2020, 1, 10)),
                new AgreementSignedByParty(AGREEMENT, MEDTECH.value(), "VD", LocalDate.of(2020, 1, 12)),
                new AgreementInForce(AGREEMENT, LocalDate.of(2020, 1, 12)));
    }

    @Test
    void aDraftIsKnownButNotInForce() {
        store(new AgreementDrafted(AGREEMENT, VASTERBOTTEN, TILLSYN, CONTENT));
        SettlementTerms terms = agreements.find(AGREEMENT).orElseThrow();
        assertThat(terms.inForce()).isFalse();
        assertThat(terms.tenant()).isEqualTo(VASTERBOTTEN);
        assertThat(terms.initiativeId()).isEqualTo(TILLSYN);
        assertThat(terms.parties()).containsExactly(new SettlementTerms.Party("unit-region", "region"),
                new SettlementTerms.Party("partner-medtech", "företagspartner"));
        assertThat(terms.followUps()).containsExactly(Map.entry("F1", LocalDate.of(2020, 6, 30)));
        assertThat(terms.valueModel()).isEqualTo(V1);
    }

    @Test
    void signedByEveryPartyItIsInForceAndAnAmendmentMovesItToTheNewModelVersionAndFollowUps() {
        signedByBoth();
        assertThat(agreements.find(AGREEMENT).orElseThrow().inForce()).isTrue();

        store(new AgreementAmended(AGREEMENT, "A1", "Ny värdemodell och en uppföljning till", null,
                List.of(new FollowUpDate("F1", LocalDate.of(2020, 6, 30)),
                        new FollowUpDate("F2", LocalDate.of(2020, 12, 31))), null, V2, null, null));
        SettlementTerms amended = agreements.find(AGREEMENT).orElseThrow();
        assertThat(amended.valueModel()).isEqualTo(V2);
        assertThat(amended.followUps()).containsKeys("F1", "F2");
        assertThat(amended.inForce()).isTrue();
    }

    @Test
    void aTerminatedAgreementIsNoLongerInForceAndAnUnknownOneIsNotThere() {
        signedByBoth();
        store(new AgreementTerminated(AGREEMENT, List.of("partner-medtech"), "Företaget avslutar", LocalDate.of(2020, 9, 1),
                null));
        assertThat(agreements.find(AGREEMENT).orElseThrow().inForce()).isFalse();
        assertThat(agreements.find(AgreementId.of("agreement-unknown"))).isEmpty();
    }
}

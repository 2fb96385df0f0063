package org.innovationledger.query.initiative;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.BarrierObserved;
import org.innovationledger.kernel.initiative.FindInitiativeTimeline;
import org.innovationledger.kernel.initiative.GateDecisionRetracted;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeShared;
import org.innovationledger.kernel.initiative.InitiativeSharingEnded;
import org.innovationledger.kernel.initiative.InitiativeTimeline;
import org.innovationledger.kernel.initiative.InitiativeTimeline.Entry;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.PilotStarted;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.InitiativeEvents;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.HOSPITAL;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;
import static org.innovationledger.query.testsupport.InitiativeEvents.decision;

class InitiativeTimelineProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final TenantId GOTLAND = TenantId.of("region-gotland");
    private static final String[] COLLECTIONS = {TimelineEntryDocument.COLLECTION,
            TimelineSharingDocument.COLLECTION};
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final InitiativeId TRIAGE = InitiativeId.of("ini-triage");
    private static final InitiativeId SKANE_APP = InitiativeId.of("ini-skane-app");
    private static final Instant REGISTERED_AT = Instant.parse("2024-05-02T07:30:00.123456Z");

    private EventLog log;
    private InitiativeEvents events;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(10);
        events = new InitiativeEvents(log);
        projector = new Projector(new InitiativeTimelineProjection(MONGO.template()));
    }

    /** Triage: registered, classified, a decision, a pilot; interleaved with a unit and Skåne's initiative. */
    private void history() {
        log.unitRegistered(new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM, "Karolinska", HOSPITAL, null, null),
                "alice");
        events.registered(InitiativeEvents.fromPartner(TRIAGE, STOCKHOLM, "AI-triage", KAROLINSKA, "Cambio",
                VLL_PARTNERSHIP, "STEG_X"), "carl", REGISTERED_AT);
        events.registered(InitiativeEvents.fromNeed(SKANE_APP, SKANE, "Vårdapp", OrganisationUnitId.of("unit-sus"),
                VLL_PARTNERSHIP, "STEG_X"), "sven", Instant.parse("2024-05-03T08:00:00Z"));
        log.skip(3);
        events.then(STOCKHOLM, new InitiativeClassified(TRIAGE, "Akutsjukvård", null, InnovationType.SERVICE,
                List.of(MissionId.of("mission-1")), null));
        events.then(STOCKHOLM, decision(TRIAGE, 1, "GX", GateOutcome.PROCEED, "STEG_X", "STEG_1",
                LocalDate.of(2024, 6, 1)), "birgitta", Map.of(LedgerMetadata.DOCUMENT_REF, "RS 2024-0117",
                LedgerMetadata.ROLE, "COORDINATION_GROUP"));
        events.then(STOCKHOLM, new PilotStarted(TRIAGE, "P1", KAROLINSKA, LocalDate.of(2024, 9, 1)));
    }

    @Test
    void oneEntryPerEventOfTheInitiativeInItsOrderWithWhoWhenAndWhy() {
        history();
        projector.deliver(log.all());

        InitiativeTimeline timeline = timeline(STOCKHOLM, TRIAGE).orElseThrow();

        assertThat(timeline.initiativeId()).isEqualTo(TRIAGE);
        assertThat(timeline.tenant()).isEqualTo(STOCKHOLM);
        assertThat(timeline.entries()).extracting(Entry::type).containsExactly("InitiativeRegistered",
                "InitiativeClassified", "GateDecisionRecorded", "PilotStarted");
        assertThat(timeline.entries()).extracting(Entry::sequence).containsExactly(0L, 1L, 2L, 3L);
        assertThat(timeline.entries()).extracting(Entry::position).containsExactly(11L, 16L, 17L, 18L);
        assertThat(timeline.position()).isEqualTo(18);

        Entry registered = timeline.entries().get(0);
        TrackedEventMessage<?> registration = log.all().get(1);
        assertThat(registered.eventId()).isEqualTo(registration.getIdentifier());
        assertThat(registered.occurredAt()).as("to the microsecond").isEqualTo(REGISTERED_AT);
        assertThat(registered.principal()).isEqualTo("carl");
        assertThat(registered.role()).isEqualTo("PORTFOLIO_MANAGER");
        assertThat(registered.reason()).isEqualTo("decided by the board");
        assertThat(registered.correlationId()).isEqualTo(registration.getMetaData().get(LedgerMetadata.CORRELATION_ID));
        assertThat(registered.summary()).isEqualTo("Registered \"AI-triage\" under unit unit-karolinska"
                + " (PARTNER_OFFER, partner Cambio), process model vll-partnership@v1, phase STEG_X");
        assertThat(registered.payload()).containsEntry("initiativeId", "ini-triage")
                .containsEntry("tenant", "region-stockholm").containsEntry("partnerName", "Cambio")
                .containsEntry("origin", "PARTNER_OFFER").containsEntry("phase", "STEG_X")
                .containsEntry("processModel", Map.of("id", "vll-partnership", "version", 1))
                .containsEntry("needId", null);

        Entry decided = timeline.entries().get(2);
        assertThat(decided.principal()).isEqualTo("birgitta");
        assertThat(decided.role()).isEqualTo("COORDINATION_GROUP");
        assertThat(decided.documentRef()).isEqualTo("RS 2024-0117");
        assertThat(decided.summary()).isEqualTo("Gate GX: PROCEED by Samordningsgruppen, from STEG_X to STEG_1");
        assertThat(decided.payload()).containsEntry("decidedOn", "2024-06-01").containsEntry("outcome", "PROCEED")
                .containsEntry("evidenceRefs", List.of()).containsEntry("strategicDecision", null);

        assertThat(timeline.entries().get(3).summary()).isEqualTo("Pilot P1 started at unit unit-karolinska on 2024-09-01");
    }

    @Test
    void anInitiativeIsOnlyFoundInItsOwnTenant() {
        history();
        projector.deliver(log.all());

        assertThat(timeline(SKANE, TRIAGE)).isEmpty();
        assertThat(timeline(STOCKHOLM, SKANE_APP)).isEmpty();
        assertThat(timeline(STOCKHOLM, InitiativeId.of("ini-unknown"))).isEmpty();
        assertThat(timeline(SKANE, SKANE_APP).orElseThrow().entries()).extracting(Entry::principal)
                .containsExactly("sven");
        assertThat(MONGO.count(TimelineEntryDocument.COLLECTION)).as("unit events are no initiative's").isEqualTo(5);
    }

    @Test
    void anEventTypeWithoutASummaryYetIsNamedByItsType() {
        record SomethingNew(InitiativeId initiativeId) {
        }
        assertThat(TimelineSummaries.of(new SomethingNew(TRIAGE))).isEqualTo("SomethingNew");
        assertThat(TimelineSummaries.of(new BarrierObserved(TRIAGE, "B1", BarrierCategory.DATA, SystemLevel.POLICY,
                "Journal"))).isEqualTo("Barrier B1 observed: DATA at POLICY level");
        assertThat(TimelineSummaries.of(decision(TRIAGE, 1, "G4", GateOutcome.DISCONTINUE, "STEG_4", null,
                LocalDate.of(2024, 1, 1)))).endsWith("from STEG_4 – the initiative ended");
    }

    @Test
    void aRetractedGateDecisionIsSummarisedWithThePhaseRestored() {
        assertThat(TimelineSummaries.of(new GateDecisionRetracted(TRIAGE, "ini-triage-D4", "STEG_4")))
                .isEqualTo("Gate decision ini-triage-D4 retracted as wrongly recorded, back in phase STEG_4");
    }

    @Test
    void redeliveredEventsAreNotListedTwice() {
        history();
        projector.deliver(log.all());
        InitiativeTimeline before = timeline(STOCKHOLM, TRIAGE).orElseThrow();
        Map<String, ?> documents = MONGO.snapshot(TimelineEntryDocument.COLLECTION);

        projector.deliver(log.all());
        projector.deliver(log.all().subList(1, 3));

        assertThat(timeline(STOCKHOLM, TRIAGE)).contains(before);
        assertThat(MONGO.snapshot(TimelineEntryDocument.COLLECTION)).isEqualTo(documents);
    }

    @Test
    void resetEmptiesTheTimelinesAndAReplayRebuildsThemIdentically() {
        history();
        projector.deliver(log.all());
        InitiativeTimeline triage = timeline(STOCKHOLM, TRIAGE).orElseThrow();
        Map<String, ?> documents = MONGO.snapshot(TimelineEntryDocument.COLLECTION);

        projector.reset();
        assertThat(MONGO.count(TimelineEntryDocument.COLLECTION)).isZero();
        assertThat(timeline(STOCKHOLM, TRIAGE)).isEmpty();

        projector.replay(log.all());

        assertThat(timeline(STOCKHOLM, TRIAGE)).contains(triage);
        assertThat(MONGO.snapshot(TimelineEntryDocument.COLLECTION)).isEqualTo(documents);
    }

    @Test
    void aRegionTheInitiativeIsSharedWithReadsTheOwnersTimelineAndNoOtherRegionDoes() {
        history();
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, SKANE));
        projector.deliver(log.all());

        InitiativeTimeline seenFromSkane = timeline(SKANE, TRIAGE).orElseThrow();

        assertThat(seenFromSkane).as("the owner's timeline, naming the owner").isEqualTo(timeline(STOCKHOLM, TRIAGE)
                .orElseThrow());
        assertThat(seenFromSkane.tenant()).isEqualTo(STOCKHOLM);
        assertThat(seenFromSkane.entries()).extracting(Entry::type).containsExactly("InitiativeRegistered",
                "InitiativeClassified", "GateDecisionRecorded", "PilotStarted", "InitiativeShared");
        Entry shared = seenFromSkane.entries().get(4);
        assertThat(shared.summary()).isEqualTo("Shared with region-skane");
        assertThat(shared.principal()).isEqualTo("carl");
        assertThat(shared.reason()).isEqualTo("decided by the board");
        assertThat(shared.payload()).containsEntry("ownerTenant", "region-stockholm")
                .containsEntry("sharedWith", "region-skane");
        assertThat(timeline(GOTLAND, TRIAGE)).isEmpty();
        assertThat(timeline(STOCKHOLM, SKANE_APP)).as("sharing goes one way").isEmpty();
        assertThat(timeline(SKANE, SKANE_APP)).isPresent();
    }

    @Test
    void onceTheSharingEndedThatRegionNoLongerReadsTheTimeline() {
        history();
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, SKANE));
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, GOTLAND));
        events.then(STOCKHOLM, new InitiativeSharingEnded(TRIAGE, STOCKHOLM, SKANE));
        projector.deliver(log.all());

        assertThat(timeline(SKANE, TRIAGE)).isEmpty();
        InitiativeTimeline triage = timeline(GOTLAND, TRIAGE).orElseThrow();
        assertThat(triage).isEqualTo(timeline(STOCKHOLM, TRIAGE).orElseThrow());
        assertThat(triage.entries()).extracting(Entry::summary).endsWith("Shared with region-skane",
                "Shared with region-gotland", "Sharing with region-skane ended");
    }

    @Test
    void aSharingEventRedeliveredAfterTheEndChangesNothing() {
        history();
        TrackedEventMessage<?> share = events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, SKANE));
        events.then(STOCKHOLM, new InitiativeSharingEnded(TRIAGE, STOCKHOLM, SKANE));
        projector.deliver(log.all());
        InitiativeTimeline before = timeline(STOCKHOLM, TRIAGE).orElseThrow();
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.deliver(share);
        projector.deliver(log.all());

        assertThat(timeline(SKANE, TRIAGE)).isEmpty();
        assertThat(timeline(STOCKHOLM, TRIAGE)).contains(before);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
    }

    /** The sharing is kept before the entry: delivered again after the entry was written, it is still applied. */
    @Test
    void aSharingWhoseEntryWasWrittenBeforeACrashIsStillApplied() {
        history();
        TrackedEventMessage<?> share = events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, SKANE));
        projector.deliver(log.all());
        MONGO.template().remove(new Query(), TimelineSharingDocument.class);
        assertThat(timeline(SKANE, TRIAGE)).isEmpty();

        projector.deliver(share);

        assertThat(timeline(SKANE, TRIAGE)).isEqualTo(timeline(STOCKHOLM, TRIAGE));
        assertThat(MONGO.count(TimelineEntryDocument.COLLECTION)).isEqualTo(6);
    }

    @Test
    void sharingIsSummarisedWithTheRegion() {
        assertThat(TimelineSummaries.of(new InitiativeShared(TRIAGE, STOCKHOLM, SKANE)))
                .isEqualTo("Shared with region-skane");
        assertThat(TimelineSummaries.of(new InitiativeSharingEnded(TRIAGE, STOCKHOLM, SKANE)))
                .isEqualTo("Sharing with region-skane ended");
    }

    @Test
    void resetEmptiesTheSharingTooAndAReplayRebuildsIt() {
        history();
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, SKANE));
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, GOTLAND));
        events.then(STOCKHOLM, new InitiativeSharingEnded(TRIAGE, STOCKHOLM, GOTLAND));
        projector.deliver(log.all());
        InitiativeTimeline seenFromSkane = timeline(SKANE, TRIAGE).orElseThrow();
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.reset();
        assertThat(MONGO.count(TimelineSharingDocument.COLLECTION)).isZero();
        assertThat(timeline(SKANE, TRIAGE)).isEmpty();

        projector.replay(log.all());

        assertThat(timeline(SKANE, TRIAGE)).contains(seenFromSkane);
        assertThat(timeline(GOTLAND, TRIAGE)).isEmpty();
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
    }

    private Optional<InitiativeTimeline> timeline(TenantId tenant, InitiativeId id) {
        return projector.query(new FindInitiativeTimeline(tenant, id),
                ResponseTypes.optionalInstanceOf(InitiativeTimeline.class));
    }
}

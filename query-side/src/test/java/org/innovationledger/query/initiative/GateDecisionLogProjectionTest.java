package org.innovationledger.query.initiative;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FetchGateDecisionLog;
import org.innovationledger.kernel.initiative.GateDecisionLog;
import org.innovationledger.kernel.initiative.GateDecisionLog.Entry;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRetracted;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeShared;
import org.innovationledger.kernel.initiative.PartyPosition;
import org.innovationledger.kernel.initiative.StrategicDecision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.InitiativeEvents;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;
import static org.innovationledger.query.testsupport.InitiativeEvents.decision;

class GateDecisionLogProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("unit-karolinska");
    private static final InitiativeId TRIAGE = InitiativeId.of("ini-triage");
    private static final InitiativeId DIALYSIS = InitiativeId.of("ini-dialysis");
    private static final InitiativeId SKANE_APP = InitiativeId.of("ini-skane-app");
    private static final String[] COLLECTIONS = {GateDecisionDocument.COLLECTION,
            GateDecisionInitiativeDocument.COLLECTION};

    private EventLog log;
    private InitiativeEvents events;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(1);
        events = new InitiativeEvents(log);
        projector = new Projector(new GateDecisionLogProjection(MONGO.template()));
    }

    /**
     * Triage (VLL): GX 2024-02-01, G1 2024-03-01, G2 2024-04-01, G3 strategic 2024-05-01.
     * Dialysis (generic): G1 2024-03-01 (recorded after triage's G3), G2 DISCONTINUE 2024-06-01.
     * Skåne: G1 2024-03-15. Positions: registrations 1-3, decisions 4-10.
     */
    private void decisions() {
        events.registered(InitiativeEvents.fromPartner(TRIAGE, STOCKHOLM, "AI-triage", UNIT, "Cambio",
                VLL_PARTNERSHIP, "STEG_X"));
        events.registered(InitiativeEvents.fromNeed(DIALYSIS, STOCKHOLM, "Hemdialys", UNIT, GENERIC_STAGE_GATE, "NEED"));
        events.registered(InitiativeEvents.fromNeed(SKANE_APP, SKANE, "Vårdapp", OrganisationUnitId.of("unit-sus"),
                GENERIC_STAGE_GATE, "NEED"));
        events.then(STOCKHOLM, decision(TRIAGE, 1, "GX", GateOutcome.PROCEED, "STEG_X", "STEG_1", LocalDate.of(2024, 2, 1)));
        events.then(STOCKHOLM, decision(TRIAGE, 2, "G1", GateOutcome.PROCEED, "STEG_1", "STEG_2", LocalDate.of(2024, 3, 1)));
        events.then(STOCKHOLM, decision(TRIAGE, 3, "G2", GateOutcome.PROCEED, "STEG_2", "STEG_3", LocalDate.of(2024, 4, 1)));
        events.then(STOCKHOLM, new GateDecisionRecorded(TRIAGE, "ini-triage-D4", "G3", GateOutcome.PROCEED, "STEG_3",
                "STEG_4", "Regionens ledningsgrupp", List.of(new PartyPosition("Regionen", GateOutcome.PROCEED),
                new PartyPosition("Cambio", GateOutcome.DISCONTINUE)), "Patientsäkerhet väger tyngst",
                List.of("Värdeanalys v2", "Riskanalys"), LocalDate.of(2024, 5, 1),
                new StrategicDecision("Regionen", List.of("Patientsäkerhet", "Jämlik vård"))),
                "birgitta", Map.of(LedgerMetadata.DOCUMENT_REF, "RS 2024-0117", LedgerMetadata.REASON, "Protokoll §4"));
        events.then(STOCKHOLM, decision(DIALYSIS, 1, "G1", GateOutcome.PROCEED, "NEED", "IDEA", LocalDate.of(2024, 3, 1)));
        events.then(STOCKHOLM, decision(DIALYSIS, 2, "G2", GateOutcome.DISCONTINUE, "IDEA", null, LocalDate.of(2024, 6, 1)));
        events.then(SKANE, decision(SKANE_APP, 1, "G1", GateOutcome.PROCEED, "NEED", "IDEA", LocalDate.of(2024, 3, 15)));
    }

    @Test
    void theLogListsTheTenantsDecisionsNewestFirstWithEverythingRecorded() {
        decisions();
        projector.deliver(log.all());

        GateDecisionLog all = fetch(STOCKHOLM, null, null, null, null, 0, 50);

        assertThat(all.total()).isEqualTo(6);
        // equal dates: the one recorded later first
        assertThat(all.entries()).extracting(Entry::decisionId).containsExactly("ini-dialysis-D2", "ini-triage-D4",
                "ini-triage-D3", "ini-dialysis-D1", "ini-triage-D2", "ini-triage-D1");
        assertThat(all.position()).isEqualTo(9);

        Entry strategic = all.entries().get(1);
        assertThat(strategic).isEqualTo(new Entry("ini-triage-D4", TRIAGE, "AI-triage", "G3", GateOutcome.PROCEED,
                "STEG_3", "STEG_4", "Regionens ledningsgrupp", List.of(new PartyPosition("Regionen", GateOutcome.PROCEED),
                new PartyPosition("Cambio", GateOutcome.DISCONTINUE)), "Patientsäkerhet väger tyngst",
                List.of("Värdeanalys v2", "Riskanalys"), LocalDate.of(2024, 5, 1), true,
                new StrategicDecision("Regionen", List.of("Patientsäkerhet", "Jämlik vård")), "birgitta",
                "RS 2024-0117", "Protokoll §4", 7, false, null));

        Entry ending = all.entries().get(0);
        assertThat(ending.strategic()).isFalse();
        assertThat(ending.strategicDecision()).isNull();
        assertThat(ending.toPhase()).as("the decision ended the initiative").isNull();
        assertThat(ending.initiativeTitle()).isEqualTo("Hemdialys");
        assertThat(ending.principal()).isEqualTo("carl");
        assertThat(ending.documentRef()).isEqualTo("RS 2019-0672");
    }

    @Test
    void filtersByInitiativeDatesAndOutcomeCombine() {
        decisions();
        projector.deliver(log.all());

        assertThat(ids(fetch(STOCKHOLM, DIALYSIS, null, null, null, 0, 50))).containsExactly("ini-dialysis-D2",
                "ini-dialysis-D1");
        assertThat(ids(fetch(STOCKHOLM, null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1), null, 0, 50)))
                .as("both ends included").containsExactly("ini-triage-D3", "ini-dialysis-D1", "ini-triage-D2");
        assertThat(ids(fetch(STOCKHOLM, null, LocalDate.of(2024, 5, 1), null, null, 0, 50)))
                .containsExactly("ini-dialysis-D2", "ini-triage-D4");
        assertThat(ids(fetch(STOCKHOLM, null, null, LocalDate.of(2024, 2, 29), null, 0, 50)))
                .containsExactly("ini-triage-D1");
        assertThat(ids(fetch(STOCKHOLM, null, null, null, GateOutcome.DISCONTINUE, 0, 50)))
                .containsExactly("ini-dialysis-D2");
        GateDecisionLog triageProceeding = fetch(STOCKHOLM, TRIAGE, LocalDate.of(2024, 3, 1), null,
                GateOutcome.PROCEED, 0, 50);
        assertThat(ids(triageProceeding)).containsExactly("ini-triage-D4", "ini-triage-D3", "ini-triage-D2");
        assertThat(triageProceeding.position()).as("of the matching decisions").isEqualTo(7);
    }

    @Test
    void pagesKeepTheTotal() {
        decisions();
        projector.deliver(log.all());

        GateDecisionLog second = fetch(STOCKHOLM, null, null, null, null, 1, 4);
        assertThat(ids(second)).containsExactly("ini-triage-D2", "ini-triage-D1");
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(4);
        assertThat(fetch(STOCKHOLM, null, null, null, null, 2, 4).entries()).isEmpty();
    }

    @Test
    void anotherTenantSeesOnlyItsOwnDecisions() {
        decisions();
        projector.deliver(log.all());

        assertThat(ids(fetch(SKANE, null, null, null, null, 0, 50))).containsExactly("ini-skane-app-D1");
        assertThat(fetch(SKANE, TRIAGE, null, null, null, 0, 50).total()).isZero();
        assertThat(fetch(TenantId.of("region-gotland"), null, null, null, null, 0, 50))
                .isEqualTo(new GateDecisionLog(TenantId.of("region-gotland"), List.of(), 0, 50, 0, 0));
    }

    @Test
    void decisionsOnAnInitiativeSharedWithTheTenantStayOutOfItsLog() {
        decisions();
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, SKANE));
        events.then(STOCKHOLM, decision(TRIAGE, 5, "G4", GateOutcome.SCALE_UP, "STEG_4", "STEG_5",
                LocalDate.of(2024, 7, 1)));
        projector.deliver(log.all());

        assertThat(ids(fetch(SKANE, null, null, null, null, 0, 50))).containsExactly("ini-skane-app-D1");
        assertThat(fetch(SKANE, TRIAGE, null, null, null, 0, 50).total()).isZero();
        assertThat(fetch(STOCKHOLM, TRIAGE, null, null, null, 0, 50).total()).isEqualTo(5);
    }

    @Test
    void aQueryWithAnInvertedPeriodOrOutsideThePagingLimitsIsRefused() {
        assertThatThrownBy(() -> new FetchGateDecisionLog(STOCKHOLM, null, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 1, 1), null, 0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FetchGateDecisionLog(STOCKHOLM, null, null, null, null, 0, 201))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FetchGateDecisionLog(STOCKHOLM, null, null, null, null, -1, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void redeliveryChangesNothing() {
        decisions();
        projector.deliver(log.all());
        GateDecisionLog before = fetch(STOCKHOLM, null, null, null, null, 0, 50);
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.deliver(log.all());
        projector.deliver(log.all().subList(3, 5));

        assertThat(fetch(STOCKHOLM, null, null, null, null, 0, 50)).isEqualTo(before);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
    }

    /** Dialysis's ending decision D2 (position 9) retracted at position 11 with its own reason. */
    private void retraction() {
        events.then(STOCKHOLM, new GateDecisionRetracted(DIALYSIS, "ini-dialysis-D2", "IDEA"), "dana",
                Map.of(LedgerMetadata.REASON, "Fel grind registrerad"));
    }

    @Test
    void aRetractedDecisionStaysInTheLogMarkedWithTheRetractionsReason() {
        decisions();
        retraction();
        projector.deliver(log.all());

        GateDecisionLog all = fetch(STOCKHOLM, null, null, null, null, 0, 50);

        assertThat(all.total()).as("nothing is removed").isEqualTo(6);
        assertThat(ids(all)).containsExactly("ini-dialysis-D2", "ini-triage-D4", "ini-triage-D3", "ini-dialysis-D1",
                "ini-triage-D2", "ini-triage-D1");
        Entry retracted = all.entries().get(0);
        assertThat(retracted.retracted()).isTrue();
        assertThat(retracted.retractionReason()).isEqualTo("Fel grind registrerad");
        assertThat(retracted.reason()).as("the decision's own reason stays").isEqualTo("decided by the board");
        assertThat(retracted.principal()).isEqualTo("carl");
        assertThat(retracted.position()).as("of the event that recorded it").isEqualTo(9);
        assertThat(all.entries().subList(1, 6)).allSatisfy(entry -> {
            assertThat(entry.retracted()).isFalse();
            assertThat(entry.retractionReason()).isNull();
        });
        assertThat(all.position()).as("the retraction is reflected").isEqualTo(11);
        assertThat(fetch(STOCKHOLM, DIALYSIS, null, null, null, 0, 50).position()).isEqualTo(11);
        assertThat(fetch(STOCKHOLM, TRIAGE, null, null, null, 0, 50).position()).isEqualTo(7);
        assertThat(fetch(SKANE, null, null, null, null, 0, 50).entries()).noneMatch(Entry::retracted);
    }

    @Test
    void redeliveredRetractionChangesNothing() {
        decisions();
        retraction();
        projector.deliver(log.all());
        GateDecisionLog before = fetch(STOCKHOLM, null, null, null, null, 0, 50);
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.deliver(log.all());
        projector.deliver(log.all().get(10));
        projector.deliver(log.all().subList(8, 11));

        assertThat(fetch(STOCKHOLM, null, null, null, null, 0, 50)).isEqualTo(before);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
    }

    @Test
    void aRetractionNamingAnotherInitiativesDecisionChangesNothing() {
        decisions();
        projector.deliver(log.all());
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.deliver(events.then(STOCKHOLM, new GateDecisionRetracted(TRIAGE, "ini-dialysis-D2", "IDEA")));

        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
    }

    @Test
    void resetEmptiesTheLogAndAReplayRebuildsItIdentically() {
        decisions();
        projector.deliver(log.all());
        GateDecisionLog stockholm = fetch(STOCKHOLM, null, null, null, null, 0, 50);
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.reset();
        assertThat(MONGO.count(GateDecisionDocument.COLLECTION)).isZero();
        assertThat(MONGO.count(GateDecisionInitiativeDocument.COLLECTION)).isZero();

        projector.replay(log.all());

        assertThat(fetch(STOCKHOLM, null, null, null, null, 0, 50)).isEqualTo(stockholm);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
    }

    private GateDecisionLog fetch(TenantId tenant, InitiativeId initiative, LocalDate from, LocalDate to,
                                  GateOutcome outcome, int page, int size) {
        return projector.query(new FetchGateDecisionLog(tenant, initiative, from, to, outcome, page, size),
                ResponseTypes.instanceOf(GateDecisionLog.class));
    }

    private static List<String> ids(GateDecisionLog log) {
        return log.entries().stream().map(Entry::decisionId).toList();
    }
}

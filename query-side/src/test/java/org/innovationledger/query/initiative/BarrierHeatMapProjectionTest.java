package org.innovationledger.query.initiative;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.BarrierAddressed;
import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.BarrierCircumvented;
import org.innovationledger.kernel.initiative.BarrierHeatMap;
import org.innovationledger.kernel.initiative.BarrierHeatMap.CategoryTotal;
import org.innovationledger.kernel.initiative.BarrierHeatMap.Cell;
import org.innovationledger.kernel.initiative.BarrierHeatMap.Counts;
import org.innovationledger.kernel.initiative.BarrierHeatMap.LevelTotal;
import org.innovationledger.kernel.initiative.BarrierObserved;
import org.innovationledger.kernel.initiative.FetchBarrierHeatMap;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeShared;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.InitiativeEvents;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innovationledger.kernel.initiative.BarrierCategory.DATA;
import static org.innovationledger.kernel.initiative.BarrierCategory.EKONOMI;
import static org.innovationledger.kernel.initiative.BarrierCategory.Group.RAMVILLKOR;
import static org.innovationledger.kernel.initiative.BarrierCategory.Group.SYSTEMHINDER;
import static org.innovationledger.kernel.initiative.BarrierCategory.JURIDIK;
import static org.innovationledger.kernel.initiative.SystemLevel.OPERATIONS;
import static org.innovationledger.kernel.initiative.SystemLevel.ORGANISATION;
import static org.innovationledger.kernel.initiative.SystemLevel.POLICY;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;

class BarrierHeatMapProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final InitiativeId TRIAGE = InitiativeId.of("ini-triage");
    private static final InitiativeId DIALYSIS = InitiativeId.of("ini-dialysis");
    private static final InitiativeId SKANE_APP = InitiativeId.of("ini-skane-app");

    private EventLog log;
    private InitiativeEvents events;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(1);
        events = new InitiativeEvents(log);
        projector = new Projector(new BarrierHeatMapProjection(MONGO.template()));
    }

    /**
     * Stockholm: DATA at operations x3 (one addressed, one circumvented, one open; two initiatives share the id
     * B1), JURIDIK at policy (addressed), EKONOMI at organisation (open). Skåne: DATA at operations (open).
     */
    private void barriers() {
        events.registered(InitiativeEvents.fromNeed(TRIAGE, STOCKHOLM, "AI-triage", OrganisationUnitId.of("unit-k"),
                GENERIC_STAGE_GATE, "NEED"));
        observe(STOCKHOLM, TRIAGE, "B1", DATA, OPERATIONS);
        observe(STOCKHOLM, TRIAGE, "B2", DATA, OPERATIONS);
        observe(STOCKHOLM, TRIAGE, "B3", JURIDIK, POLICY);
        observe(STOCKHOLM, DIALYSIS, "B1", DATA, OPERATIONS);
        observe(STOCKHOLM, DIALYSIS, "B2", EKONOMI, ORGANISATION);
        observe(SKANE, SKANE_APP, "B1", DATA, OPERATIONS);
        events.then(STOCKHOLM, new BarrierAddressed(TRIAGE, "B1", "Ny journalintegration"));
        events.then(STOCKHOLM, new BarrierCircumvented(TRIAGE, "B2", "Manuell överföring"));
        events.then(STOCKHOLM, new BarrierAddressed(TRIAGE, "B3", "Rättsutredning"));
    }

    private TrackedEventMessage<?> observe(TenantId tenant, InitiativeId initiative, String barrierId,
                                           BarrierCategory category, SystemLevel level) {
        return events.then(tenant, new BarrierObserved(initiative, barrierId, category, level, "beskrivning"));
    }

    @Test
    void everyCategoryAtEveryLevelIsListedWithHowItsBarriersFared() {
        barriers();
        projector.deliver(log.all());

        BarrierHeatMap map = heatMap(STOCKHOLM);

        assertThat(map.cells()).hasSize(30);
        assertThat(map.cells().subList(0, 3)).extracting(Cell::category, Cell::group, Cell::level)
                .containsExactly(tuple(JURIDIK, RAMVILLKOR, OPERATIONS),
                        tuple(JURIDIK, RAMVILLKOR, ORGANISATION),
                        tuple(JURIDIK, RAMVILLKOR, POLICY));
        assertThat(cell(map, DATA, OPERATIONS)).isEqualTo(new Cell(DATA, SYSTEMHINDER, OPERATIONS,
                new Counts(3, 1, 1, 1)));
        assertThat(cell(map, JURIDIK, POLICY).counts()).isEqualTo(new Counts(1, 1, 0, 0));
        assertThat(cell(map, EKONOMI, ORGANISATION).counts()).isEqualTo(new Counts(1, 0, 0, 1));
        assertThat(cell(map, DATA, POLICY).counts()).isEqualTo(new Counts(0, 0, 0, 0));
        assertThat(map.cells().stream().mapToInt(c -> c.counts().observed()).sum()).isEqualTo(5);

        assertThat(map.byCategory()).hasSize(10);
        assertThat(map.byCategory()).extracting(CategoryTotal::category).containsExactly(BarrierCategory.values());
        assertThat(map.byCategory()).filteredOn(c -> c.category() == DATA)
                .containsExactly(new CategoryTotal(DATA, SYSTEMHINDER, new Counts(3, 1, 1, 1)));
        assertThat(map.byLevel()).containsExactly(new LevelTotal(OPERATIONS, new Counts(3, 1, 1, 1)),
                new LevelTotal(ORGANISATION, new Counts(1, 0, 0, 1)), new LevelTotal(POLICY, new Counts(1, 1, 0, 0)));
        assertThat(map.total()).isEqualTo(new Counts(5, 2, 1, 2));
        assertThat(map.position()).isEqualTo(10);
    }

    @Test
    void anotherTenantSeesOnlyItsOwnBarriers() {
        barriers();
        projector.deliver(log.all());

        BarrierHeatMap skane = heatMap(SKANE);
        assertThat(skane.total()).isEqualTo(new Counts(1, 0, 0, 1));
        assertThat(cell(skane, DATA, OPERATIONS).counts()).isEqualTo(new Counts(1, 0, 0, 1));
        assertThat(skane.position()).isEqualTo(7);

        BarrierHeatMap gotland = heatMap(TenantId.of("region-gotland"));
        assertThat(gotland.cells()).hasSize(30).allMatch(c -> c.counts().equals(new Counts(0, 0, 0, 0)));
        assertThat(gotland.position()).isZero();
    }

    @Test
    void barriersOfAnInitiativeSharedWithTheTenantStayOutOfItsHeatMap() {
        barriers();
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, SKANE));
        observe(STOCKHOLM, TRIAGE, "B4", JURIDIK, OPERATIONS);
        projector.deliver(log.all());

        assertThat(heatMap(SKANE).total()).isEqualTo(new Counts(1, 0, 0, 1));
        assertThat(cell(heatMap(SKANE), JURIDIK, OPERATIONS).counts()).isEqualTo(new Counts(0, 0, 0, 0));
        assertThat(heatMap(STOCKHOLM).total()).isEqualTo(new Counts(6, 2, 1, 3));
    }

    @Test
    void redeliveryChangesNothingAndAnOlderObservationDoesNotReopenABarrier() {
        barriers();
        projector.deliver(log.all());
        BarrierHeatMap before = heatMap(STOCKHOLM);
        Map<String, ?> documents = MONGO.snapshot(BarrierDocument.COLLECTION);

        projector.deliver(log.all());
        projector.deliver(log.all().get(1)); // TRIAGE B1 observed, after it was addressed

        assertThat(heatMap(STOCKHOLM)).isEqualTo(before);
        assertThat(MONGO.snapshot(BarrierDocument.COLLECTION)).isEqualTo(documents);
    }

    @Test
    void resetEmptiesTheHeatMapAndAReplayRebuildsItIdentically() {
        barriers();
        projector.deliver(log.all());
        BarrierHeatMap stockholm = heatMap(STOCKHOLM);
        Map<String, ?> documents = MONGO.snapshot(BarrierDocument.COLLECTION);

        projector.reset();
        assertThat(MONGO.count(BarrierDocument.COLLECTION)).isZero();
        assertThat(heatMap(STOCKHOLM).total()).isEqualTo(new Counts(0, 0, 0, 0));

        projector.replay(log.all());

        assertThat(heatMap(STOCKHOLM)).isEqualTo(stockholm);
        assertThat(MONGO.snapshot(BarrierDocument.COLLECTION)).isEqualTo(documents);
    }

    private BarrierHeatMap heatMap(TenantId tenant) {
        return projector.query(new FetchBarrierHeatMap(tenant), ResponseTypes.instanceOf(BarrierHeatMap.class));
    }

    private static Cell cell(BarrierHeatMap map, BarrierCategory category, SystemLevel level) {
        return map.cells().stream().filter(c -> c.category() == category && c.level() == level).findFirst()
                .orElseThrow();
    }
}

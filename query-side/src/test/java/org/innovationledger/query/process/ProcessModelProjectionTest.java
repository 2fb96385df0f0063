package org.innovationledger.query.process;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.FetchProcessModels;
import org.innovationledger.kernel.process.FindProcessModel;
import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.GateDefinition.Transition;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelDefined;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.kernel.process.ProcessModelRevised;
import org.innovationledger.kernel.process.ProcessModelView;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VGR_EARLY_PHASE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;

class ProcessModelProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final String AGGREGATE = "ProcessModel";
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final ProcessModelId FAST_TRACK = ProcessModelId.of("pm-snabbspar");
    private static final ProcessModelId ERRANDS = ProcessModelId.of("pm-arenden");
    private static final ProcessModelId ALAND = ProcessModelId.of("pm-aland");
    private static final ProcessModelId SKANE_MODEL = ProcessModelId.of("pm-skane");

    private static final ProcessModelDefinition FIRST = model("Snabbspår", List.of());
    private static final ProcessModelDefinition SECOND = model("Snabbspår", List.of(new GateDefinition("G1",
            "Till test", "BEHOV", List.of(new Transition(GateOutcome.PROCEED, "TEST"),
            new Transition(GateOutcome.DISCONTINUE, null)))));
    private static final ProcessModelDefinition THIRD = model("Snabbspår med uppföljning", SECOND.gates());

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(100);
        projector = new Projector(new ProcessModelProjection(MONGO.template()));
    }

    private static ProcessModelDefinition model(String name, List<GateDefinition> gates) {
        return new ProcessModelDefinition(name, "Beslut i innovationsrådet",
                List.of(new PhaseDefinition("BEHOV", "Behov", PhaseStage.INTAKE, Set.of()),
                        new PhaseDefinition("TEST", "Test", PhaseStage.TEST, Set.of())),
                gates, "BEHOV", Set.of(), false);
    }

    private TrackedEventMessage<?> defined(ProcessModelId id, TenantId tenant, ProcessModelDefinition definition) {
        return log.append(AGGREGATE, id.value(), new ProcessModelDefined(id, tenant, 1, definition),
                EventLog.metadata("alice", tenant), null);
    }

    private TrackedEventMessage<?> revised(ProcessModelId id, TenantId tenant, int version,
                                           ProcessModelDefinition definition) {
        return log.append(AGGREGATE, id.value(), new ProcessModelRevised(id, version, definition, "ändring " + version),
                EventLog.metadata("bob", tenant), null);
    }

    @Test
    void definedModelIsFoundAtVersionOneWithItsTenantAndPosition() {
        log.skip(4);
        defined(FAST_TRACK, STOCKHOLM, FIRST);
        projector.deliver(log.all());

        ProcessModelView expected = new ProcessModelView(new ProcessModelRef(FAST_TRACK, 1), STOCKHOLM, false, FIRST,
                List.of(1), 104);
        assertThat(find(STOCKHOLM, FAST_TRACK, null)).contains(expected);
        assertThat(find(STOCKHOLM, FAST_TRACK, 1)).contains(expected);
        assertThat(find(STOCKHOLM, FAST_TRACK, 2)).isEmpty();
    }

    @Test
    void revisionsAddVersionsAndKeepEveryEarlierOne() {
        defined(FAST_TRACK, STOCKHOLM, FIRST);
        log.skip(3);
        revised(FAST_TRACK, STOCKHOLM, 2, SECOND);
        revised(FAST_TRACK, STOCKHOLM, 3, THIRD);
        projector.deliver(log.all());

        assertThat(find(STOCKHOLM, FAST_TRACK, null)).contains(new ProcessModelView(
                new ProcessModelRef(FAST_TRACK, 3), STOCKHOLM, false, THIRD, List.of(1, 2, 3), 105));
        assertThat(find(STOCKHOLM, FAST_TRACK, 1).orElseThrow().definition()).isEqualTo(FIRST);
        assertThat(find(STOCKHOLM, FAST_TRACK, 2).orElseThrow().definition()).isEqualTo(SECOND);
        assertThat(find(STOCKHOLM, FAST_TRACK, 2).orElseThrow().versions()).containsExactly(1, 2, 3);
        assertThat(find(STOCKHOLM, FAST_TRACK, 4)).isEmpty();
    }

    @Test
    void aDefinitionComesBackFromTheStoreExactlyAsDefined() {
        // the VLL model uses entry requirements, excluded case types and outcomes that lead nowhere
        defined(FAST_TRACK, STOCKHOLM, BuiltInProcessModels.VLL_PARTNERSHIP_V1);
        revised(FAST_TRACK, STOCKHOLM, 2, BuiltInProcessModels.VGR_EARLY_PHASE_V1);
        projector.deliver(log.all());

        assertThat(find(STOCKHOLM, FAST_TRACK, 1).orElseThrow().definition())
                .isEqualTo(BuiltInProcessModels.VLL_PARTNERSHIP_V1);
        assertThat(find(STOCKHOLM, FAST_TRACK, 2).orElseThrow().definition())
                .isEqualTo(BuiltInProcessModels.VGR_EARLY_PHASE_V1);
    }

    @Test
    void redeliveringTheSameEventsChangesNothing() {
        defined(FAST_TRACK, STOCKHOLM, FIRST);
        revised(FAST_TRACK, STOCKHOLM, 2, SECOND);
        defined(ERRANDS, STOCKHOLM, THIRD);
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(ProcessModelDocument.COLLECTION);

        projector.deliver(log.all());
        projector.deliver(log.all());

        assertThat(MONGO.snapshot(ProcessModelDocument.COLLECTION)).isEqualTo(before);
        assertThat(find(STOCKHOLM, FAST_TRACK, null).orElseThrow().versions()).containsExactly(1, 2);
        assertThat(fetch(STOCKHOLM)).hasSize(3 + 2);
    }

    @Test
    void anOlderPositionAfterANewerOneChangesNothing() {
        defined(FAST_TRACK, STOCKHOLM, FIRST);
        TrackedEventMessage<?> second = revised(FAST_TRACK, STOCKHOLM, 2, SECOND);
        revised(FAST_TRACK, STOCKHOLM, 3, THIRD);
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(ProcessModelDocument.COLLECTION);

        projector.deliver(second);
        projector.deliver(log.all().get(0));

        assertThat(MONGO.snapshot(ProcessModelDocument.COLLECTION)).isEqualTo(before);
        ProcessModelView model = find(STOCKHOLM, FAST_TRACK, null).orElseThrow();
        assertThat(model.ref().version()).isEqualTo(3);
        assertThat(model.versions()).containsExactly(1, 2, 3);
        assertThat(model.position()).isEqualTo(102);
    }

    @Test
    void revisionOfAnUnknownModelIsIgnored() {
        revised(FAST_TRACK, STOCKHOLM, 2, SECOND);
        projector.deliver(log.all());

        assertThat(MONGO.count(ProcessModelDocument.COLLECTION)).isZero();
    }

    @Test
    void aTenantsModelIsNotFoundFromAnotherTenant() {
        defined(FAST_TRACK, STOCKHOLM, FIRST);
        projector.deliver(log.all());

        assertThat(find(STOCKHOLM, FAST_TRACK, null)).isPresent();
        assertThat(find(SKANE, FAST_TRACK, null)).isEmpty();
        assertThat(find(SKANE, FAST_TRACK, 1)).isEmpty();
        assertThat(find(STOCKHOLM, ProcessModelId.of("pm-unknown"), null)).isEmpty();
    }

    @Test
    void builtInModelsAreAnsweredForEveryTenantWithoutADocument() {
        for (TenantId tenant : List.of(STOCKHOLM, SKANE)) {
            assertThat(find(tenant, VLL_PARTNERSHIP.id(), null)).contains(new ProcessModelView(VLL_PARTNERSHIP, null,
                    true, BuiltInProcessModels.VLL_PARTNERSHIP_V1, List.of(1), 0));
            assertThat(find(tenant, VGR_EARLY_PHASE.id(), 1).orElseThrow().definition())
                    .isEqualTo(BuiltInProcessModels.VGR_EARLY_PHASE_V1);
            assertThat(find(tenant, GENERIC_STAGE_GATE.id(), 2)).isEmpty();
        }
        assertThat(MONGO.count(ProcessModelDocument.COLLECTION)).isZero();
    }

    @Test
    void fetchListsTheBuiltInsFirstThenTheTenantsOwnByNameAtTheirNewestVersion() {
        // Swedish order puts Å before Ä, Unicode the other way round
        defined(ERRANDS, STOCKHOLM, model("Ärendespåret", List.of()));
        defined(SKANE_MODEL, SKANE, model("Skånes modell", List.of()));
        defined(FAST_TRACK, STOCKHOLM, FIRST);
        defined(ALAND, STOCKHOLM, model("Ålands spår", List.of()));
        revised(FAST_TRACK, STOCKHOLM, 2, SECOND);
        projector.deliver(log.all());

        List<ProcessModelView> stockholm = fetch(STOCKHOLM);
        assertThat(stockholm).extracting(ProcessModelView::ref).containsExactly(VLL_PARTNERSHIP, VGR_EARLY_PHASE,
                GENERIC_STAGE_GATE, new ProcessModelRef(FAST_TRACK, 2), new ProcessModelRef(ALAND, 1),
                new ProcessModelRef(ERRANDS, 1));
        assertThat(stockholm).extracting(ProcessModelView::builtIn)
                .containsExactly(true, true, true, false, false, false);
        assertThat(stockholm.get(3).definition()).isEqualTo(SECOND);
        assertThat(fetch(SKANE)).extracting(ProcessModelView::ref).containsExactly(VLL_PARTNERSHIP, VGR_EARLY_PHASE,
                GENERIC_STAGE_GATE, new ProcessModelRef(SKANE_MODEL, 1));
        assertThat(fetch(TenantId.of("region-gotland"))).extracting(ProcessModelView::tenant)
                .containsExactly(null, null, null);
    }

    @Test
    void resetEmptiesTheCollectionAndAReplayRebuildsIdenticalDocuments() {
        defined(FAST_TRACK, STOCKHOLM, FIRST);
        log.skip(10);
        defined(SKANE_MODEL, SKANE, THIRD);
        revised(FAST_TRACK, STOCKHOLM, 2, SECOND);
        revised(FAST_TRACK, STOCKHOLM, 3, THIRD);
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(ProcessModelDocument.COLLECTION);
        List<ProcessModelView> viewsBefore = fetch(STOCKHOLM);
        assertThat(MONGO.count(ProcessModelDocument.COLLECTION)).isEqualTo(2);

        projector.reset();

        assertThat(MONGO.count(ProcessModelDocument.COLLECTION)).isZero();
        assertThat(find(STOCKHOLM, FAST_TRACK, null)).isEmpty();
        assertThat(fetch(STOCKHOLM)).extracting(ProcessModelView::builtIn).containsOnly(true);

        projector.replay(log.all());

        assertThat(MONGO.snapshot(ProcessModelDocument.COLLECTION)).isEqualTo(before);
        assertThat(fetch(STOCKHOLM)).isEqualTo(viewsBefore);
    }

    private Optional<ProcessModelView> find(TenantId tenant, ProcessModelId id, Integer version) {
        return projector.query(new FindProcessModel(tenant, id, version),
                ResponseTypes.optionalInstanceOf(ProcessModelView.class));
    }

    private List<ProcessModelView> fetch(TenantId tenant) {
        return projector.query(new FetchProcessModels(tenant),
                ResponseTypes.multipleInstancesOf(ProcessModelView.class));
    }
}

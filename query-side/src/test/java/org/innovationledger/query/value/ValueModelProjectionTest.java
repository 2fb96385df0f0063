package org.innovationledger.query.value;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.DistributionRule;
import org.innovationledger.kernel.value.FetchValueModels;
import org.innovationledger.kernel.value.FindValueModel;
import org.innovationledger.kernel.value.PartyShare;
import org.innovationledger.kernel.value.ValueHorizon;
import org.innovationledger.kernel.value.ValueIndicator;
import org.innovationledger.kernel.value.ValueItem;
import org.innovationledger.kernel.value.ValueModelDefined;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.innovationledger.kernel.value.ValueModelRevised;
import org.innovationledger.kernel.value.ValueModelView;
import org.innovationledger.kernel.value.ValuePerspective;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ValueModelProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final String AGGREGATE = "ValueModel";
    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final ValueModelId TILLSYN = ValueModelId.of("vm-tillsyn");
    private static final ValueModelId FALL = ValueModelId.of("vm-fall");
    private static final InitiativeId INITIATIVE = InitiativeId.of("ini-tillsyn");

    private static final ValueModelDefinition FIRST = model("Värdemodell digital tillsyn", INITIATIVE, "60", "40");
    private static final ValueModelDefinition SECOND = model("Värdemodell digital tillsyn", INITIATIVE, "50", "50");

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(100);
        projector = new Projector(new ValueModelProjection(MONGO.template()));
    }

    private static ValueModelDefinition model(String name, InitiativeId initiative, String region, String company) {
        return new ValueModelDefinition(name, initiative,
                List.of(new ValueItem("v1", "Färre akuta inläggningar", Beneficiary.CARE_UNIT, ValuePerspective.BUDGET,
                        true, ValueHorizon.NOW, Money.of("1200000.50", "SEK"), "Geriatriken", "Akuten")),
                List.of(new ValueIndicator("i1", "Inläggningar per 100 patienter", "antal", new BigDecimal("41.5"),
                        new BigDecimal("30"), "kvartalsvis", "PAS", "v1")),
                new DistributionRule(List.of(new PartyShare("region", new BigDecimal(region)),
                        new PartyShare("företagspartner", new BigDecimal(company))), "andelar av besparingen"));
    }

    private TrackedEventMessage<?> defined(ValueModelId id, TenantId tenant, ValueModelDefinition definition) {
        return log.append(AGGREGATE, id.value(), new ValueModelDefined(id, tenant, 1, definition),
                EventLog.metadata("eva", tenant), null);
    }

    private TrackedEventMessage<?> revised(ValueModelId id, TenantId tenant, int version,
                                           ValueModelDefinition definition) {
        return log.append(AGGREGATE, id.value(), new ValueModelRevised(id, version, definition, "ändring " + version),
                EventLog.metadata("eva", tenant), null);
    }

    private Optional<ValueModelView> find(TenantId tenant, ValueModelId id, Integer version) {
        return projector.query(new FindValueModel(tenant, id, version),
                ResponseTypes.optionalInstanceOf(ValueModelView.class));
    }

    private List<ValueModelView> fetch(TenantId tenant, InitiativeId initiative) {
        return projector.query(new FetchValueModels(tenant, initiative),
                ResponseTypes.multipleInstancesOf(ValueModelView.class));
    }

    @Test
    void everyVersionComesBackExactlyAsDefinedWithAmountsToTheOre() {
        defined(TILLSYN, VASTERBOTTEN, FIRST);
        revised(TILLSYN, VASTERBOTTEN, 2, SECOND);
        projector.deliver(log.all());

        assertThat(find(VASTERBOTTEN, TILLSYN, null)).contains(new ValueModelView(new ValueModelRef(TILLSYN, 2),
                VASTERBOTTEN, SECOND, "ändring 2", List.of(1, 2), 101));
        assertThat(find(VASTERBOTTEN, TILLSYN, 1).orElseThrow().definition()).isEqualTo(FIRST);
        assertThat(find(VASTERBOTTEN, TILLSYN, 1).orElseThrow().changeNote()).isNull();
        assertThat(find(VASTERBOTTEN, TILLSYN, 3)).isEmpty();
    }

    @Test
    void aTenantSeesOnlyItsOwnModelsAndMayFilterByInitiative() {
        defined(TILLSYN, VASTERBOTTEN, FIRST);
        defined(FALL, VASTERBOTTEN, model("Fallprevention", null, "100", "0"));
        defined(ValueModelId.of("vm-skane"), SKANE, model("Skånemodell", null, "50", "50"));
        projector.deliver(log.all());

        assertThat(fetch(VASTERBOTTEN, null)).extracting(v -> v.ref().id()).containsExactly(FALL, TILLSYN);
        assertThat(fetch(VASTERBOTTEN, INITIATIVE)).extracting(v -> v.ref().id()).containsExactly(TILLSYN);
        assertThat(find(SKANE, TILLSYN, null)).isEmpty();
    }

    @Test
    void redeliveringTheSameEventsChangesNothing() {
        defined(TILLSYN, VASTERBOTTEN, FIRST);
        revised(TILLSYN, VASTERBOTTEN, 2, SECOND);
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(ValueModelDocument.COLLECTION);

        projector.deliver(log.all());

        assertThat(MONGO.snapshot(ValueModelDocument.COLLECTION)).isEqualTo(before);
        assertThat(find(VASTERBOTTEN, TILLSYN, null).orElseThrow().versions()).containsExactly(1, 2);
    }

    @Test
    void aReplayRebuildsTheSameModels() {
        defined(TILLSYN, VASTERBOTTEN, FIRST);
        revised(TILLSYN, VASTERBOTTEN, 2, SECOND);
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(ValueModelDocument.COLLECTION);

        projector.replay(log.all());

        assertThat(MONGO.snapshot(ValueModelDocument.COLLECTION)).isEqualTo(before);
    }
}

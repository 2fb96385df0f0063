package org.innovationledger.query.realisation;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.realisation.AllocatedShare;
import org.innovationledger.kernel.realisation.BaselineMeasured;
import org.innovationledger.kernel.realisation.FetchValueRealisation;
import org.innovationledger.kernel.realisation.MeasurementCorrected;
import org.innovationledger.kernel.realisation.MeasurementRecorded;
import org.innovationledger.kernel.realisation.RealisationTarget;
import org.innovationledger.kernel.realisation.ValueDistributed;
import org.innovationledger.kernel.realisation.ValueRealisationReport;
import org.innovationledger.kernel.realisation.ValueRealisationReport.DimensionLine;
import org.innovationledger.kernel.realisation.ValueRealisationReport.IndicatorLine;
import org.innovationledger.kernel.realisation.ValueRealisationReport.PartyLine;
import org.innovationledger.kernel.realisation.ValueRealised;
import org.innovationledger.kernel.realisation.ValueTransferredBetweenBudgets;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.DistributionRule;
import org.innovationledger.kernel.value.PartyShare;
import org.innovationledger.kernel.value.ValueHorizon;
import org.innovationledger.kernel.value.ValueItem;
import org.innovationledger.kernel.value.ValueModelDefined;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.innovationledger.kernel.value.ValueModelRevised;
import org.innovationledger.kernel.value.ValuePerspective;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digital home monitoring in Västerbotten: a value model (version 2 raises the expected saving), a baseline, two
 * measurements (one corrected), savings realised at two follow-ups, a company reference (no sum), a 60/40
 * distribution and a budget transfer; besides, another initiative and another region with values of their own.
 */
class ValueRealisationProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final InitiativeId TILLSYN = InitiativeId.of("ini-tillsyn");
    private static final InitiativeId FALL = InitiativeId.of("ini-fall");
    private static final AgreementId AGREEMENT = AgreementId.of("agreement-tillsyn");
    private static final AgreementId FALL_AGREEMENT = AgreementId.of("agreement-fall");
    private static final ValueModelId MODEL = ValueModelId.of("vm-tillsyn");
    private static final ValueModelId FALL_MODEL = ValueModelId.of("vm-fall");
    private static final ValueModelRef V1 = new ValueModelRef(MODEL, 1);
    private static final ValueModelRef V2 = new ValueModelRef(MODEL, 2);
    private static final LocalDate F1 = LocalDate.of(2020, 6, 30);
    private static final LocalDate F2 = LocalDate.of(2020, 12, 31);

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(1);
        projector = new Projector(new ValueRealisationProjection(MONGO.template()));
    }

    private static ValueModelDefinition model(InitiativeId initiative, String saving) {
        return new ValueModelDefinition("Värdemodell", initiative, List.of(
                new ValueItem("v1", "Färre akuta inläggningar", Beneficiary.CARE_UNIT, ValuePerspective.BUDGET, true,
                        ValueHorizon.NOW, Money.of(saving, "SEK"), null, null),
                new ValueItem("v2", "Referenskund", Beneficiary.COMPANY, ValuePerspective.MARKET, false,
                        ValueHorizon.FUTURE, null, null, null),
                new ValueItem("v3", "Tryggare patienter", Beneficiary.PATIENT_OR_CITIZEN, ValuePerspective.SOCIETAL,
                        false, ValueHorizon.NOW, Money.of("300000", "SEK"), null, null)),
                List.of(), new DistributionRule(List.of(new PartyShare("region", new BigDecimal("60")),
                new PartyShare("företagspartner", new BigDecimal("40"))), null));
    }

    private void value(Object event, TenantId tenant) {
        String stream = event instanceof ValueModelDefined d ? d.valueModelId().value()
                : event instanceof ValueModelRevised r ? r.valueModelId().value()
                : RealisationTarget.of(event instanceof ValueRealised v && v.agreementId().equals(FALL_AGREEMENT)
                ? FALL_AGREEMENT : AGREEMENT);
        log.append(stream.startsWith("vm-") ? "ValueModel" : "ValueRealisation", stream, event,
                EventLog.metadata("eva", tenant), null);
    }

    private ValueRealised realised(String id, LocalDate followUp, String item, Beneficiary beneficiary,
                                   ValuePerspective perspective, boolean realisable, String amount) {
        return new ValueRealised(AGREEMENT, VASTERBOTTEN, TILLSYN, id, V1, followUp.equals(F1) ? "f1" : "f2", followUp,
                item, beneficiary, perspective, realisable, amount == null ? null : Money.of(amount, "SEK"), "protokoll");
    }

    private void history() {
        value(new ValueModelDefined(MODEL, VASTERBOTTEN, 1, model(TILLSYN, "1000000")), VASTERBOTTEN);
        value(new BaselineMeasured(AGREEMENT, VASTERBOTTEN, TILLSYN, "m0", V1, "i1", new BigDecimal("41.5"),
                LocalDate.of(2020, 1, 15), "PAS"), VASTERBOTTEN);
        value(new MeasurementRecorded(AGREEMENT, VASTERBOTTEN, TILLSYN, "m1", V1, "i1", new BigDecimal("36"), F1, "f1",
                "PAS"), VASTERBOTTEN);
        value(realised("r1", F1, "v1", Beneficiary.CARE_UNIT, ValuePerspective.BUDGET, true, "250000.50"), VASTERBOTTEN);
        value(new MeasurementRecorded(AGREEMENT, VASTERBOTTEN, TILLSYN, "m2", V1, "i1", new BigDecimal("31"), F2, "f2",
                "PAS"), VASTERBOTTEN);
        value(new MeasurementCorrected(AGREEMENT, "m2", "i1", new BigDecimal("31"), new BigDecimal("32")), VASTERBOTTEN);
        value(realised("r2", F2, "v1", Beneficiary.CARE_UNIT, ValuePerspective.BUDGET, true, "149999.50"), VASTERBOTTEN);
        value(realised("r3", F2, "v2", Beneficiary.COMPANY, ValuePerspective.MARKET, false, null), VASTERBOTTEN);
        value(new ValueDistributed(AGREEMENT, VASTERBOTTEN, TILLSYN, "d1", V1, Money.of("100000", "SEK"), List.of(
                new AllocatedShare("unit-region", "region", new BigDecimal("60"), Money.of("60000", "SEK")),
                new AllocatedShare("partner-medtech", "företagspartner", new BigDecimal("40"),
                        Money.of("40000", "SEK")))), VASTERBOTTEN);
        value(new ValueTransferredBetweenBudgets(AGREEMENT, VASTERBOTTEN, TILLSYN, "t1",
                OrganisationUnitId.of("unit-akuten"), OrganisationUnitId.of("unit-geriatrik"),
                Money.of("200000", "SEK")), VASTERBOTTEN);
        value(new ValueModelRevised(MODEL, 2, model(TILLSYN, "1200000"), "högre förväntad besparing"), VASTERBOTTEN);
        // another initiative of the same region, and another region
        value(new ValueModelDefined(FALL_MODEL, VASTERBOTTEN, 1, model(FALL, "500000")), VASTERBOTTEN);
        value(new ValueRealised(FALL_AGREEMENT, VASTERBOTTEN, FALL, "r9", new ValueModelRef(FALL_MODEL, 1), "f1", F1,
                "v1", Beneficiary.CARE_UNIT, ValuePerspective.BUDGET, true, Money.of("70000", "SEK"), "x"), VASTERBOTTEN);
        value(new ValueModelDefined(ValueModelId.of("vm-skane"), SKANE, 1, model(null, "9999999")), SKANE);
    }

    private ValueRealisationReport report(TenantId tenant, InitiativeId initiative, AgreementId agreement) {
        return projector.query(new FetchValueRealisation(tenant, initiative, agreement),
                ResponseTypes.instanceOf(ValueRealisationReport.class));
    }

    private static List<Money> sek(String amount) {
        return List.of(Money.of(amount, "SEK"));
    }

    @Test
    void anInitiativesExpectedValuesAreItsModelsNewestVersionAndRealisedAreSumsOfItsEvents() {
        history();
        projector.deliver(log.all());

        ValueRealisationReport report = report(VASTERBOTTEN, TILLSYN, null);
        assertThat(report.expected()).isEqualTo(sek("1500000"));
        assertThat(report.realised()).isEqualTo(sek("400000.00"));
        assertThat(report.distributed()).isEqualTo(sek("100000"));
        assertThat(report.transferred()).isEqualTo(sek("200000"));
        assertThat(report.realisations()).isEqualTo(3);
        assertThat(report.idealRealisations()).isEqualTo(1);
        assertThat(report.byDimension()).containsExactly(
                new DimensionLine(Beneficiary.PATIENT_OR_CITIZEN, ValuePerspective.SOCIETAL, sek("300000"), List.of(), 0),
                new DimensionLine(Beneficiary.CARE_UNIT, ValuePerspective.BUDGET, sek("1200000"), sek("400000.00"), 2),
                new DimensionLine(Beneficiary.COMPANY, ValuePerspective.MARKET, List.of(), List.of(), 1));
        assertThat(report.items()).extracting(i -> i.itemId() + " v" + i.version() + " " + i.realised())
                .containsExactly("v1 v2 [400000.00 SEK]", "v2 v2 []", "v3 v2 []");
        assertThat(report.distributedTo()).containsExactly(
                new PartyLine("partner-medtech", "företagspartner", Money.of("40000", "SEK")),
                new PartyLine("unit-region", "region", Money.of("60000", "SEK")));
        assertThat(report.indicators()).containsExactly(new IndicatorLine(AGREEMENT, "i1", new BigDecimal("41.5"),
                new BigDecimal("32"), F2, 2, 1));
        assertThat(report.position()).isEqualTo(11);
    }

    @Test
    void thePortfolioAddsUpEveryInitiativeOfTheRegionAndNothingOfOthers() {
        history();
        projector.deliver(log.all());

        ValueRealisationReport portfolio = report(VASTERBOTTEN, null, null);
        assertThat(portfolio.expected()).isEqualTo(sek("2300000"));
        assertThat(portfolio.realised()).isEqualTo(sek("470000.00"));
        assertThat(portfolio.realisations()).isEqualTo(4);
        assertThat(report(SKANE, null, null).realised()).isEmpty();
        assertThat(report(SKANE, null, null).expected()).isEqualTo(sek("10299999"));
    }

    @Test
    void anAgreementsReportHasTheModelsItRealisedUnder() {
        history();
        projector.deliver(log.all());

        ValueRealisationReport agreement = report(VASTERBOTTEN, null, FALL_AGREEMENT);
        assertThat(agreement.realised()).isEqualTo(sek("70000"));
        assertThat(agreement.items()).extracting(i -> i.valueModelId().value()).containsOnly("vm-fall");
    }

    @Test
    void redeliveryAndReplayChangeNothing() {
        history();
        projector.deliver(log.all());
        Map<String, ?> facts = MONGO.snapshot(RealisationFactDocument.COLLECTION);
        Map<String, ?> measurements = MONGO.snapshot(RealisationMeasurementDocument.COLLECTION);
        ValueRealisationReport before = report(VASTERBOTTEN, TILLSYN, null);

        projector.deliver(log.all());
        assertThat(MONGO.snapshot(RealisationFactDocument.COLLECTION)).isEqualTo(facts);
        assertThat(MONGO.snapshot(RealisationMeasurementDocument.COLLECTION)).isEqualTo(measurements);
        assertThat(report(VASTERBOTTEN, TILLSYN, null)).isEqualTo(before);

        projector.replay(log.all());
        assertThat(report(VASTERBOTTEN, TILLSYN, null)).isEqualTo(before);
    }
}

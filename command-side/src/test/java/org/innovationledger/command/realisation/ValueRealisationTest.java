package org.innovationledger.command.realisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.infra.LedgerCalendar;
import org.innovationledger.command.organisation.InMemoryOrganisationUnitDirectory;
import org.innovationledger.command.value.ValueModelCatalogue;
import org.innovationledger.command.value.ValueModels;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.realisation.AllocatedShare;
import org.innovationledger.kernel.realisation.Allocation;
import org.innovationledger.kernel.realisation.BaselineMeasured;
import org.innovationledger.kernel.realisation.CorrectMeasurement;
import org.innovationledger.kernel.realisation.DistributeValue;
import org.innovationledger.kernel.realisation.MeasurementCorrected;
import org.innovationledger.kernel.realisation.MeasurementRecorded;
import org.innovationledger.kernel.realisation.RecordBaseline;
import org.innovationledger.kernel.realisation.RecordMeasurement;
import org.innovationledger.kernel.realisation.RecordRealisedValue;
import org.innovationledger.kernel.realisation.TransferValueBetweenBudgets;
import org.innovationledger.kernel.realisation.ValueDistributed;
import org.innovationledger.kernel.realisation.ValueRealised;
import org.innovationledger.kernel.realisation.ValueTransferredBetweenBudgets;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.innovationledger.kernel.value.ValuePerspective;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Value realisation under the partner agreement for digital home monitoring in Västerbotten: the region (60 %)
 * and the company partner (40 %) share realised savings by the rule of value model version 1.
 */
class ValueRealisationTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final AgreementId AGREEMENT = AgreementId.of("agreement-tillsyn");
    private static final ValueModelRef MODEL_V1 = new ValueModelRef(ValueModelId.of("vm-tillsyn"), 1);
    private static final ValueModelRef MODEL_V2 = new ValueModelRef(ValueModelId.of("vm-tillsyn"), 2);
    private static final OrganisationUnitId GERIATRICS = OrganisationUnitId.of("unit-geriatrik");
    private static final OrganisationUnitId EMERGENCY = OrganisationUnitId.of("unit-akuten");
    private static final LocalDate FIRST_FOLLOW_UP = LocalDate.of(2020, 6, 30);
    private static final LocalDate SECOND_FOLLOW_UP = LocalDate.of(2020, 12, 31);
    private static final List<SettlementTerms.Party> PARTIES = List.of(
            new SettlementTerms.Party("unit-region", "region"),
            new SettlementTerms.Party("partner-medtech", "företagspartner"),
            new SettlementTerms.Party("unit-geriatrik", "testbädd"));
    private static final Map<String, LocalDate> FOLLOW_UPS = Map.of("f1", FIRST_FOLLOW_UP, "f2", SECOND_FOLLOW_UP);
    private static final SettlementTerms IN_FORCE = new SettlementTerms(VASTERBOTTEN, ValueModels.TILLSYN, true, MODEL_V1, PARTIES, FOLLOW_UPS);

    private FixtureConfiguration<ValueRealisation> fixture;
    private SettlementTerms terms = IN_FORCE;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ValueRealisation.class);
        SignedAgreements agreements = id -> id.equals(AGREEMENT) ? Optional.ofNullable(terms) : Optional.empty();
        ValueModelCatalogue models = (tenant, ref) -> !tenant.equals(VASTERBOTTEN) ? Optional.empty()
                : ref.equals(MODEL_V1) ? Optional.of(ValueModels.first())
                : ref.equals(MODEL_V2) ? Optional.of(ValueModels.second()) : Optional.<ValueModelDefinition>empty();
        fixture.registerInjectableResource(agreements);
        fixture.registerInjectableResource(LedgerCalendar.fixed(LocalDate.of(2021, 1, 15)));
        fixture.registerInjectableResource(models);
        fixture.registerInjectableResource(new InMemoryOrganisationUnitDirectory()
                .add(GERIATRICS, VASTERBOTTEN, OrganisationUnitKind.CLINIC)
                .add(EMERGENCY, VASTERBOTTEN, OrganisationUnitKind.CLINIC)
                .add(OrganisationUnitId.of("unit-sus"), SKANE, OrganisationUnitKind.HOSPITAL));
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(), LedgerMetadata.PRINCIPAL, "eva.lund",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER", LedgerMetadata.DOCUMENT_REF, "Uppföljningsprotokoll 2020");
    }

    private static BaselineMeasured baseline() {
        return new BaselineMeasured(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, "m0", MODEL_V1, "i1", new BigDecimal("41.5"),
                LocalDate.of(2020, 1, 15), "PAS");
    }

    private static ValueRealised saving(String id, String amount) {
        return new ValueRealised(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, id, MODEL_V1, "f1", FIRST_FOLLOW_UP, "v1",
                Beneficiary.CARE_UNIT, ValuePerspective.BUDGET, true, Money.of(amount, "SEK"), "Färre inläggningar");
    }

    private static RecordRealisedValue realise(String id, String itemId, String followUp, Money amount) {
        return new RecordRealisedValue(AGREEMENT, id, followUp, itemId, amount, "Enligt uppföljningsprotokoll", null);
    }

    @Nested
    class Measurements {

        @Test
        void theFirstBaselineStartsTheStreamUnderTheAgreementsModelVersion() {
            fixture.givenNoPriorActivity()
                    .when(new RecordBaseline(AGREEMENT, "m0", "i1", new BigDecimal("41.5"), LocalDate.of(2020, 1, 15),
                            "PAS", null), metaData(VASTERBOTTEN))
                    .expectEvents(baseline())
                    .expectResultMessagePayload(0L);
        }

        @Test
        void anIndicatorHasOneBaselineWhichIsCorrectedNotRemeasured() {
            fixture.given(baseline())
                    .when(new RecordBaseline(AGREEMENT, "m1", "i1", BigDecimal.ONE, LocalDate.of(2020, 2, 1), null, null),
                            metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("indicator i1 has its baseline; correct that measurement instead")
                    .expectNoEvents();
        }

        @Test
        void aMeasurementAtAFollowUpNeedsTheBaselineFirst() {
            fixture.givenNoPriorActivity()
                    .when(new RecordMeasurement(AGREEMENT, "m1", "i1", new BigDecimal("35"), FIRST_FOLLOW_UP, "f1",
                            "PAS", null), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("indicator i1 has no baseline yet: measure it first")
                    .expectNoEvents();
            fixture.given(baseline())
                    .when(new RecordMeasurement(AGREEMENT, "m1", "i1", new BigDecimal("35"), FIRST_FOLLOW_UP, "f1",
                            "PAS", null), metaData(VASTERBOTTEN))
                    .expectEvents(new MeasurementRecorded(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, "m1", MODEL_V1, "i1",
                            new BigDecimal("35"), FIRST_FOLLOW_UP, "f1", "PAS"));
        }

        @Test
        void aBaselineAgreedInTheModelIsEnough() {
            terms = new SettlementTerms(VASTERBOTTEN, ValueModels.TILLSYN, true, MODEL_V2, PARTIES, FOLLOW_UPS);
            fixture.givenNoPriorActivity()
                    .when(new RecordMeasurement(AGREEMENT, "m1", "i2", new BigDecimal("5.9"), FIRST_FOLLOW_UP, "f1",
                            null, null), metaData(VASTERBOTTEN))
                    .expectEvents(new MeasurementRecorded(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, "m1", MODEL_V2, "i2",
                            new BigDecimal("5.9"), FIRST_FOLLOW_UP, "f1", null));
        }

        @Test
        void onlyTheModelVersionsIndicatorsAndTheAgreementsFollowUpsCount() {
            fixture.given(baseline())
                    .when(new RecordMeasurement(AGREEMENT, "m1", "i2", BigDecimal.ONE, FIRST_FOLLOW_UP, null, null, null),
                            metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("the value model has no indicator i2")
                    .expectNoEvents();
            fixture.given(baseline())
                    .when(new RecordMeasurement(AGREEMENT, "m1", "i1", BigDecimal.ONE, FIRST_FOLLOW_UP, "f9", null, null),
                            metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("the agreement has no follow-up f9; value is identified at the follow-ups"
                            + " agreed in advance")
                    .expectNoEvents();
        }

        @Test
        void nothingIsMeasuredAheadOfTime() {
            fixture.givenNoPriorActivity()
                    .when(new RecordBaseline(AGREEMENT, "m0", "i1", BigDecimal.ONE, LocalDate.of(2021, 1, 16), null,
                            null), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("a measurement dated 2021-01-16 has not been made yet")
                    .expectNoEvents();
        }

        @Test
        void aMeasurementIdIsRecordedOnce() {
            fixture.given(baseline())
                    .when(new RecordMeasurement(AGREEMENT, "m0", "i1", BigDecimal.ONE, FIRST_FOLLOW_UP, null, null, null),
                            metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("measurement m0 is already recorded; correct it instead")
                    .expectNoEvents();
        }

        @Test
        void aCorrectionCompensatesAndKeepsTheWrongValueOnRecord() {
            fixture.given(baseline())
                    .when(new CorrectMeasurement(AGREEMENT, "m0", new BigDecimal("40.5"), 0L), metaData(VASTERBOTTEN))
                    .expectEvents(new MeasurementCorrected(AGREEMENT, "m0", "i1", new BigDecimal("41.5"),
                            new BigDecimal("40.5")));
        }

        @Test
        void aCorrectionNeedsAKnownMeasurementAndAnotherValue() {
            fixture.given(baseline())
                    .when(new CorrectMeasurement(AGREEMENT, "m7", BigDecimal.ONE, null), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("no measurement m7 under agreement " + AGREEMENT)
                    .expectNoEvents();
            fixture.given(baseline())
                    .when(new CorrectMeasurement(AGREEMENT, "m0", new BigDecimal("41.50"), null), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class TheAgreement {

        @Test
        void anotherTenantsAgreementIsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new RecordBaseline(AGREEMENT, "m0", "i1", BigDecimal.ONE, LocalDate.of(2020, 1, 1), null, null),
                            metaData(SKANE))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("no agreement " + AGREEMENT + " in this tenant")
                    .expectNoEvents();
        }

        @Test
        void valueIsSettledOnlyWhileTheAgreementIsInForce() {
            terms = new SettlementTerms(VASTERBOTTEN, ValueModels.TILLSYN, false, MODEL_V1, PARTIES, FOLLOW_UPS);
            fixture.givenNoPriorActivity()
                    .when(realise("r1", "v1", "f1", Money.of("100", "SEK")), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("agreement " + AGREEMENT
                            + " is not in force (not signed by every party, terminated or expired)")
                    .expectNoEvents();
        }

        @Test
        void anAgreementWithoutAValueModelHasNothingToSettleAgainst() {
            terms = new SettlementTerms(VASTERBOTTEN, ValueModels.TILLSYN, true, null, PARTIES, FOLLOW_UPS);
            fixture.givenNoPriorActivity()
                    .when(realise("r1", "v1", "f1", Money.of("100", "SEK")), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("the agreement references no value model: value is settled against one")
                    .expectNoEvents();
        }

        @Test
        void aStaleIfMatchIsRefused() {
            fixture.given(baseline())
                    .when(new CorrectMeasurement(AGREEMENT, "m0", BigDecimal.TEN, 3L), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class RealisedValue {

        @Test
        void valueRealisedAtAFollowUpCarriesTheItemsBeneficiaryAndPerspective() {
            fixture.givenNoPriorActivity()
                    .when(realise("r1", "v1", "f1", Money.of("250000", "SEK")), metaData(VASTERBOTTEN))
                    .expectEvents(new ValueRealised(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, "r1", MODEL_V1, "f1", FIRST_FOLLOW_UP,
                            "v1", Beneficiary.CARE_UNIT, ValuePerspective.BUDGET, true, Money.of("250000", "SEK"),
                            "Enligt uppföljningsprotokoll"));
        }

        @Test
        void anIdealValueMayGoWithoutASumButARealisableOneMayNot() {
            fixture.givenNoPriorActivity()
                    .when(realise("r1", "v2", "f2", null), metaData(VASTERBOTTEN))
                    .expectEvents(new ValueRealised(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, "r1", MODEL_V1, "f2", SECOND_FOLLOW_UP,
                            "v2", Beneficiary.COMPANY, ValuePerspective.MARKET, false, null,
                            "Enligt uppföljningsprotokoll"));
            fixture.givenNoPriorActivity()
                    .when(realise("r1", "v1", "f1", null), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("value item v1 is realisable: say how much was realised")
                    .expectNoEvents();
        }

        @Test
        void theItemMustBeInTheModelAndTheSumInItsCurrency() {
            fixture.givenNoPriorActivity()
                    .when(realise("r1", "v9", "f1", Money.of("1", "SEK")), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("the value model has no value item v9")
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(realise("r1", "v1", "f1", Money.of("1", "DKK")), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("value item v1 is counted in SEK, not DKK")
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(realise("r1", "v1", "f1", Money.of("0", "SEK")), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }

        @Test
        void valueIsRecordedAtAFollowUpThatWasHeldNotBefore() {
            terms = new SettlementTerms(VASTERBOTTEN, ValueModels.TILLSYN, true, MODEL_V1, PARTIES,
                    Map.of("f1", FIRST_FOLLOW_UP, "f3", LocalDate.of(2021, 6, 30)));
            fixture.givenNoPriorActivity()
                    .when(realise("r1", "v1", "f3", Money.of("100", "SEK")), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("follow-up f3 is on 2021-06-30: value is recorded at the follow-up, not"
                            + " before it")
                    .expectNoEvents();
        }

        @Test
        void aRealisationIdIsRecordedOnce() {
            fixture.given(saving("r1", "100"))
                    .when(realise("r1", "v1", "f2", Money.of("5", "SEK")), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("realisation r1 is already recorded")
                    .expectNoEvents();
        }
    }

    @Nested
    class Distribution {

        private DistributeValue distribute(String id, String total, String region, String company) {
            return new DistributeValue(AGREEMENT, id, Money.of(total, "SEK"), List.of(
                    new Allocation("unit-region", Money.of(region, "SEK")),
                    new Allocation("partner-medtech", Money.of(company, "SEK"))), null);
        }

        @Test
        void allocationsThatFollowTheModelVersionsRuleAreRecordedWithTheirShares() {
            fixture.given(saving("r1", "250000"))
                    .when(distribute("d1", "100000", "60000", "40000"), metaData(VASTERBOTTEN))
                    .expectEvents(new ValueDistributed(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, "d1", MODEL_V1,
                            Money.of("100000", "SEK"), List.of(
                            new AllocatedShare("unit-region", "region", new BigDecimal("60"), Money.of("60000", "SEK")),
                            new AllocatedShare("partner-medtech", "företagspartner", new BigDecimal("40"),
                                    Money.of("40000", "SEK")))));
        }

        @Test
        void allocationsAgainstTheRuleAreRejected() {
            fixture.given(saving("r1", "250000"))
                    .when(distribute("d1", "100000", "50000", "50000"), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("by the rule unit-region (region, 60 %) gets 60000.00 SEK, not 50000.00 SEK")
                    .expectNoEvents();
        }

        @Test
        void theRuleIsThatOfTheVersionTheAgreementReferences() {
            terms = new SettlementTerms(VASTERBOTTEN, ValueModels.TILLSYN, true, MODEL_V2, PARTIES, FOLLOW_UPS);
            fixture.given(saving("r1", "250000"))
                    .when(distribute("d1", "100000", "50000", "50000"), metaData(VASTERBOTTEN))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void roundingToTheOreIsToleratedWhenTheSumIsExact() {
            fixture.given(saving("r1", "250000"))
                    .when(distribute("d1", "0.05", "0.03", "0.02"), metaData(VASTERBOTTEN))
                    .expectSuccessfulHandlerExecution();
            fixture.given(saving("r1", "250000"))
                    .when(distribute("d1", "0.05", "0.03", "0.03"), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("the allocations add up to 0.06 SEK, not 0.05 SEK")
                    .expectNoEvents();
        }

        @Test
        void nobodyOutsideTheAgreementAndNoPartyWithoutAShareGetsAnything() {
            fixture.given(saving("r1", "250000"))
                    .when(new DistributeValue(AGREEMENT, "d1", Money.of("100", "SEK"), List.of(
                            new Allocation("unit-region", Money.of("60", "SEK")),
                            new Allocation("partner-other", Money.of("40", "SEK"))), null), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("partner-other is not a party to the agreement")
                    .expectNoEvents();
            fixture.given(saving("r1", "250000"))
                    .when(new DistributeValue(AGREEMENT, "d1", Money.of("100", "SEK"), List.of(
                            new Allocation("unit-region", Money.of("50", "SEK")),
                            new Allocation("partner-medtech", Money.of("40", "SEK")),
                            new Allocation("unit-geriatrik", Money.of("10", "SEK"))), null), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }

        @Test
        void onlyRealisedValueNotYetDistributedCanBeDistributed() {
            fixture.given(saving("r1", "150000"), new ValueDistributed(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, "d1", MODEL_V1,
                            Money.of("100000", "SEK"), List.of()))
                    .when(distribute("d2", "60000", "36000", "24000"), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("60000.00 SEK is more than the realised value not yet distributed"
                            + " (50000.00 SEK)")
                    .expectNoEvents();
        }

        @Test
        void anIdealValueWithoutASumIsNeverDistributed() {
            fixture.given(new ValueRealised(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, "r1", MODEL_V1, "f2", SECOND_FOLLOW_UP, "v2",
                            Beneficiary.COMPANY, ValuePerspective.MARKET, false, null, "referens"))
                    .when(distribute("d1", "10", "6", "4"), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class BudgetTransfers {

        private TransferValueBetweenBudgets transfer(String id, OrganisationUnitId from, OrganisationUnitId to,
                                                     String amount) {
            return new TransferValueBetweenBudgets(AGREEMENT, id, from, to, Money.of(amount, "SEK"), null);
        }

        @Test
        void realisedValueMovesFromTheUnitWhereItAroseToTheOneThatInvested() {
            fixture.given(saving("r1", "250000"))
                    .when(transfer("t1", EMERGENCY, GERIATRICS, "200000"), metaData(VASTERBOTTEN))
                    .expectEvents(new ValueTransferredBetweenBudgets(AGREEMENT, VASTERBOTTEN, ValueModels.TILLSYN, "t1", EMERGENCY,
                            GERIATRICS, Money.of("200000", "SEK")));
        }

        @Test
        void aTransferNeedsTwoUnitsOfTheTenantAndRealisedValueToMove() {
            fixture.given(saving("r1", "250000"))
                    .when(transfer("t1", GERIATRICS, GERIATRICS, "1"), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("a transfer goes from one unit to another")
                    .expectNoEvents();
            fixture.given(saving("r1", "250000"))
                    .when(transfer("t1", OrganisationUnitId.of("unit-sus"), GERIATRICS, "1"), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("unit unit-sus is not registered in this tenant")
                    .expectNoEvents();
            fixture.given(saving("r1", "250000"))
                    .when(transfer("t1", EMERGENCY, GERIATRICS, "250000.01"), metaData(VASTERBOTTEN))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }
    }
}

package org.innovationledger.command.realisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.AggregateVersion;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.infra.LedgerCalendar;
import org.innovationledger.command.organisation.OrganisationUnitDirectory;
import org.innovationledger.command.value.ValueModelCatalogue;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.realisation.BaselineMeasured;
import org.innovationledger.kernel.realisation.CorrectMeasurement;
import org.innovationledger.kernel.realisation.DistributeValue;
import org.innovationledger.kernel.realisation.MeasurementCorrected;
import org.innovationledger.kernel.realisation.MeasurementRecorded;
import org.innovationledger.kernel.realisation.RealisationTarget;
import org.innovationledger.kernel.realisation.RecordBaseline;
import org.innovationledger.kernel.realisation.RecordMeasurement;
import org.innovationledger.kernel.realisation.RecordRealisedValue;
import org.innovationledger.kernel.realisation.TransferValueBetweenBudgets;
import org.innovationledger.kernel.realisation.ValueDistributed;
import org.innovationledger.kernel.realisation.ValueRealised;
import org.innovationledger.kernel.realisation.ValueTransferredBetweenBudgets;
import org.innovationledger.kernel.value.ValueIndicator;
import org.innovationledger.kernel.value.ValueItem;
import org.innovationledger.kernel.value.ValueModelDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The value realised under one agreement (värdehemtagning): the indicators' baselines and measurements, value
 * realised at the follow-ups agreed in advance, its distribution between the parties and transfers between
 * budgets. Everything is settled against the value model version the agreement references at the time, and only
 * while the agreement is in force. Corrections are compensating events. One stream per agreement, started by its
 * first fact.
 */
@Aggregate
public class ValueRealisation {

    @AggregateIdentifier
    private String realisationId;
    private AgreementId agreementId;
    private TenantId tenant;
    private final Map<String, Measure> measurements = new HashMap<>();
    private final Set<String> baselines = new HashSet<>();
    private final Set<String> realisations = new HashSet<>();
    private final Set<String> distributions = new HashSet<>();
    private final Set<String> transfers = new HashSet<>();
    /** Realised value with a sum on it, distributed and transferred, per currency. */
    private final Map<String, BigDecimal> realised = new HashMap<>();
    private final Map<String, BigDecimal> distributed = new HashMap<>();
    private final Map<String, BigDecimal> transferred = new HashMap<>();

    private record Measure(String indicatorId, BigDecimal value) {
    }

    /** The agreement's terms and the value model version it is settled against, as they stand now. */
    private record Settlement(SettlementTerms terms, ValueModelDefinition model) {
    }

    /** Every settlement starts here: the caller's agreement, in force, at the expected version, with its model. */
    private Settlement settle(AgreementId agreement, String caller, Long expectedVersion, SignedAgreements agreements,
                             ValueModelCatalogue models) {
        SettlementTerms terms = requireAgreementInForce(agreement, caller, agreements);
        AggregateVersion.require(expectedVersion);
        return new Settlement(terms, requireValueModel(terms, models));
    }

    protected ValueRealisation() {
        // for Axon: rebuilt from its events, or created by its first command
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordBaseline command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       SignedAgreements agreements, ValueModelCatalogue models, LedgerCalendar calendar) {
        Settlement settlement = settle(command.agreementId(), caller, command.expectedVersion(), agreements, models);
        SettlementTerms terms = settlement.terms();
        ValueModelDefinition model = settlement.model();
        requireIndicator(model, command.indicatorId());
        requireNewMeasurementId(command.measurementId());
        requireNoBaselineYet(command.indicatorId());
        requireMeasuredBy(command.measuredOn(), calendar);
        apply(new BaselineMeasured(command.agreementId(), terms.tenant(), terms.initiativeId(), command.measurementId(), terms.valueModel(),
                command.indicatorId(), command.value(), command.measuredOn(), command.source()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordMeasurement command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       SignedAgreements agreements, ValueModelCatalogue models, LedgerCalendar calendar) {
        Settlement settlement = settle(command.agreementId(), caller, command.expectedVersion(), agreements, models);
        SettlementTerms terms = settlement.terms();
        ValueModelDefinition model = settlement.model();
        ValueIndicator indicator = requireIndicator(model, command.indicatorId());
        requireNewMeasurementId(command.measurementId());
        requireBaseline(indicator);
        requireMeasuredBy(command.measuredOn(), calendar);
        if (command.followUpId() != null) {
            requireFollowUp(terms, command.followUpId());
        }
        apply(new MeasurementRecorded(command.agreementId(), terms.tenant(), terms.initiativeId(), command.measurementId(),
                terms.valueModel(), command.indicatorId(), command.value(), command.measuredOn(),
                command.followUpId(), command.source()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CorrectMeasurement command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        Measure measure = measurements.get(command.measurementId());
        if (measure == null) {
            throw new RuleViolationException("MEASUREMENT_UNKNOWN",
                    "no measurement " + command.measurementId() + " under agreement " + agreementId);
        }
        if (measure.value().compareTo(command.correctedValue()) == 0) {
            throw new RuleViolationException("MEASUREMENT_UNCHANGED",
                    "measurement " + command.measurementId() + " already has the value " + measure.value());
        }
        apply(new MeasurementCorrected(agreementId, command.measurementId(), measure.indicatorId(), measure.value(),
                command.correctedValue()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordRealisedValue command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       SignedAgreements agreements, ValueModelCatalogue models, LedgerCalendar calendar) {
        Settlement settlement = settle(command.agreementId(), caller, command.expectedVersion(), agreements, models);
        SettlementTerms terms = settlement.terms();
        ValueModelDefinition model = settlement.model();
        ValueItem item = requireValueItem(model, command.valueItemId());
        LocalDate followUp = requireFollowUp(terms, command.followUpId());
        requireFollowUpHeld(command.followUpId(), followUp, calendar);
        requireNew(realisations, command.realisationId(), "REALISATION_ID_TAKEN", "realisation");
        requireSumFor(item, command.amount());
        apply(new ValueRealised(command.agreementId(), terms.tenant(), terms.initiativeId(), command.realisationId(), terms.valueModel(),
                command.followUpId(), followUp, item.itemId(), item.beneficiary(), item.perspective(),
                item.realisable(), command.amount(), command.evidence()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(DistributeValue command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       SignedAgreements agreements, ValueModelCatalogue models) {
        Settlement settlement = settle(command.agreementId(), caller, command.expectedVersion(), agreements, models);
        SettlementTerms terms = settlement.terms();
        ValueModelDefinition model = settlement.model();
        requireNew(distributions, command.distributionId(), "DISTRIBUTION_ID_TAKEN", "distribution");
        requireWithinRealised(command.total(), distributed, "DISTRIBUTION_EXCEEDS_REALISED", "distributed");
        apply(new ValueDistributed(command.agreementId(), terms.tenant(), terms.initiativeId(), command.distributionId(),
                terms.valueModel(), command.total(),
                DistributionCheck.byRule(command.total(), command.allocations(), terms, model.distributionRule())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(TransferValueBetweenBudgets command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       SignedAgreements agreements, OrganisationUnitDirectory units) {
        SettlementTerms terms = requireAgreementInForce(command.agreementId(), caller, agreements);
        AggregateVersion.require(command.expectedVersion());
        requireNew(transfers, command.transferId(), "TRANSFER_ID_TAKEN", "transfer");
        if (command.fromUnit().equals(command.toUnit())) {
            throw new RuleViolationException("TRANSFER_TO_SAME_BUDGET", "a transfer goes from one unit to another");
        }
        requireUnitInTenant(command.fromUnit(), terms.tenant(), units);
        requireUnitInTenant(command.toUnit(), terms.tenant(), units);
        requireWithinRealised(command.amount(), transferred, "TRANSFER_EXCEEDS_REALISED", "transferred");
        apply(new ValueTransferredBetweenBudgets(command.agreementId(), terms.tenant(), terms.initiativeId(), command.transferId(),
                command.fromUnit(), command.toUnit(), command.amount()));
        return AggregateLifecycle.getVersion();
    }

    /** Another tenant's agreement does not exist for the caller (404); value is settled only while it is in force. */
    private SettlementTerms requireAgreementInForce(AgreementId id, String caller, SignedAgreements agreements) {
        SettlementTerms terms = agreements.find(id).filter(t -> t.tenant().value().equals(caller))
                .orElseThrow(() -> RuleViolationException.unknown("agreement", id));
        if (!terms.inForce()) {
            throw new RuleViolationException("AGREEMENT_NOT_IN_FORCE", "agreement " + id
                    + " is not in force (not signed by every party, terminated or expired)");
        }
        return terms;
    }

    private void requireSameTenant(String caller) {
        if (tenant == null || !tenant.value().equals(caller)) {
            throw RuleViolationException.unknown("value realisation", realisationId);
        }
    }

    private static ValueModelDefinition requireValueModel(SettlementTerms terms, ValueModelCatalogue models) {
        if (terms.valueModel() == null) {
            throw new RuleViolationException("AGREEMENT_HAS_NO_VALUE_MODEL",
                    "the agreement references no value model: value is settled against one");
        }
        return models.find(terms.tenant(), terms.valueModel()).orElseThrow(() -> new IllegalStateException(
                "value model " + terms.valueModel() + " of an agreement is missing"));
    }

    private static ValueIndicator requireIndicator(ValueModelDefinition model, String indicatorId) {
        return model.indicator(indicatorId).orElseThrow(() -> new RuleViolationException("INDICATOR_UNKNOWN",
                "the value model has no indicator " + indicatorId));
    }

    private static ValueItem requireValueItem(ValueModelDefinition model, String itemId) {
        return model.item(itemId).orElseThrow(() -> new RuleViolationException("VALUE_ITEM_UNKNOWN",
                "the value model has no value item " + itemId));
    }

    private static LocalDate requireFollowUp(SettlementTerms terms, String followUpId) {
        LocalDate date = terms.followUps().get(followUpId);
        if (date == null) {
            throw new RuleViolationException("FOLLOW_UP_UNKNOWN", "the agreement has no follow-up " + followUpId
                    + "; value is identified at the follow-ups agreed in advance");
        }
        return date;
    }

    /** Nothing is measured ahead of time. */
    private static void requireMeasuredBy(LocalDate measuredOn, LedgerCalendar calendar) {
        if (measuredOn.isAfter(calendar.today())) {
            throw new RuleViolationException("MEASUREMENT_IN_FUTURE", "a measurement dated " + measuredOn
                    + " has not been made yet");
        }
    }

    /** Value is identified at a follow-up that has been held, not one still to come. */
    private static void requireFollowUpHeld(String followUpId, LocalDate date, LedgerCalendar calendar) {
        if (date.isAfter(calendar.today())) {
            throw new RuleViolationException("FOLLOW_UP_NOT_YET_HELD", "follow-up " + followUpId + " is on " + date
                    + ": value is recorded at the follow-up, not before it");
        }
    }

    private void requireNewMeasurementId(String measurementId) {
        if (measurements.containsKey(measurementId)) {
            throw new RuleViolationException("MEASUREMENT_ID_TAKEN", "measurement " + measurementId
                    + " is already recorded; correct it instead");
        }
    }

    private void requireNoBaselineYet(String indicatorId) {
        if (baselines.contains(indicatorId)) {
            throw new RuleViolationException("BASELINE_ALREADY_MEASURED", "indicator " + indicatorId
                    + " has its baseline; correct that measurement instead");
        }
    }

    /** A measurement means something against the baseline: measured, or agreed in the model. */
    private void requireBaseline(ValueIndicator indicator) {
        if (indicator.baseline() == null && !baselines.contains(indicator.indicatorId())) {
            throw new RuleViolationException("BASELINE_MISSING", "indicator " + indicator.indicatorId()
                    + " has no baseline yet: measure it first");
        }
    }

    private static void requireNew(Set<String> ids, String id, String rule, String what) {
        if (ids.contains(id)) {
            throw new RuleViolationException(rule, what + " " + id + " is already recorded");
        }
    }

    /** A realisable value is counted in money; an "ideal" value may go without a sum. */
    private static void requireSumFor(ValueItem item, Money amount) {
        if (amount == null) {
            if (item.realisable()) {
                throw new RuleViolationException("AMOUNT_REQUIRED",
                        "value item " + item.itemId() + " is realisable: say how much was realised");
            }
            return;
        }
        if (!amount.isPositive()) {
            throw new RuleViolationException("AMOUNT_NOT_POSITIVE", "a realised value is more than zero");
        }
        if (item.expected() != null && !item.expected().currency().equals(amount.currency())) {
            throw new RuleViolationException("CURRENCY_MISMATCH", "value item " + item.itemId() + " is counted in "
                    + item.expected().currency() + ", not " + amount.currency());
        }
    }

    /** Only realised, realisable value with a sum on it can be distributed or transferred, and only once. */
    private void requireWithinRealised(Money amount, Map<String, BigDecimal> used, String rule, String what) {
        if (!amount.isPositive()) {
            throw new RuleViolationException("AMOUNT_NOT_POSITIVE", "the amount must be more than zero");
        }
        BigDecimal available = realised.getOrDefault(amount.currency(), BigDecimal.ZERO)
                .subtract(used.getOrDefault(amount.currency(), BigDecimal.ZERO));
        if (amount.amount().compareTo(available) > 0) {
            throw new RuleViolationException(rule, amount + " is more than the realised value not yet " + what
                    + " (" + new Money(available, amount.currency()) + ")");
        }
    }

    private static void requireUnitInTenant(OrganisationUnitId unit, TenantId tenant, OrganisationUnitDirectory units) {
        if (units.find(unit).filter(known -> known.tenant().equals(tenant)).isEmpty()) {
            throw new RuleViolationException("ORGANISATION_UNIT_UNKNOWN",
                    "unit " + unit + " is not registered in this tenant");
        }
    }

    private void started(AgreementId agreement, TenantId owner) {
        if (realisationId == null) {
            realisationId = RealisationTarget.of(agreement);
            agreementId = agreement;
            tenant = owner;
        }
    }

    @EventSourcingHandler
    void on(BaselineMeasured event) {
        started(event.agreementId(), event.tenant());
        measurements.put(event.measurementId(), new Measure(event.indicatorId(), event.value()));
        baselines.add(event.indicatorId());
    }

    @EventSourcingHandler
    void on(MeasurementRecorded event) {
        started(event.agreementId(), event.tenant());
        measurements.put(event.measurementId(), new Measure(event.indicatorId(), event.value()));
    }

    @EventSourcingHandler
    void on(MeasurementCorrected event) {
        measurements.put(event.measurementId(), new Measure(event.indicatorId(), event.correctedValue()));
    }

    @EventSourcingHandler
    void on(ValueRealised event) {
        started(event.agreementId(), event.tenant());
        realisations.add(event.realisationId());
        if (event.realisable() && event.amount() != null) {
            realised.merge(event.amount().currency(), event.amount().amount(), BigDecimal::add);
        }
    }

    @EventSourcingHandler
    void on(ValueDistributed event) {
        started(event.agreementId(), event.tenant());
        distributions.add(event.distributionId());
        distributed.merge(event.total().currency(), event.total().amount(), BigDecimal::add);
    }

    @EventSourcingHandler
    void on(ValueTransferredBetweenBudgets event) {
        started(event.agreementId(), event.tenant());
        transfers.add(event.transferId());
        transferred.merge(event.amount().currency(), event.amount().amount(), BigDecimal::add);
    }
}

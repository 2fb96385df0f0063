package org.innovationledger.command.initiative;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.AggregateVersion;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.mission.MissionDirectory;
import org.innovationledger.command.need.NeedDirectory;
import org.innovationledger.command.organisation.OrganisationUnitDirectory;
import org.innovationledger.command.process.ProcessModelCatalogue;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.*;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The unit of the portfolio: a project or partnership case (innovationssatsning). It runs under one version of a
 * process model and changes phase only through gate decisions the model allows. Nothing is edited: every fact
 * is a new event.
 */
@Aggregate
public class Initiative {

    @AggregateIdentifier
    private String initiativeId;
    private TenantId tenant;
    private ProcessModelRef processModel;
    /** Current phase code; null once a gate decision ended the initiative. */
    private String phase;
    private boolean closed;
    private final Set<EntryRequirement> onRecord = EnumSet.noneOf(EntryRequirement.class);
    private EconomicValue economicValue;
    /** A strategic decision covers a negative economic value until the next value analysis. */
    private boolean strategicDecisionOnRecord;
    /** Barrier id to whether it was addressed or circumvented. */
    private final Map<String, Boolean> barriers = new HashMap<>();
    /** Pilots that started and have not completed. */
    private final Set<String> runningPilots = new HashSet<>();
    private final Set<String> allPilots = new HashSet<>();
    private int decisions;
    /** Every decision id ever recorded, retracted or not. */
    private final Set<String> decisionIds = new HashSet<>();
    /** The decisions in force (not retracted), latest on top, each with the phase it was taken in. */
    private final Deque<DecisionInForce> decisionsInForce = new ArrayDeque<>();
    /** Other regions the initiative is shared with for reading (joint projects). */
    private final Set<TenantId> sharedWith = new HashSet<>();

    private record DecisionInForce(String decisionId, String fromPhase) {
    }

    protected Initiative() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Initiative(RegisterInitiative command, @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                      OrganisationUnitDirectory units, NeedDirectory needs, ProcessModelCatalogue models) {
        TenantId owner = TenantId.of(tenant);
        Intake.requireUnitInTenant(command.unitId(), owner, units);
        Intake.requireOpenNeedInTenant(command, owner, needs);
        ProcessModelRef ref = Intake.resolveModel(command, owner, models);
        ProcessModelDefinition model = models.find(owner, ref).orElseThrow();
        Intake.requireCaseTypeInScope(command.caseType(), model);
        apply(new InitiativeRegistered(command.initiativeId(), owner, command.title(), command.description(),
                command.unitId(), command.origin(), command.needId(), command.partnerName(), command.caseType(),
                ref, model.startPhase()));
    }

    @CommandHandler
    public long handle(ClassifyInitiative command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       OrganisationUnitDirectory units, MissionDirectory missions) {
        requireChangeable(caller, command.expectedVersion());
        Intake.requireTestbedInTenant(command.testbedUnitId(), tenant, units);
        Intake.requireMissionsInTenant(command.missions(), tenant, missions);
        apply(new InitiativeClassified(command.initiativeId(), command.strategyArea(), command.coreArea(),
                command.innovationType(), command.missions(), command.testbedUnitId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(AssignInitiativeRole command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       OrganisationUnitDirectory units) {
        requireChangeable(caller, command.expectedVersion());
        if (command.unitId() != null) {
            Intake.requireUnitInTenant(command.unitId(), tenant, units);
        }
        apply(new InitiativeRoleAssigned(command.initiativeId(), command.role(), command.holder(), command.unitId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordCareUnitAnchoring command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       OrganisationUnitDirectory units) {
        requireChangeable(caller, command.expectedVersion());
        Intake.requireUnitInTenant(command.careUnitId(), tenant, units);
        apply(new CareUnitAnchoringRecorded(command.initiativeId(), command.careUnitId(), command.valuePotential()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordNeedsAndCostBaseline command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireChangeable(caller, command.expectedVersion());
        apply(new NeedsAndCostBaselineRecorded(command.initiativeId(), command.summary()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CompleteValueAnalysis command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireChangeable(caller, command.expectedVersion());
        apply(new ValueAnalysisCompleted(command.initiativeId(), command.summary(), command.economicValue()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordGateDecision command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       ProcessModelCatalogue models, PartnerAgreements agreements) {
        requireChangeable(caller, command.expectedVersion());
        ProcessModelDefinition model = models.find(tenant, processModel).orElseThrow(() -> new IllegalStateException(
                "process model " + processModel + " of initiative " + initiativeId + " is gone"));
        GateDefinition gate = GateRules.requireGateClosesPhase(model, command.gate(), phase);
        GateDefinition.Transition transition = GateRules.requireOutcomeAllowed(gate, command.outcome());
        GateRules.requireJointDecision(model, command);
        GateRules.requireStrategicDecisionForNegativeValue(command, economicValue, strategicDecisionOnRecord);
        if (transition.toPhase() != null && !transition.toPhase().equals(phase)) {
            GateRules.requireEntryRequirements(model.phase(transition.toPhase()).orElseThrow(), onRecord,
                    () -> agreements.hasSignedAgreementWithFollowUps(InitiativeId.of(initiativeId),
                            command.decidedOn()));
        }
        apply(new GateDecisionRecorded(command.initiativeId(), initiativeId + "-D" + (decisions + 1), gate.code(),
                command.outcome(), phase, transition.toPhase(), command.decisionBody(), command.partyPositions(),
                command.rationale(), command.evidenceRefs(), command.decidedOn(), command.strategicDecision()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Corrections are compensating events, never edits: the latest decision in force may be retracted, which
     * puts the initiative back in the phase the decision was taken in. A decision that ended the initiative may
     * be retracted too (reopening it); a closed initiative refuses.
     */
    @CommandHandler
    public long handle(RetractGateDecision command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        if (closed) {
            throw new RuleViolationException("INITIATIVE_CLOSED", "initiative " + initiativeId
                    + " is closed: its gate decisions can no longer be retracted");
        }
        if (!decisionIds.contains(command.decisionId())) {
            throw new RuleViolationException("GATE_DECISION_UNKNOWN", "no gate decision " + command.decisionId()
                    + " on record for initiative " + initiativeId);
        }
        DecisionInForce latest = decisionsInForce.peek();
        if (latest == null || !latest.decisionId().equals(command.decisionId())) {
            throw new RuleViolationException("GATE_DECISION_NOT_LATEST", "only the latest gate decision in force"
                    + " may be retracted" + (latest == null ? ", and none is" : ": that is " + latest.decisionId())
                    + ", not " + command.decisionId());
        }
        apply(new GateDecisionRetracted(command.initiativeId(), latest.decisionId(), latest.fromPhase()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ObserveBarrier command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireChangeable(caller, null);
        if (barriers.containsKey(command.barrierId())) {
            throw new RuleViolationException("BARRIER_ALREADY_OBSERVED", "barrier " + command.barrierId() + " is on record");
        }
        apply(new BarrierObserved(command.initiativeId(), command.barrierId(), command.category(), command.level(),
                command.description()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(AddressBarrier command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireChangeable(caller, null);
        requireUnresolvedBarrier(command.barrierId());
        apply(new BarrierAddressed(command.initiativeId(), command.barrierId(), command.measure()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CircumventBarrier command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireChangeable(caller, null);
        requireUnresolvedBarrier(command.barrierId());
        apply(new BarrierCircumvented(command.initiativeId(), command.barrierId(), command.workaround()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(StartPilot command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       OrganisationUnitDirectory units, ProcessModelCatalogue models) {
        requireChangeable(caller, null);
        requireStage(models, "PILOT_OUTSIDE_TEST_PHASE", "pilots run in the test phase", PhaseStage.TEST);
        Intake.requireUnitInTenant(command.unitId(), tenant, units);
        if (allPilots.contains(command.pilotId())) {
            throw new RuleViolationException("PILOT_ALREADY_STARTED", "pilot " + command.pilotId() + " is on record");
        }
        apply(new PilotStarted(command.initiativeId(), command.pilotId(), command.unitId(), command.startedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CompletePilot command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireChangeable(caller, null);
        if (!runningPilots.contains(command.pilotId())) {
            throw new RuleViolationException("PILOT_NOT_RUNNING", "no running pilot " + command.pilotId());
        }
        apply(new PilotCompleted(command.initiativeId(), command.pilotId(), command.completedOn(), command.result()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordImplementation command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       OrganisationUnitDirectory units, ProcessModelCatalogue models) {
        requireChangeable(caller, null);
        requireStage(models, "NOT_IN_OPERATION_PHASE", "a solution goes into operation after a decision to implement",
                PhaseStage.IMPLEMENTATION, PhaseStage.SPREAD);
        Intake.requireUnitInTenant(command.unitId(), tenant, units);
        apply(new InitiativeImplemented(command.initiativeId(), command.unitId(), command.implementedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(SpreadInitiative command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       OrganisationUnitDirectory units, ProcessModelCatalogue models) {
        requireChangeable(caller, null);
        requireStage(models, "NOT_IN_SPREAD_PHASE", "spreading follows a decision to scale up", PhaseStage.SPREAD);
        Intake.requireUnitInTenant(command.unitId(), tenant, units);
        apply(new InitiativeSpread(command.initiativeId(), command.unitId(), command.spreadOn()));
        return AggregateLifecycle.getVersion();
    }

    /** Results may be published also after the initiative ended: learning outlives the case. */
    @CommandHandler
    public long handle(PublishResults command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        apply(new ResultsPublished(command.initiativeId(), command.title(), command.channel(), command.reference(),
                command.publishedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CloseInitiative command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        if (closed) {
            throw new RuleViolationException("INITIATIVE_CLOSED", "initiative " + initiativeId + " is already closed");
        }
        apply(new InitiativeClosed(command.initiativeId(), command.finalEvaluation(), command.closedOn()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Opens the initiative for reading to another region, for a joint project. Allowed also once the initiative was
     * closed or ended by a decision: auditors of joint projects need to read those too. The other region reads
     * only; every change stays with the owner.
     */
    @CommandHandler
    public long handle(ShareInitiative command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireOtherRegion(command.withTenant());
        requireNotSharedWith(command.withTenant());
        apply(new InitiativeShared(command.initiativeId(), tenant, command.withTenant()));
        return AggregateLifecycle.getVersion();
    }

    /** Like sharing, ending it is allowed after the end of the initiative too. */
    @CommandHandler
    public long handle(EndInitiativeSharing command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireSharedWith(command.withTenant());
        apply(new InitiativeSharingEnded(command.initiativeId(), tenant, command.withTenant()));
        return AggregateLifecycle.getVersion();
    }

    private void requireChangeable(String callerTenant, Long expectedVersion) {
        requireSameTenant(callerTenant);
        AggregateVersion.require(expectedVersion);
        if (closed || phase == null) {
            throw new RuleViolationException("INITIATIVE_CLOSED", "initiative " + initiativeId
                    + (closed ? " is closed" : " was ended by a gate decision") + ": nothing more can be decided on it");
        }
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("initiative", initiativeId);
        }
    }

    /** The owner sees its own initiatives anyway: sharing is between regions. */
    private void requireOtherRegion(TenantId other) {
        if (tenant.equals(other)) {
            throw new RuleViolationException("SHARING_WITH_OWNER", "initiative " + initiativeId + " belongs to "
                    + tenant + ": it is shared with other regions only");
        }
    }

    private void requireNotSharedWith(TenantId other) {
        if (sharedWith.contains(other)) {
            throw new RuleViolationException("INITIATIVE_ALREADY_SHARED", "initiative " + initiativeId
                    + " is already shared with " + other);
        }
    }

    private void requireSharedWith(TenantId other) {
        if (!sharedWith.contains(other)) {
            throw new RuleViolationException("SHARING_NOT_IN_FORCE", "initiative " + initiativeId
                    + " is not shared with " + other + ": there is no sharing to end");
        }
    }

    private void requireStage(ProcessModelCatalogue models, String rule, String why, PhaseStage... stages) {
        PhaseStage current = models.find(tenant, processModel).flatMap(m -> m.phase(phase))
                .map(p -> p.stage()).orElseThrow(() -> new IllegalStateException(
                        "phase " + phase + " of process model " + processModel + " is not known"));
        if (!Set.of(stages).contains(current)) {
            throw new RuleViolationException(rule, why + "; the initiative is in phase " + phase + " (" + current + ")");
        }
    }

    private void requireUnresolvedBarrier(String barrierId) {
        Boolean resolved = barriers.get(barrierId);
        if (resolved == null) {
            throw new RuleViolationException("BARRIER_UNKNOWN", "no barrier " + barrierId + " on record");
        }
        if (resolved) {
            throw new RuleViolationException("BARRIER_ALREADY_RESOLVED", "barrier " + barrierId + " was already dealt with");
        }
    }

    @EventSourcingHandler
    void on(InitiativeRegistered event) {
        initiativeId = event.initiativeId().value();
        tenant = event.tenant();
        processModel = event.processModel();
        phase = event.phase();
    }

    @EventSourcingHandler
    void on(CareUnitAnchoringRecorded event) {
        onRecord.add(EntryRequirement.CARE_UNIT_ANCHORING);
    }

    @EventSourcingHandler
    void on(NeedsAndCostBaselineRecorded event) {
        onRecord.add(EntryRequirement.NEEDS_AND_COST_BASELINE);
    }

    @EventSourcingHandler
    void on(ValueAnalysisCompleted event) {
        onRecord.add(EntryRequirement.VALUE_ANALYSIS);
        economicValue = event.economicValue();
        strategicDecisionOnRecord = false;
    }

    @EventSourcingHandler
    void on(GateDecisionRecorded event) {
        decisions++;
        decisionIds.add(event.decisionId());
        decisionsInForce.push(new DecisionInForce(event.decisionId(), event.fromPhase()));
        phase = event.toPhase();
        strategicDecisionOnRecord |= event.strategicDecision() != null;
    }

    /** The decision counter stays: decision ids are never reused. */
    @EventSourcingHandler
    void on(GateDecisionRetracted event) {
        decisionsInForce.removeIf(d -> d.decisionId().equals(event.decisionId()));
        phase = event.restoredPhase();
    }

    @EventSourcingHandler
    void on(BarrierObserved event) {
        barriers.put(event.barrierId(), false);
    }

    @EventSourcingHandler
    void on(BarrierAddressed event) {
        barriers.put(event.barrierId(), true);
    }

    @EventSourcingHandler
    void on(BarrierCircumvented event) {
        barriers.put(event.barrierId(), true);
    }

    @EventSourcingHandler
    void on(PilotStarted event) {
        allPilots.add(event.pilotId());
        runningPilots.add(event.pilotId());
    }

    @EventSourcingHandler
    void on(PilotCompleted event) {
        runningPilots.remove(event.pilotId());
    }

    @EventSourcingHandler
    void on(InitiativeClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(InitiativeShared event) {
        sharedWith.add(event.sharedWith());
    }

    @EventSourcingHandler
    void on(InitiativeSharingEnded event) {
        sharedWith.remove(event.sharedWith());
    }
}

package org.innovationledger.app.demo;

import org.innovationledger.kernel.initiative.AddressBarrier;
import org.innovationledger.kernel.initiative.AssignInitiativeRole;
import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.CircumventBarrier;
import org.innovationledger.kernel.initiative.ClassifyInitiative;
import org.innovationledger.kernel.initiative.CloseInitiative;
import org.innovationledger.kernel.initiative.CompletePilot;
import org.innovationledger.kernel.initiative.CompleteValueAnalysis;
import org.innovationledger.kernel.initiative.EconomicValue;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRole;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.ObserveBarrier;
import org.innovationledger.kernel.initiative.PartyPosition;
import org.innovationledger.kernel.initiative.PublishResults;
import org.innovationledger.kernel.initiative.RecordCareUnitAnchoring;
import org.innovationledger.kernel.initiative.RecordGateDecision;
import org.innovationledger.kernel.initiative.RecordImplementation;
import org.innovationledger.kernel.initiative.RecordNeedsAndCostBaseline;
import org.innovationledger.kernel.initiative.RegisterInitiative;
import org.innovationledger.kernel.initiative.SpreadInitiative;
import org.innovationledger.kernel.initiative.StartPilot;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.need.LinkNeedToInitiative;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.time.LocalDate;
import java.util.List;

/**
 * One initiative's history as commands, in the order they happened. Each method sends one command (registering
 * from a need also links the need to the initiative) and returns the script, so a region reads as a story.
 */
final class InitiativeScript {

    private final DemoCommands commands;
    private final InitiativeId id;
    /** The model the initiative runs under and the phase it is in, as the ledger will see it; null phase: ended. */
    private ProcessModelDefinition model;
    private String phase;

    InitiativeScript(DemoCommands commands, InitiativeId id) {
        this.commands = commands;
        this.id = id;
    }

    InitiativeId id() {
        return id;
    }

    /** Picks up an initiative registered by an earlier part of the demo, where its history left it. */
    InitiativeScript resumedAt(ProcessModelDefinition runningUnder, String currentPhase) {
        this.model = runningUnder;
        this.phase = currentPhase;
        return this;
    }

    /** Registers the initiative from a need of the tenant, and links the need to it. */
    InitiativeScript fromNeed(NeedId need, String title, String description, OrganisationUnitId unit,
                              ProcessModelRef model, String documentRef) {
        register(title, description, unit, InitiativeOrigin.NEED, need, null, model, documentRef);
        commands.send(new LinkNeedToInitiative(need, id, null), documentRef);
        return this;
    }

    /** Registers the initiative from an external partner's offer ("initiativ från en extern partner"). */
    InitiativeScript fromPartner(String partnerName, String title, String description, OrganisationUnitId unit,
                                 ProcessModelRef model, String documentRef) {
        return register(title, description, unit, InitiativeOrigin.PARTNER_OFFER, null, partnerName, model,
                documentRef);
    }

    private InitiativeScript register(String title, String description, OrganisationUnitId unit,
                                      InitiativeOrigin origin, NeedId need, String partnerName, ProcessModelRef model,
                                      String documentRef) {
        commands.send(new RegisterInitiative(id, title, description, unit, origin, need, partnerName,
                CaseType.INNOVATION, model.id(), model.version()), documentRef);
        this.model = BuiltInProcessModels.find(model).orElseThrow();
        this.phase = this.model.startPhase();
        return this;
    }

    InitiativeScript classify(String strategyArea, String coreArea, InnovationType type, List<MissionId> missions,
                              OrganisationUnitId testbed, String documentRef) {
        commands.send(new ClassifyInitiative(id, strategyArea, coreArea, type, missions, testbed, null), documentRef);
        return this;
    }

    InitiativeScript role(InitiativeRole role, String holder, OrganisationUnitId unit, String documentRef) {
        commands.send(new AssignInitiativeRole(id, role, holder, unit, null), documentRef);
        return this;
    }

    /** A decision taken by one body (models that are not partnerships). */
    InitiativeScript decide(String gate, GateOutcome outcome, String decisionBody, String rationale, LocalDate on,
                            String documentRef, String... evidenceRefs) {
        commands.send(new RecordGateDecision(id, gate, outcome, decisionBody, List.of(), rationale,
                List.of(evidenceRefs), on, null, null), documentRef);
        return passed(gate, outcome);
    }

    /** A joint decision in a partnership: every party's position, all agreeing with the outcome. */
    InitiativeScript jointly(String gate, GateOutcome outcome, List<String> parties, String decisionBody,
                             String rationale, LocalDate on, String documentRef, String... evidenceRefs) {
        List<PartyPosition> positions = parties.stream().map(party -> new PartyPosition(party, outcome)).toList();
        commands.send(new RecordGateDecision(id, gate, outcome, decisionBody, positions, rationale,
                List.of(evidenceRefs), on, null, null), documentRef);
        return passed(gate, outcome);
    }

    /**
     * Moves an initiative of the generic stage-gate model on from its current phase to {@code phase} (at most
     * TEST), one PROCEED per gate. For sources that report where a project stood, not the decisions that took it
     * there: every such decision says it is a reconstruction ({@code note} may add why), and the decision the source
     * does report follows with {@link #decide}.
     */
    InitiativeScript reconstructGenericTo(String phase, String decisionBody, String note, LocalDate on,
                                          String documentRef) {
        int target = genericIndex(phase);
        for (int i = genericIndex(this.phase) + 1; i <= target; i++) {
            decide("G" + i, GateOutcome.PROCEED, decisionBody, (RECONSTRUCTED + note).strip(), on, documentRef);
        }
        return this;
    }

    /**
     * Moves a generic stage-gate initiative on to {@code phase} (IDEA up to TEST): the gates before the last are
     * reconstructions by {@code owner} ({@link #reconstructGenericTo}); the last is the decision the source
     * reports, by {@code decisionBody} with its rationale and evidence.
     */
    InitiativeScript advanceGenericTo(String phase, String owner, String decisionBody, String rationale,
                                      LocalDate on, String documentRef, String... evidenceRefs) {
        int target = genericIndex(phase);
        if (target < 1) {
            throw new IllegalArgumentException("not a generic phase after NEED: " + phase);
        }
        reconstructGenericTo(GENERIC_PHASES.get(target - 1), owner, "", on, documentRef);
        return decide("G" + target, GateOutcome.PROCEED, decisionBody, rationale, on, documentRef, evidenceRefs);
    }

    private int genericIndex(String phase) {
        if (!BuiltInProcessModels.GENERIC_STAGE_GATE_V1.equals(model)) {
            throw new IllegalStateException(id + " does not run under the generic stage-gate model");
        }
        int index = GENERIC_PHASES.indexOf(phase);
        if (index < 0) {
            throw new IllegalArgumentException("not a generic phase up to TEST: " + phase);
        }
        return index;
    }

    /** Follows the decision as the model will: to the phase the outcome leads to, or out of the model (null). */
    private InitiativeScript passed(String gate, GateOutcome outcome) {
        GateDefinition definition = model.gate(gate)
                .orElseThrow(() -> new IllegalArgumentException("no gate " + gate + " in " + model.name()));
        phase = definition.transitions().stream().filter(t -> t.outcome() == outcome).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(gate + " does not allow " + outcome))
                .toPhase();
        return this;
    }

    private static final List<String> GENERIC_PHASES = List.of("NEED", "IDEA", "PRE_STUDY", "DEVELOPMENT", "TEST");
    private static final String RECONSTRUCTED = "Demo-rekonstruktion: källan redovisar var satsningen stod, inte"
            + " beslutet vid denna grind. ";

    InitiativeScript anchoredAt(OrganisationUnitId careUnit, String valuePotential, String documentRef) {
        commands.send(new RecordCareUnitAnchoring(id, careUnit, valuePotential, null), documentRef);
        return this;
    }

    InitiativeScript baseline(String summary, String documentRef) {
        commands.send(new RecordNeedsAndCostBaseline(id, summary, null), documentRef);
        return this;
    }

    InitiativeScript valueAnalysis(String summary, EconomicValue economicValue, String documentRef) {
        commands.send(new CompleteValueAnalysis(id, summary, economicValue, null), documentRef);
        return this;
    }

    InitiativeScript barrier(String barrierId, BarrierCategory category, SystemLevel level, String description,
                             String documentRef) {
        commands.send(new ObserveBarrier(id, barrierId, category, level, description), documentRef);
        return this;
    }

    InitiativeScript barrierAddressed(String barrierId, String measure, String documentRef) {
        commands.send(new AddressBarrier(id, barrierId, measure), documentRef);
        return this;
    }

    InitiativeScript barrierCircumvented(String barrierId, String workaround, String documentRef) {
        commands.send(new CircumventBarrier(id, barrierId, workaround), documentRef);
        return this;
    }

    InitiativeScript pilotStarted(String pilotId, OrganisationUnitId unit, LocalDate on, String documentRef) {
        commands.send(new StartPilot(id, pilotId, unit, on), documentRef);
        return this;
    }

    InitiativeScript pilotCompleted(String pilotId, LocalDate on, String result, String documentRef) {
        commands.send(new CompletePilot(id, pilotId, on, result), documentRef);
        return this;
    }

    InitiativeScript implementedAt(OrganisationUnitId unit, LocalDate on, String documentRef) {
        commands.send(new RecordImplementation(id, unit, on), documentRef);
        return this;
    }

    InitiativeScript spreadTo(OrganisationUnitId unit, LocalDate on, String documentRef) {
        commands.send(new SpreadInitiative(id, unit, on), documentRef);
        return this;
    }

    InitiativeScript published(String title, String channel, String reference, LocalDate on, String documentRef) {
        commands.send(new PublishResults(id, title, channel, reference, on), documentRef);
        return this;
    }

    InitiativeScript closed(String finalEvaluation, LocalDate on, String documentRef) {
        commands.send(new CloseInitiative(id, finalEvaluation, on, null), documentRef);
        return this;
    }
}

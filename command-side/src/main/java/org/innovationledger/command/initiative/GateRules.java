package org.innovationledger.command.initiative;

import org.innovationledger.command.RuleViolationException;
import org.innovationledger.kernel.initiative.EconomicValue;
import org.innovationledger.kernel.initiative.PartyPosition;
import org.innovationledger.kernel.initiative.RecordGateDecision;
import org.innovationledger.kernel.initiative.StrategicDecision;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.ProcessModelDefinition;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** The rules a gate decision must meet, each a named check with its own rule code. */
final class GateRules {

    private GateRules() {
    }

    static GateDefinition requireGateClosesPhase(ProcessModelDefinition model, String gateCode, String phase) {
        GateDefinition gate = model.gate(gateCode).orElseThrow(() -> new RuleViolationException("GATE_UNKNOWN",
                "the process '" + model.name() + "' has no gate " + gateCode));
        if (!gate.fromPhase().equals(phase)) {
            throw new RuleViolationException("GATE_NOT_CURRENT", "gate " + gateCode + " closes phase "
                    + gate.fromPhase() + ", but the initiative is in phase " + phase);
        }
        return gate;
    }

    static GateDefinition.Transition requireOutcomeAllowed(GateDefinition gate, GateOutcome outcome) {
        return gate.transitions().stream().filter(t -> t.outcome() == outcome).findFirst()
                .orElseThrow(() -> new RuleViolationException("OUTCOME_NOT_ALLOWED", "gate " + gate.code()
                        + " allows " + gate.transitions().stream().map(t -> t.outcome().name())
                        .collect(Collectors.joining(", ")) + ", not " + outcome));
    }

    /**
     * In a partnership decisions are joint: at least two parties state a position and all agree with the
     * outcome. Either side may still end the case alone ("där båda parter kan avsluta"), and one party may go
     * ahead alone by a strategic decision naming the values it relies on; that party must be one of the parties.
     */
    static void requireJointDecision(ProcessModelDefinition model, RecordGateDecision decision) {
        if (!model.partnership()) {
            return;
        }
        Set<String> parties = decision.partyPositions().stream().map(PartyPosition::party).collect(Collectors.toSet());
        boolean unanimous = decision.partyPositions().stream().allMatch(p -> p.position() == decision.outcome());
        if (parties.size() >= 2 && unanimous) {
            return;
        }
        if (decision.outcome() == GateOutcome.DISCONTINUE
                && decision.partyPositions().stream().anyMatch(p -> p.position() == GateOutcome.DISCONTINUE)) {
            return;
        }
        StrategicDecision strategic = decision.strategicDecision();
        if (strategic != null && decision.outcome().goesAhead()
                && (parties.isEmpty() || parties.contains(strategic.decidingParty()))) {
            return;
        }
        throw new RuleViolationException("DECISION_NOT_JOINT", "decisions in a partnership are joint: state the"
                + " position of every party (at least two, all agreeing); one party may end the case alone, or go"
                + " ahead alone by a strategic decision of its own naming the non-economic values");
    }

    /**
     * After a value analysis with a negative economic result, the first decision to go ahead must be strategic;
     * once one is on record it covers the case until a new value analysis.
     */
    static void requireStrategicDecisionForNegativeValue(RecordGateDecision decision, EconomicValue economicValue,
                                                         boolean strategicDecisionOnRecord) {
        if (economicValue == EconomicValue.NEGATIVE && !strategicDecisionOnRecord && decision.outcome().goesAhead()
                && decision.strategicDecision() == null) {
            throw new RuleViolationException("NEGATIVE_VALUE_NEEDS_STRATEGIC_DECISION", "the value analysis found a"
                    + " negative economic value: going ahead takes a strategic decision naming the non-economic values");
        }
    }

    static void requireEntryRequirements(PhaseDefinition target, Set<EntryRequirement> onRecord,
                                         BooleanSupplier signedAgreementWithFollowUps) {
        Set<EntryRequirement> missing = EnumSet.noneOf(EntryRequirement.class);
        for (EntryRequirement requirement : target.entryRequirements()) {
            boolean met = requirement == EntryRequirement.SIGNED_PARTNER_AGREEMENT_WITH_FOLLOW_UPS
                    ? signedAgreementWithFollowUps.getAsBoolean()
                    : onRecord.contains(requirement);
            if (!met) {
                missing.add(requirement);
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("ENTRY_REQUIREMENTS_MISSING", "phase " + target.code() + " ("
                    + target.name() + ") cannot start without " + missing);
        }
    }
}

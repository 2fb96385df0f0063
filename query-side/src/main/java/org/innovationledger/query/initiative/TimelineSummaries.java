package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.BarrierAddressed;
import org.innovationledger.kernel.initiative.BarrierCircumvented;
import org.innovationledger.kernel.initiative.BarrierObserved;
import org.innovationledger.kernel.initiative.CareUnitAnchoringRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRetracted;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeClosed;
import org.innovationledger.kernel.initiative.InitiativeImplemented;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeRoleAssigned;
import org.innovationledger.kernel.initiative.InitiativeShared;
import org.innovationledger.kernel.initiative.InitiativeSharingEnded;
import org.innovationledger.kernel.initiative.InitiativeSpread;
import org.innovationledger.kernel.initiative.NeedsAndCostBaselineRecorded;
import org.innovationledger.kernel.initiative.PilotCompleted;
import org.innovationledger.kernel.initiative.PilotStarted;
import org.innovationledger.kernel.initiative.ResultsPublished;
import org.innovationledger.kernel.initiative.ValueAnalysisCompleted;

/**
 * One line per event for people reading a timeline. Unit ids, not names: a summary is written once and must
 * not change when a unit is renamed later (the payload has the ids to look names up).
 */
final class TimelineSummaries {

    private TimelineSummaries() {
    }

    static String of(Object event) {
        if (event instanceof InitiativeRegistered e) {
            return "Registered \"" + e.title() + "\" under unit " + e.unitId() + " (" + e.origin()
                    + (e.partnerName() == null ? "" : ", partner " + e.partnerName()) + "), process model "
                    + e.processModel() + ", phase " + e.phase();
        }
        if (event instanceof InitiativeClassified e) {
            return "Classified: strategy area " + orNone(e.strategyArea()) + ", innovation type "
                    + orNone(e.innovationType()) + ", " + (e.missions() == null ? 0 : e.missions().size())
                    + " mission(s), testbed " + orNone(e.testbedUnitId());
        }
        if (event instanceof InitiativeRoleAssigned e) {
            return "Role " + e.role() + " assigned to " + (e.holder() != null ? e.holder() : "unit " + e.unitId());
        }
        if (event instanceof CareUnitAnchoringRecorded e) {
            return "Anchored with care unit " + e.careUnitId();
        }
        if (event instanceof NeedsAndCostBaselineRecorded) {
            return "Needs analysis and cost baseline recorded";
        }
        if (event instanceof ValueAnalysisCompleted e) {
            return "Value analysis completed: economic value " + e.economicValue();
        }
        if (event instanceof GateDecisionRecorded e) {
            return "Gate " + e.gate() + ": " + e.outcome() + " by " + e.decisionBody() + ", from " + e.fromPhase()
                    + (e.toPhase() == null ? " – the initiative ended" : " to " + e.toPhase())
                    + (e.strategicDecision() == null ? "" : " (strategic decision by "
                    + e.strategicDecision().decidingParty() + ")");
        }
        if (event instanceof GateDecisionRetracted e) {
            return "Gate decision " + e.decisionId() + " retracted as wrongly recorded, back in phase "
                    + e.restoredPhase();
        }
        if (event instanceof BarrierObserved e) {
            return "Barrier " + e.barrierId() + " observed: " + e.category() + " at " + e.level() + " level";
        }
        if (event instanceof BarrierAddressed e) {
            return "Barrier " + e.barrierId() + " addressed";
        }
        if (event instanceof BarrierCircumvented e) {
            return "Barrier " + e.barrierId() + " circumvented";
        }
        if (event instanceof PilotStarted e) {
            return "Pilot " + e.pilotId() + " started at unit " + e.unitId() + " on " + e.startedOn();
        }
        if (event instanceof PilotCompleted e) {
            return "Pilot " + e.pilotId() + " completed on " + e.completedOn();
        }
        if (event instanceof InitiativeImplemented e) {
            return "In operation at unit " + e.unitId() + " from " + e.implementedOn();
        }
        if (event instanceof InitiativeSpread e) {
            return "Spread to unit " + e.unitId() + " on " + e.spreadOn();
        }
        if (event instanceof ResultsPublished e) {
            return "Results published: \"" + e.title() + "\" in " + e.channel();
        }
        if (event instanceof InitiativeClosed e) {
            return "Closed on " + e.closedOn() + " with its final evaluation";
        }
        if (event instanceof InitiativeShared e) {
            return "Shared with " + e.sharedWith();
        }
        if (event instanceof InitiativeSharingEnded e) {
            return "Sharing with " + e.sharedWith() + " ended";
        }
        return event.getClass().getSimpleName();
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }
}

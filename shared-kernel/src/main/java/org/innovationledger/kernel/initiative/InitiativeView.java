package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An initiative as the read side knows it. Unit names are those in force today, as the owner region names them.
 *
 * @param tenant         the region that owns it
 * @param sharedWith     regions it is shared with for reading (joint projects), in the order shared; empty when
 *                       it is not shared. A reader other than the owner finds itself here
 *
 * @param phase          current phase code of its process model; null once a gate decision ended it
 * @param phaseName      the phase's name in the model version the initiative runs under
 * @param stage          what the phase means across models; {@link PhaseStage#HANDED_ON} once a decision handed
 *                       it on out of its model; null when discontinued, or when the model is unknown here
 * @param endingOutcome  the outcome of the gate decision that ended it, if one did (it stays when it is closed)
 * @param onRecord       entry requirements the initiative itself has on record (a signed partner agreement is
 *                       the agreement register's business and never shows here)
 * @param runningPilots  pilots started and not completed
 * @param implementations where and since when the solution is in operation, in the order recorded
 * @param spread         units the solution spread to, in the order recorded
 * @param registeredBy   principal who registered it
 * @param version        the aggregate version (use as ETag / If-Match)
 * @param position       global event position this view reflects
 */
public record InitiativeView(InitiativeId initiativeId,
                             TenantId tenant,
                             List<TenantId> sharedWith,
                             String title,
                             String description,
                             OrganisationUnitId unitId,
                             String unitName,
                             InitiativeOrigin origin,
                             NeedId needId,
                             String partnerName,
                             CaseType caseType,
                             ProcessModelRef processModel,
                             String phase,
                             String phaseName,
                             PhaseStage stage,
                             InitiativeStatus status,
                             GateOutcome endingOutcome,
                             LocalDate lastDecisionOn,
                             Classification classification,
                             List<RoleHolder> roles,
                             Set<EntryRequirement> onRecord,
                             EconomicValue economicValue,
                             List<Pilot> pilots,
                             int runningPilots,
                             List<Implementation> implementations,
                             List<Spread> spread,
                             List<Publication> publications,
                             String finalEvaluation,
                             LocalDate closedOn,
                             Instant registeredAt,
                             String registeredBy,
                             long version,
                             long position) {

    /** The classification in force; all null and empty until the initiative is classified. */
    public record Classification(String strategyArea, String coreArea, InnovationType innovationType,
                                 List<MissionId> missions, UnitRef testbed) {
    }

    /** A unit of the tenant with the name in force today (null when the unit is not known here). */
    public record UnitRef(OrganisationUnitId unitId, String unitName) {
    }

    /** Who holds a role: a unit of the tenant, a party by name, or both. */
    public record RoleHolder(InitiativeRole role, String holder, UnitRef unit) {
    }

    /** A pilot at a unit; {@code completedOn} and {@code result} are null while it runs. */
    public record Pilot(String pilotId, UnitRef unit, LocalDate startedOn, LocalDate completedOn, String result) {
    }

    public record Implementation(UnitRef unit, LocalDate implementedOn) {
    }

    public record Spread(UnitRef unit, LocalDate spreadOn) {
    }

    public record Publication(String title, String channel, String reference, LocalDate publishedOn) {
    }
}

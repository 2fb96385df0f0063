package org.innovationledger.kernel.initiative;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.util.List;

/**
 * One page of the tenant's portfolio, with counts over every initiative the filters let through (not only the
 * page). The portfolio is the tenant's own initiatives and those other regions share with it, as the query's
 * scope says; each initiative names its owner region and the regions it is shared with. Groups are ordered by
 * count, most first, then by name; the funnel and the statuses list every value in their enums' order; phases go
 * in stage order, then by model and code.
 *
 * @param total         initiatives matching the filters, on all pages
 * @param initiatives   this page's initiatives
 * @param byStage       the funnel: every stage in {@link PhaseStage} order, also those with none. An initiative
 *                      discontinued by a gate decision has no stage and is counted in no stage; a closed one
 *                      stays in the stage it reached (filter by status for the live funnel)
 * @param byPhase       phase codes belong to a model version, so phases are counted per version
 * @param pilots        initiatives with at least one running pilot
 * @param inOperation   initiatives in operation at at least one unit
 * @param position      highest global event position reflected in this overview
 */
// initiativeCount was the first release's name for the total: still written for its clients, ignored when read
@JsonIgnoreProperties(value = "initiativeCount", allowGetters = true)
public record PortfolioOverview(TenantId tenant,
                                int total,
                                int page,
                                int size,
                                List<InitiativeView> initiatives,
                                List<UnitCount> byUnit,
                                List<StageCount> byStage,
                                List<PhaseCount> byPhase,
                                List<MissionCount> byMission,
                                List<ValueCount> byStrategyArea,
                                List<UnitCount> byTestbed,
                                List<ValueCount> byPartner,
                                List<StatusCount> byStatus,
                                int pilots,
                                int inOperation,
                                long position) {

    /** Same as {@link #total()}: kept in the JSON for clients of the first release. */
    @JsonProperty("initiativeCount")
    public int initiativeCount() {
        return total;
    }

    /** Number of initiatives owned by (or tested at) one unit; its name is the one in force today. */
    public record UnitCount(OrganisationUnitId unitId, String unitName, int initiatives) {
    }

    public record StageCount(PhaseStage stage, int initiatives) {
    }

    /** Initiatives in one phase of one process model version. */
    public record PhaseCount(ProcessModelRef processModel, String phase, String phaseName, PhaseStage stage,
                             int initiatives) {
    }

    public record MissionCount(MissionId missionId, int initiatives) {
    }

    /** Initiatives sharing a classification value, e.g. a strategy area or a partner. */
    public record ValueCount(String value, int initiatives) {
    }

    public record StatusCount(InitiativeStatus status, int initiatives) {
    }
}

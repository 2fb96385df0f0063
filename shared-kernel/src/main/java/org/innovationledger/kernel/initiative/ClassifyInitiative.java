package org.innovationledger.kernel.initiative;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Classifies an initiative; replaces the whole classification (the previous one stays in history). */
public record ClassifyInitiative(@TargetAggregateIdentifier InitiativeId initiativeId,
                                 String strategyArea,
                                 String coreArea,
                                 InnovationType innovationType,
                                 List<MissionId> missions,
                                 OrganisationUnitId testbedUnitId,
                                 Long expectedVersion) {

    public ClassifyInitiative {
        Texts.present(initiativeId, "initiativeId is required");
        strategyArea = Texts.optional(strategyArea, "strategyArea", 200);
        coreArea = Texts.optional(coreArea, "coreArea", 200);
        missions = missions == null ? List.of() : List.copyOf(missions);
        if (missions.stream().distinct().count() != missions.size()) {
            throw new IllegalArgumentException("a mission is listed twice");
        }
    }
}

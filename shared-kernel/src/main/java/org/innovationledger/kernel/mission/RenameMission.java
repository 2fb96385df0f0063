package org.innovationledger.kernel.mission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;


/**
 * Gives a mission a new title; the former titles stay on record (earlier reports replay with them).
 *
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record RenameMission(@TargetAggregateIdentifier MissionId missionId,
                            String newTitle,
                            Long expectedVersion) {

    public RenameMission {
        Texts.present(missionId, "missionId is required");
        newTitle = Texts.required(newTitle, "newTitle", 300);
    }
}

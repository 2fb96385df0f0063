package org.innovationledger.kernel.mission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;


/**
 * Defines an innovation mission (innovationsmission): a shared direction that initiatives are linked to.
 *
 * @param ambition  "Ambitionen": the future the mission aims at
 * @param challenge "Udfordringen i dag": today's challenge; may follow later
 */
public record DefineMission(@TargetAggregateIdentifier MissionId missionId,
                            String title,
                            String ambition,
                            String challenge) {

    public DefineMission {
        Texts.present(missionId, "missionId is required");
        title = Texts.required(title, "title", 300);
        ambition = Texts.required(ambition, "ambition", 10_000);
        challenge = Texts.optional(challenge, "challenge", 10_000);
    }
}

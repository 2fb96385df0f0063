package org.innovationledger.kernel.mission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sets the regional programme areas prioritised under a mission ("løbende identificeres og prioriteres regionale
 * programområder"), in order of priority. Replaces the whole list; an empty list withdraws every priority.
 *
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record PrioritiseProgrammeAreas(@TargetAggregateIdentifier MissionId missionId,
                                       List<String> programmeAreas,
                                       Long expectedVersion) {

    public static final int MAX_AREAS = 50;

    public PrioritiseProgrammeAreas {
        Texts.present(missionId, "missionId is required");
        if (programmeAreas == null) {
            throw new IllegalArgumentException("programmeAreas are required");
        }
        if (programmeAreas.size() > MAX_AREAS) {
            throw new IllegalArgumentException("at most " + MAX_AREAS + " programme areas");
        }
        programmeAreas = programmeAreas.stream().map(area -> Texts.required(area, "programme area", 200)).toList();
        Set<String> seen = new HashSet<>();
        for (String area : programmeAreas) {
            // "Hjemmebehandling" and "hjemmebehandling" are one area, not two priorities
            if (!seen.add(area.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("programme area '" + area + "' is listed twice");
            }
        }
    }
}

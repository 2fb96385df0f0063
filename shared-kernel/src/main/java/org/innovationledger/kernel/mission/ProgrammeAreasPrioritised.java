package org.innovationledger.kernel.mission;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The mission's prioritised programme areas are now these, in order of priority. */
@Revision("1")
public record ProgrammeAreasPrioritised(MissionId missionId, List<String> programmeAreas) {
}

package org.innovationledger.kernel.mission;

import org.axonframework.serialization.Revision;

/** The mission carries {@code newTitle} from now on; it was called {@code previousTitle}. */
@Revision("1")
public record MissionRenamed(MissionId missionId, String previousTitle, String newTitle) {
}

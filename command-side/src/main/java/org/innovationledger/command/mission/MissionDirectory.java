package org.innovationledger.command.mission;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.MissionId;

import java.util.Optional;

/** Whether a mission exists, and whose it is, for rules in other aggregates (an initiative's classification). */
public interface MissionDirectory {

    Optional<TenantId> ownerOf(MissionId missionId);
}

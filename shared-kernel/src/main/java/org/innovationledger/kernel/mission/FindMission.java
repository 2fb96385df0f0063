package org.innovationledger.kernel.mission;

import org.innovationledger.kernel.common.TenantId;

/** Answers a {@link MissionView}, or nothing when the mission is unknown in the tenant. */
public record FindMission(TenantId tenant, MissionId missionId) {
}

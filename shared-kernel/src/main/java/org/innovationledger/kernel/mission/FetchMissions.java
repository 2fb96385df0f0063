package org.innovationledger.kernel.mission;

import org.innovationledger.kernel.common.TenantId;

/** Answers the tenant's missions as {@link MissionView}s, in the order they were defined. */
public record FetchMissions(TenantId tenant) {
}

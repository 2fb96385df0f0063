package org.innovationledger.kernel.mission;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

/** A mission was defined for the tenant; {@code challenge} may be null. */
@Revision("1")
public record MissionDefined(MissionId missionId,
                             TenantId tenant,
                             String title,
                             String ambition,
                             String challenge) {
}

package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;

/** The initiative met a barrier of a category at a system level. */
@Revision("1")
public record BarrierObserved(InitiativeId initiativeId,
                              String barrierId,
                              BarrierCategory category,
                              SystemLevel level,
                              String description) {
}

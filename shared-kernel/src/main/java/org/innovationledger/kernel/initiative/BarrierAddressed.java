package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;

/** A barrier was removed by a measure. */
@Revision("1")
public record BarrierAddressed(InitiativeId initiativeId,
                               String barrierId,
                               String measure) {
}

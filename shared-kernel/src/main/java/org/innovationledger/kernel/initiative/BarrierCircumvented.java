package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;

/** A barrier was worked around (rundad), not removed. */
@Revision("1")
public record BarrierCircumvented(InitiativeId initiativeId,
                                  String barrierId,
                                  String workaround) {
}

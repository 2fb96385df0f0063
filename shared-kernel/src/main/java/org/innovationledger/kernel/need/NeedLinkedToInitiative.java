package org.innovationledger.kernel.need;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.initiative.InitiativeId;

/** The initiative works on the need. */
@Revision("1")
public record NeedLinkedToInitiative(NeedId needId, InitiativeId initiativeId) {
}

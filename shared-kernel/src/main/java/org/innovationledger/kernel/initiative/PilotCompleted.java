package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A pilot ended with its result. */
@Revision("1")
public record PilotCompleted(InitiativeId initiativeId,
                             String pilotId,
                             LocalDate completedOn,
                             String result) {
}

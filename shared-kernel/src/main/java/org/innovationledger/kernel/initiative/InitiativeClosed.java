package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The initiative was closed with its final evaluation. */
@Revision("1")
public record InitiativeClosed(InitiativeId initiativeId,
                               String finalEvaluation,
                               LocalDate closedOn) {
}

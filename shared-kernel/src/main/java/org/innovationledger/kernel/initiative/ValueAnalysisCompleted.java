package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;

/** The value analysis is done; a negative economic value needs a strategic decision to go ahead. */
@Revision("1")
public record ValueAnalysisCompleted(InitiativeId initiativeId,
                                     String summary,
                                     EconomicValue economicValue) {
}

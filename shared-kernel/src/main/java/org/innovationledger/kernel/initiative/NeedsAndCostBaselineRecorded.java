package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;

/** The needs analysis and cost mapping (nuläge, baseline) are on record. */
@Revision("1")
public record NeedsAndCostBaselineRecorded(InitiativeId initiativeId,
                                           String summary) {
}

package org.innovationledger.kernel.organisation;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A unit carries {@code newName} from {@code effectiveFrom} on; before that date it keeps {@code previousName}. */
@Revision("1")
public record OrganisationUnitRenamed(OrganisationUnitId unitId,
                                      String previousName,
                                      String newName,
                                      LocalDate effectiveFrom) {
}

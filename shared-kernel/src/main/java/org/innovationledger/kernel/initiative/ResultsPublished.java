package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Results of the initiative were published. */
@Revision("1")
public record ResultsPublished(InitiativeId initiativeId,
                               String title,
                               String channel,
                               String reference,
                               LocalDate publishedOn) {
}

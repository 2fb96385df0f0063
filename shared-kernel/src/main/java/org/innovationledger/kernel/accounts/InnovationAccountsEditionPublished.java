package org.innovationledger.kernel.accounts;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

import java.util.List;

/**
 * An edition of the year's innovation accounts was published, built at global event {@code position}: the edition is
 * the events up to and including that position, read by the accounts' fixed rules, with these frozen texts. Who
 * published it and why are in the metadata.
 */
@Revision("1")
public record InnovationAccountsEditionPublished(InnovationAccountsEditionId editionId,
                                                 TenantId tenant,
                                                 int year,
                                                 String title,
                                                 String language,
                                                 List<NarrativeText> narrative,
                                                 long position) {
}

package org.innovationledger.kernel.accounts;

import org.innovationledger.kernel.common.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * A published edition: what it is built from ({@code position}) and who published it, when and why.
 *
 * @param number        1 for the year's first edition, 2 for the next, ...
 * @param contentSha256 SHA-256 of the edition's JSON document as computed when the edition was first projected: a
 *                      regenerated document with another digest would reveal a changed event or a changed rule
 */
public record InnovationAccountsEditionView(InnovationAccountsEditionId editionId,
                                            TenantId tenant,
                                            int year,
                                            int number,
                                            String title,
                                            String language,
                                            List<NarrativeText> narrative,
                                            long position,
                                            Instant publishedAt,
                                            String publishedBy,
                                            String publishedByRole,
                                            String reason,
                                            String documentRef,
                                            String contentSha256) {

    /** The edition as its own document names it: without the digest, which is computed over that document. */
    public InnovationAccountsEditionView withoutDigest() {
        return new InnovationAccountsEditionView(editionId, tenant, year, number, title, language, narrative, position,
                publishedAt, publishedBy, publishedByRole, reason, documentRef, null);
    }
}

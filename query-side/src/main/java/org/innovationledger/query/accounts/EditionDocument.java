package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.InnovationAccountsEditionId;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.accounts.NarrativeText;
import org.innovationledger.kernel.common.TenantId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * Read model of a published edition: what it was built from and who published it. {@code eventPosition} is the
 * position of the publication event itself, which orders the year's editions (edition 1, 2, ...).
 */
@Document(EditionDocument.COLLECTION)
record EditionDocument(@Id String id,
                       @Indexed String tenant,
                       int year,
                       String title,
                       String language,
                       List<NarrativeText> narrative,
                       long position,
                       Instant publishedAt,
                       String publishedBy,
                       String publishedByRole,
                       String reason,
                       String documentRef,
                       String contentSha256,
                       long eventPosition) {

    static final String COLLECTION = "accounts_editions";

    InnovationAccountsEditionView toView(int number) {
        return new InnovationAccountsEditionView(InnovationAccountsEditionId.of(id), TenantId.of(tenant), year, number,
                title, language, narrative == null ? List.of() : narrative, position, publishedAt, publishedBy,
                publishedByRole, reason, documentRef, contentSha256);
    }
}

package org.innovationledger.kernel.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;


/**
 * Closes a need by handing it over to another party who carries it on (industry, academia, another region).
 * The sources ask to describe the handover with care, hence the note.
 *
 * @param receiver who takes the need over, as free text: it may be outside the ledger
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record HandOverNeed(@TargetAggregateIdentifier NeedId needId,
                           String receiver,
                           String note,
                           Long expectedVersion) {

    public HandOverNeed {
        Texts.present(needId, "needId is required");
        receiver = Texts.required(receiver, "receiver", 300);
        note = Texts.optional(note, "note", 2000);
    }
}

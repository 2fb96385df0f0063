package org.innovationledger.kernel.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;


/**
 * Closes a need by referring it to another process, e.g. procurement, research or the region's ordinary
 * improvement work.
 *
 * @param referredTo the process or body it goes to
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record ReferNeed(@TargetAggregateIdentifier NeedId needId,
                        String referredTo,
                        String note,
                        Long expectedVersion) {

    public ReferNeed {
        Texts.present(needId, "needId is required");
        referredTo = Texts.required(referredTo, "referredTo", 300);
        note = Texts.optional(note, "note", 2000);
    }
}

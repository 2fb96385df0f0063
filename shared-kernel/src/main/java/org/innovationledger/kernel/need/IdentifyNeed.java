package org.innovationledger.kernel.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;


/**
 * Records a need (behov) from care.
 *
 * @param unitId the tenant's unit where the need arises; who owns it is assigned separately
 */
public record IdentifyNeed(@TargetAggregateIdentifier NeedId needId,
                           String title,
                           String description,
                           NeedSource source,
                           OrganisationUnitId unitId) {

    public IdentifyNeed {
        Texts.present(needId, "needId is required");
        title = Texts.required(title, "title", 300);
        description = Texts.optional(description, "description", 10_000);
        if (source == null) {
            throw new IllegalArgumentException("source is required");
        }
        if (unitId == null) {
            throw new IllegalArgumentException("unitId is required");
        }
    }
}

package org.innovationledger.kernel.need;

import org.innovationledger.kernel.common.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.organisation.OrganisationUnitId;


/**
 * Makes one of the tenant's units the need's owner (behovsägare): ideas stall when nobody owns them.
 *
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record AssignNeedOwner(@TargetAggregateIdentifier NeedId needId,
                              OrganisationUnitId ownerUnitId,
                              Long expectedVersion) {

    public AssignNeedOwner {
        Texts.present(needId, "needId is required");
        if (ownerUnitId == null) {
            throw new IllegalArgumentException("ownerUnitId is required");
        }
    }
}

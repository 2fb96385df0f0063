package org.innovationledger.command.organisation;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;

import java.util.Optional;

/**
 * What other aggregates may know about a unit when they check a rule that spans aggregates
 * (an initiative must be owned by a unit of the same tenant). Answered from the event store, never the read side.
 */
public interface OrganisationUnitDirectory {

    Optional<KnownUnit> find(OrganisationUnitId unitId);

    /** The facts about a unit that command handlers elsewhere rely on. */
    record KnownUnit(OrganisationUnitId unitId, TenantId tenant, OrganisationUnitKind kind) {
    }
}

package org.innovationledger.command.organisation;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A fake directory for aggregate tests: knows exactly the units added to it. */
public final class InMemoryOrganisationUnitDirectory implements OrganisationUnitDirectory {

    private final Map<OrganisationUnitId, KnownUnit> units = new HashMap<>();

    public InMemoryOrganisationUnitDirectory add(OrganisationUnitId unitId, TenantId tenant, OrganisationUnitKind kind) {
        units.put(unitId, new KnownUnit(unitId, tenant, kind));
        return this;
    }

    @Override
    public Optional<KnownUnit> find(OrganisationUnitId unitId) {
        return Optional.ofNullable(units.get(unitId));
    }
}

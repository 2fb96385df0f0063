package org.innovationledger.kernel.organisation;

import org.innovationledger.kernel.common.TenantId;

/** Answers the tenant's units as {@link OrganisationUnitView}s, optionally only those of one kind. */
public record FetchOrganisationUnits(TenantId tenant, OrganisationUnitKind kind) {
}

package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.ProcessModelRef;

/**
 * An initiative entered the tenant's portfolio under the unit that owns it, in the start phase of the process
 * model version it will keep. Revision 2 added origin, need, partner, case type, model and phase; revision 1
 * events are upcast (see {@code InitiativeRegisteredUpcaster}).
 */
@Revision("2")
public record InitiativeRegistered(InitiativeId initiativeId,
                                   TenantId tenant,
                                   String title,
                                   String description,
                                   OrganisationUnitId unitId,
                                   InitiativeOrigin origin,
                                   NeedId needId,
                                   String partnerName,
                                   CaseType caseType,
                                   ProcessModelRef processModel,
                                   String phase) {
}

package org.innovationledger.command.initiative;

import org.innovationledger.kernel.initiative.InitiativeId;

/**
 * Whether an initiative has a signed partner agreement with follow-up dates agreed in advance: what the VLL
 * test phase requires. Agreements are their own aggregate; the check reads them from the event store
 * ({@code command.agreement.EventSourcedInitiativeAgreements}).
 */
public interface PartnerAgreements {

    boolean hasSignedAgreementWithFollowUps(InitiativeId initiativeId);
}

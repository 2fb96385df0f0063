package org.innovationledger.command.initiative;

import org.innovationledger.kernel.initiative.InitiativeId;

/**
 * Whether an initiative has a signed partner agreement with follow-up dates agreed in advance: what the VLL
 * test phase requires. Agreements are their own aggregate (a later issue); this is where that check plugs in.
 */
public interface PartnerAgreements {

    boolean hasSignedAgreementWithFollowUps(InitiativeId initiativeId);
}

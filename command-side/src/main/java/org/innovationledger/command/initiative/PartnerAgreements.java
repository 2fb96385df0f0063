package org.innovationledger.command.initiative;

import org.innovationledger.kernel.initiative.InitiativeId;

import java.time.LocalDate;

/**
 * Whether an initiative has a signed partner agreement with follow-up dates agreed in advance: what the VLL
 * test phase requires. Agreements are their own aggregate; the check reads them from the event store
 * ({@code command.agreement.EventSourcedInitiativeAgreements}).
 */
public interface PartnerAgreements {

    /**
     * Whether such an agreement is in force and valid on the day the decision is taken ({@code on}): a decision
     * recorded later for that day is judged by the agreement as it was valid then.
     */
    boolean hasSignedAgreementWithFollowUps(InitiativeId initiativeId, LocalDate on);
}

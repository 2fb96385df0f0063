package org.innovationledger.kernel.fund;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;

/** An application was submitted to the call by one of the tenant's units; {@code initiativeId} may be null. */
@Revision("1")
public record FundingApplicationSubmitted(FundingCallId callId,
                                          FundingApplicationId applicationId,
                                          ApplicationKind kind,
                                          String title,
                                          OrganisationUnitId applicantUnitId,
                                          InitiativeId initiativeId,
                                          Money requested,
                                          LocalDate submittedOn) {
}

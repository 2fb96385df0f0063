package org.innovationledger.kernel.agreement;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.value.ValueModelRef;

import java.time.LocalDate;
import java.util.List;

/**
 * An amendment signed by all parties (referenced by the event's document reference) changed the agreement. Each of
 * terms, followUps, milestones, valueModel, validUntil and expectedResults is the new value, or null when the
 * amendment left it as it was.
 */
@Revision("1")
public record AgreementAmended(AgreementId agreementId,
                               String amendmentId,
                               String summary,
                               AgreementTerms terms,
                               List<FollowUpDate> followUps,
                               List<Milestone> milestones,
                               ValueModelRef valueModel,
                               LocalDate validUntil,
                               String expectedResults) {
}

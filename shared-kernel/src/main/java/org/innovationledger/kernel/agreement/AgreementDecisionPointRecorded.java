package org.innovationledger.kernel.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The parties decided at a milestone's decision point. {@code outcome} is END when any party ended (an
 * {@link AgreementTerminated} follows), else RE_EVALUATE when any party wants to re-evaluate, else CONTINUE.
 */
@Revision("1")
public record AgreementDecisionPointRecorded(AgreementId agreementId,
                                             String milestoneId,
                                             List<PartyAgreementPosition> positions,
                                             AgreementPosition outcome,
                                             LocalDate decidedOn,
                                             String rationale) {
}

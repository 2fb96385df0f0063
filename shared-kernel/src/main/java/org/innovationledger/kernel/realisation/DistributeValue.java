package org.innovationledger.kernel.realisation;

import org.innovationledger.kernel.common.Money;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Texts;

/** Distribute realised value between the parties ("värdefördelning"): every allocation must follow the distribution rule of the value model version the agreement references. */
public record DistributeValue(AgreementId agreementId,
                              String distributionId,
                              Money total,
                              List<Allocation> allocations,
                              Long expectedVersion) {

    public DistributeValue {
        Texts.present(agreementId, "agreementId is required");
        distributionId = Texts.identifier(distributionId, "distributionId");
        Texts.present(total, "total is required");
        allocations = List.copyOf(Texts.present(allocations, "allocations are required"));
    }

    @TargetAggregateIdentifier
    public String target() {
        return RealisationTarget.of(agreementId);
    }
}

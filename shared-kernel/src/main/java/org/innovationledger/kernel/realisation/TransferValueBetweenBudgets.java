package org.innovationledger.kernel.realisation;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Texts;

/** Move realised value from the budget where it arose to another unit's ("transferering mellan olika budgetar"), e.g. to the clinic that invested. */
public record TransferValueBetweenBudgets(AgreementId agreementId,
                                          String transferId,
                                          OrganisationUnitId fromUnit,
                                          OrganisationUnitId toUnit,
                                          Money amount,
                                          Long expectedVersion) {

    public TransferValueBetweenBudgets {
        Texts.present(agreementId, "agreementId is required");
        transferId = Texts.identifier(transferId, "transferId");
        Texts.present(fromUnit, "fromUnit is required");
        Texts.present(toUnit, "toUnit is required");
        Texts.present(amount, "amount is required");
    }

    @TargetAggregateIdentifier
    public String target() {
        return RealisationTarget.of(agreementId);
    }
}

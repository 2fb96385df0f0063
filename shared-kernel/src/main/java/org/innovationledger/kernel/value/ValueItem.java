package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.Texts;

/**
 * One value a model expects, e.g. "fewer acute admissions" for the care unit in budget crowns.
 *
 * @param itemId          unique within the model, e.g. {@code v1}
 * @param realisable      a realisable (and transferable) economic value, as opposed to an "ideal" one
 * @param expected        the expected amount, when the parties put one on it (the sources give none: optional)
 * @param investingParty  who invests to create it, when that differs from who benefits (values often arise in
 *                        another unit or outside the organisation: the silo barrier); free text, optional
 * @param benefitingParty who benefits, free text, optional
 */
public record ValueItem(String itemId,
                        String description,
                        Beneficiary beneficiary,
                        ValuePerspective perspective,
                        boolean realisable,
                        ValueHorizon horizon,
                        Money expected,
                        String investingParty,
                        String benefitingParty) {

    public ValueItem {
        itemId = Texts.identifier(itemId, "value item id");
        description = Texts.required(description, "value item description", 1000);
        Texts.present(beneficiary, "beneficiary is required");
        Texts.present(perspective, "perspective is required");
        Texts.present(horizon, "horizon is required");
        investingParty = Texts.optional(investingParty, "investingParty", 200);
        benefitingParty = Texts.optional(benefitingParty, "benefitingParty", 200);
    }
}

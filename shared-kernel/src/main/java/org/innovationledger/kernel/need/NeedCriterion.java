package org.innovationledger.kernel.need;

import org.innovationledger.kernel.common.Texts;

/** One criterion a need was prioritised by, e.g. "Tydligt ägarskap i verksamheten" as a MUST. */
public record NeedCriterion(String text, CriterionWeight weight) {

    public NeedCriterion {
        text = Texts.required(text, "criterion text", 500);
        if (weight == null) {
            throw new IllegalArgumentException("criterion weight is required (MUST, SHOULD or BONUS)");
        }
    }
}

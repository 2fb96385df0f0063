package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.Texts;

import java.math.BigDecimal;

/**
 * An indicator the model follows, with where and how it is measured: "indikatorer vässas" in STEG 3 and the value
 * model "bygger på identifierade indikatorer".
 *
 * @param valueItemId        the value item it evidences, optional
 * @param baseline           the baseline if already known; usually measured later (BaselineMeasured)
 * @param measurementPoint   when or where it is measured, e.g. "vid varje uppföljning", "efter 6 månader"
 * @param verificationSource where the figure comes from, e.g. a quality register or the patient record system
 */
public record ValueIndicator(String indicatorId,
                             String name,
                             String unit,
                             BigDecimal baseline,
                             BigDecimal target,
                             String measurementPoint,
                             String verificationSource,
                             String valueItemId) {

    public ValueIndicator {
        indicatorId = Texts.identifier(indicatorId, "indicator id");
        name = Texts.required(name, "indicator name", 300);
        unit = Texts.required(unit, "indicator unit", 50);
        Texts.present(target, "indicator target is required");
        measurementPoint = Texts.required(measurementPoint, "measurementPoint", 300);
        verificationSource = Texts.required(verificationSource, "verificationSource", 300);
        valueItemId = valueItemId == null ? null : Texts.identifier(valueItemId, "valueItemId");
    }
}

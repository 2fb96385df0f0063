package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;

import java.util.List;

/**
 * One party's conscious decision to go ahead although the economic value is negative or the partners disagree
 * ("ett medvetet beslut och en prioritering utifrån andra värden"): it must name the non-economic values it
 * relies on.
 */
public record StrategicDecision(String decidingParty, List<String> nonEconomicValues) {

    public StrategicDecision {
        decidingParty = Texts.required(decidingParty, "strategic decision decidingParty", 200);
        if (nonEconomicValues == null || nonEconomicValues.isEmpty()) {
            throw new IllegalArgumentException("a strategic decision must name the non-economic values it relies on");
        }
        nonEconomicValues = nonEconomicValues.stream().map(v -> Texts.required(v, "non-economic value", 300)).toList();
    }
}

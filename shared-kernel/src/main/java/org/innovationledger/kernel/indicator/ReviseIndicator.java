package org.innovationledger.kernel.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/**
 * Revises an indicator: the definition becomes the next version. Reporting periods keep the version they were
 * opened with; its kind never changes (another kind is another indicator).
 *
 * @param expectedVersion the aggregate version the caller last saw (HTTP If-Match); null to skip the check
 */
public record ReviseIndicator(@TargetAggregateIdentifier IndicatorId indicatorId,
                              IndicatorDefinition definition,
                              String changeNote,
                              Long expectedVersion) {

    public ReviseIndicator {
        Texts.present(indicatorId, "indicatorId is required");
        Texts.present(definition, "definition is required");
        changeNote = Texts.required(changeNote, "changeNote", 2000);
    }
}

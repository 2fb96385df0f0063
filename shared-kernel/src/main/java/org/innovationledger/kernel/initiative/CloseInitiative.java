package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

/** Closes the initiative with its final evaluation (slututvärdering). */
public record CloseInitiative(@TargetAggregateIdentifier InitiativeId initiativeId,
                              String finalEvaluation,
                              LocalDate closedOn,
                              Long expectedVersion) {

    public CloseInitiative {
        Texts.present(initiativeId, "initiativeId is required");
        finalEvaluation = Texts.required(finalEvaluation, "finalEvaluation", 20_000);
        Texts.present(closedOn, "closedOn is required");
        Dates.plausible(closedOn, "closedOn");
    }
}

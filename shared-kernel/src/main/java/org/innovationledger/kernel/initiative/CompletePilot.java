package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

/** Completes a running pilot with its result. */
public record CompletePilot(@TargetAggregateIdentifier InitiativeId initiativeId,
                            String pilotId,
                            LocalDate completedOn,
                            String result) {

    public CompletePilot {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.identifier(pilotId, "pilotId");
        Texts.present(completedOn, "completedOn is required");
        Dates.plausible(completedOn, "completedOn");
        result = Texts.required(result, "result", 10_000);
    }
}

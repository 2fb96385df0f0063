package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

/** Records a publication of the initiative's results (report, article, conference). */
public record PublishResults(@TargetAggregateIdentifier InitiativeId initiativeId,
                             String title,
                             String channel,
                             String reference,
                             LocalDate publishedOn) {

    public PublishResults {
        Texts.present(initiativeId, "initiativeId is required");
        title = Texts.required(title, "title", 500);
        channel = Texts.required(channel, "channel", 200);
        reference = Texts.optional(reference, "reference", 1000);
        Texts.present(publishedOn, "publishedOn is required");
        Dates.plausible(publishedOn, "publishedOn");
    }
}

package org.innovationledger.kernel.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;


/**
 * Closes a need because an internal solution improved, solved or streamlined it (Uppsala's second end condition).
 *
 * @param resolution what was done
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record ResolveNeedInternally(@TargetAggregateIdentifier NeedId needId,
                                    String resolution,
                                    Long expectedVersion) {

    public ResolveNeedInternally {
        Texts.present(needId, "needId is required");
        resolution = Texts.required(resolution, "resolution", 2000);
    }
}

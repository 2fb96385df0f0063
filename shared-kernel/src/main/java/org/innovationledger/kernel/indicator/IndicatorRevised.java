package org.innovationledger.kernel.indicator;

import org.axonframework.serialization.Revision;

/** An indicator got a new version; earlier versions, and the periods opened with them, stay as they were. */
@Revision("1")
public record IndicatorRevised(IndicatorId indicatorId, int version, IndicatorDefinition definition,
                               String changeNote) {
}

package org.innovationledger.kernel.need;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The need was assessed against these criteria; they replace any earlier prioritisation. */
@Revision("1")
public record NeedPrioritised(NeedId needId, List<NeedCriterion> criteria) {
}

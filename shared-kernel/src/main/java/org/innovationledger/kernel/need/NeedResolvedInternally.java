package org.innovationledger.kernel.need;

import org.axonframework.serialization.Revision;

/** The need was closed by an internal solution. */
@Revision("1")
public record NeedResolvedInternally(NeedId needId, String resolution) {
}

package org.innovationledger.kernel.need;

import org.axonframework.serialization.Revision;

/** The need was closed by referring it to another process; {@code note} may be null. */
@Revision("1")
public record NeedReferred(NeedId needId, String referredTo, String note) {
}

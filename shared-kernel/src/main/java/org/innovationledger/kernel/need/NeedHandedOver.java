package org.innovationledger.kernel.need;

import org.axonframework.serialization.Revision;

/** The need was closed by handing it over to {@code receiver}; {@code note} describes the handover, may be null. */
@Revision("1")
public record NeedHandedOver(NeedId needId, String receiver, String note) {
}

package org.innovationledger.kernel.value;

import org.axonframework.serialization.Revision;

/** A value model got a new version; the earlier versions stay as they were. */
@Revision("1")
public record ValueModelRevised(ValueModelId valueModelId, int version, ValueModelDefinition definition,
                                String changeNote) {
}

package org.innovationledger.kernel.value;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

/** A value model was defined as version 1. */
@Revision("1")
public record ValueModelDefined(ValueModelId valueModelId, TenantId tenant, int version,
                                ValueModelDefinition definition) {
}

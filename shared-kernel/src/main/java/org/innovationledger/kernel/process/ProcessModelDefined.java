package org.innovationledger.kernel.process;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

/** A tenant defined a process model of its own; {@code version} is the model version, 1. */
@Revision("1")
public record ProcessModelDefined(ProcessModelId modelId,
                                  TenantId tenant,
                                  int version,
                                  ProcessModelDefinition definition) {
}

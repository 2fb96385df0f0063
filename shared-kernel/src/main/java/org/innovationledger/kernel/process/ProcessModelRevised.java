package org.innovationledger.kernel.process;

import org.axonframework.serialization.Revision;

/** A tenant's process model got its next version; the earlier versions stay valid for the initiatives under them. */
@Revision("1")
public record ProcessModelRevised(ProcessModelId modelId,
                                  int version,
                                  ProcessModelDefinition definition,
                                  String changeNote) {
}

package org.innovationledger.kernel.process;

import org.innovationledger.kernel.common.Texts;

/** One version of a process model. Versions never change once defined: an initiative keeps the one it started under. */
public record ProcessModelRef(ProcessModelId id, int version) {

    public ProcessModelRef {
        Texts.present(id, "process model id is required");
        if (version < 1) {
            throw new IllegalArgumentException("process model versions start at 1, got " + version);
        }
    }

    @Override
    public String toString() {
        return id + "@v" + version;
    }
}

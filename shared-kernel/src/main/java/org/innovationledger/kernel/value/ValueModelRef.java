package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.Texts;

/**
 * One version of a value model. An agreement references the version it was signed on; measurements, realised
 * value and distributions settle against that version, never a later one.
 */
public record ValueModelRef(ValueModelId id, int version) {

    public ValueModelRef {
        Texts.present(id, "value model id is required");
        if (version < 1) {
            throw new IllegalArgumentException("value model versions start at 1, got " + version);
        }
    }

    @Override
    public String toString() {
        return id + "@v" + version;
    }
}

package org.innovationledger.kernel.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of a value model (värdemodell), agreed with partners; its versions are numbered 1, 2, ... */
public record ValueModelId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ValueModelId {
        Texts.identifier(value, "value model id");
    }

    public static ValueModelId of(String value) {
        return new ValueModelId(value);
    }

    public static ValueModelId generate() {
        return new ValueModelId("vm-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

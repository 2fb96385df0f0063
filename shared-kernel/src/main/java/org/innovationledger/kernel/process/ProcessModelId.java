package org.innovationledger.kernel.process;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of a process model. Built-in models have fixed ids ({@code vll-partnership}, ...). */
public record ProcessModelId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProcessModelId {
        Texts.identifier(value, "process model id");
    }

    public static ProcessModelId of(String value) {
        return new ProcessModelId(value);
    }

    public static ProcessModelId generate() {
        return new ProcessModelId("pm-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

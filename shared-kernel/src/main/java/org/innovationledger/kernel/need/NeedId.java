package org.innovationledger.kernel.need;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of a need (behov). */
public record NeedId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public NeedId {
        Texts.identifier(value, "need id");
    }

    public static NeedId of(String value) {
        return new NeedId(value);
    }

    public static NeedId generate() {
        return new NeedId("need-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

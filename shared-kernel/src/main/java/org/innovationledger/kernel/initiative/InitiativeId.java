package org.innovationledger.kernel.initiative;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of an initiative (innovationssatsning, case). Its text form is the aggregate identifier. */
public record InitiativeId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public InitiativeId {
        Texts.identifier(value, "initiative id");
    }

    public static InitiativeId of(String value) {
        return new InitiativeId(value);
    }

    public static InitiativeId generate() {
        return new InitiativeId("ini-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

package org.innovationledger.kernel.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of one published edition of a year's innovation accounts. Its text form is the aggregate identifier. */
public record InnovationAccountsEditionId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public InnovationAccountsEditionId {
        Texts.identifier(value, "edition id");
    }

    public static InnovationAccountsEditionId of(String value) {
        return new InnovationAccountsEditionId(value);
    }

    public static InnovationAccountsEditionId generate() {
        return new InnovationAccountsEditionId("accounts-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

package org.innovationledger.kernel.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of an agreement (partneravtal, samverkansavtal, ...). */
public record AgreementId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AgreementId {
        Texts.identifier(value, "agreement id");
    }

    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    public static AgreementId generate() {
        return new AgreementId("agreement-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

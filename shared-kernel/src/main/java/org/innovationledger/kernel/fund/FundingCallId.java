package org.innovationledger.kernel.fund;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of a funding call (utlysning) of a fund. Its text form is the aggregate identifier. */
public record FundingCallId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public FundingCallId {
        Texts.identifier(value, "funding call id");
    }

    public static FundingCallId of(String value) {
        return new FundingCallId(value);
    }

    public static FundingCallId generate() {
        return new FundingCallId("call-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

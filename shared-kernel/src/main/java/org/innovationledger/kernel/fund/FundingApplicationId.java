package org.innovationledger.kernel.fund;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/**
 * Identity of an application (ansökan) to a funding call. Applications live inside their call's aggregate, so
 * the id is unique within the call.
 */
public record FundingApplicationId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public FundingApplicationId {
        Texts.identifier(value, "funding application id");
    }

    public static FundingApplicationId of(String value) {
        return new FundingApplicationId(value);
    }

    public static FundingApplicationId generate() {
        return new FundingApplicationId("app-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

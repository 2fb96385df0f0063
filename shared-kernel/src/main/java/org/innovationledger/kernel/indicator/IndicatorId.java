package org.innovationledger.kernel.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of an indicator (indikator) in a region's catalogue; its versions are numbered 1, 2, ... */
public record IndicatorId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public IndicatorId {
        Texts.identifier(value, "indicator id");
    }

    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    public static IndicatorId generate() {
        return new IndicatorId("indicator-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

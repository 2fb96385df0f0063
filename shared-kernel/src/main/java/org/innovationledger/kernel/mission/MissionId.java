package org.innovationledger.kernel.mission;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of a mission (innovationsmission). */
public record MissionId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MissionId {
        Texts.identifier(value, "mission id");
    }

    public static MissionId of(String value) {
        return new MissionId(value);
    }

    public static MissionId generate() {
        return new MissionId("mission-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

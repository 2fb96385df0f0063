package org.innovationledger.kernel.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;

import java.util.UUID;

/** Identity of one of the region's own organisation units. Its text form is the aggregate identifier. */
public record OrganisationUnitId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OrganisationUnitId {
        Texts.identifier(value, "organisation unit id");
    }

    public static OrganisationUnitId of(String value) {
        return new OrganisationUnitId(value);
    }

    public static OrganisationUnitId generate() {
        return new OrganisationUnitId("unit-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

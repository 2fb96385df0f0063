package org.innovationledger.kernel.partner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identity of an external partner organisation in one region's partner register. Its text form is the aggregate
 * identifier.
 */
public record PartnerId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PartnerId {
        Texts.identifier(value, "partner id");
    }

    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    /** A partner registered without an organisation number. */
    public static PartnerId generate() {
        return new PartnerId("partner-" + UUID.randomUUID());
    }

    /**
     * The id of the partner with that (normalised) organisation number in that region's register: always the same,
     * so whether the number is registered already is answered by reading one event stream, and two registrations
     * racing for it collide on the event store's unique key. Other regions get other ids for the same number.
     */
    public static PartnerId forOrganisationNumber(TenantId tenant, String country, String organisationNumber) {
        String key = "partner|" + tenant.value() + "|" + country + "|" + organisationNumber;
        return new PartnerId("partner-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

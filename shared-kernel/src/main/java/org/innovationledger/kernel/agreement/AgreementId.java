package org.innovationledger.kernel.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.initiative.InitiativeId;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Identity of an agreement (partneravtal, samverkansavtal, ...). */
public record AgreementId(String value) {

    private static final int MAX_LENGTH = 64;

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

    /**
     * The id of the {@code number}th agreement (from 1) of an initiative: {@code agreement-<initiative id>-<number>},
     * or, for an initiative id too long for that, {@code agreement-<name-based UUID of the initiative id>-<number>}.
     * An initiative's agreements are found by reading these streams in order until the first that does not exist.
     */
    public static AgreementId forInitiative(InitiativeId initiativeId, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("agreements of an initiative are numbered from 1, got " + number);
        }
        String readable = "agreement-" + initiativeId.value() + "-" + number;
        if (readable.length() <= MAX_LENGTH) {
            return new AgreementId(readable);
        }
        UUID key = UUID.nameUUIDFromBytes(("initiative|" + initiativeId.value()).getBytes(StandardCharsets.UTF_8));
        return new AgreementId("agreement-" + key + "-" + number);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

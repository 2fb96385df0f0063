package org.innovationledger.kernel.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The organisation (region) that owns an aggregate or read model, e.g. {@code region-stockholm}.
 * Every event carries it in its metadata; every query is filtered by it.
 */
public record TenantId(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TenantId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "tenant must be 2-64 lower-case letters, digits or '-', got: " + value);
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

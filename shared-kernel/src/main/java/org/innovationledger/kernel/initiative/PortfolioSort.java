package org.innovationledger.kernel.initiative;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What the portfolio's initiatives can be ordered by; {@code parameter} is the name the API uses. */
public enum PortfolioSort {
    TITLE("title"),
    REGISTERED_AT("registeredAt"),
    /** Initiatives without a decision come last, whatever the direction. */
    LAST_DECISION_ON("lastDecisionOn");

    private final String parameter;

    PortfolioSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static PortfolioSort ofParameter(String name) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sort must be one of "
                        + Arrays.stream(values()).map(PortfolioSort::parameter).collect(Collectors.joining(", "))
                        + ", got: " + name));
    }
}

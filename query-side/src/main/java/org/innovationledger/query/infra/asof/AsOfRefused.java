package org.innovationledger.query.infra.asof;

/** An as-of request the ledger cannot answer: 400 with a rule code of its own. */
public class AsOfRefused extends IllegalArgumentException {

    /** A malformed asOf or asOfPosition, or both at once. */
    public static final String INVALID = "AS_OF_INVALID";
    /** A position beyond the newest event, or a moment that has not come yet. */
    public static final String AHEAD_OF_LEDGER = "AS_OF_AHEAD_OF_LEDGER";
    /** The endpoint answers from something that cannot be reconstructed at an earlier position. */
    public static final String NOT_SUPPORTED = "AS_OF_NOT_SUPPORTED";

    private final String rule;

    public AsOfRefused(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}

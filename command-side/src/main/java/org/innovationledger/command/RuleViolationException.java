package org.innovationledger.command;

import org.innovationledger.kernel.common.RuleViolation;

/**
 * A command broke a domain rule. The rule code is stable and names the check that failed, so clients and
 * tests can tell rules apart; the API answers 409 (or the status the violation names).
 */
public class RuleViolationException extends RuntimeException {

    private final RuleViolation violation;

    public RuleViolationException(String rule, String detail) {
        this(new RuleViolation(rule, detail, 409));
    }

    public RuleViolationException(RuleViolation violation) {
        super(violation.detail());
        this.violation = violation;
    }

    /** The aggregate does not exist in the caller's tenant: answered as 404, never revealing other tenants. */
    public static RuleViolationException unknown(String what, Object id) {
        return new RuleViolationException(new RuleViolation(what.toUpperCase().replace(' ', '_') + "_UNKNOWN",
                "no " + what + " " + id + " in this tenant", 404));
    }

    /** The caller decided on an older version of the aggregate (HTTP If-Match): answered as 412. */
    public static RuleViolationException staleVersion(long expected, Long actual) {
        return new RuleViolationException(new RuleViolation("STALE_VERSION",
                "expected version " + expected + " but the aggregate is at version " + actual, 412));
    }

    public RuleViolation violation() {
        return violation;
    }

    public String rule() {
        return violation.rule();
    }
}

package org.innovationledger.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Hamcrest matchers on the rule code (and HTTP status) of a {@link RuleViolationException}. */
public final class RuleViolationMatchers {

    private RuleViolationMatchers() {
    }

    /** A RuleViolationException naming {@code rule}, with the default status 409. */
    public static Matcher<RuleViolationException> violatesRule(String rule) {
        return violatesRule(rule, 409);
    }

    /** A RuleViolationException naming {@code rule} whose violation answers {@code status}. */
    public static Matcher<RuleViolationException> violatesRule(String rule, int status) {
        return new TypeSafeDiagnosingMatcher<>(RuleViolationException.class) {
            @Override
            protected boolean matchesSafely(RuleViolationException e, Description mismatch) {
                mismatch.appendText("was rule ").appendValue(e.rule())
                        .appendText(" with status ").appendValue(e.violation().status())
                        .appendText(" (").appendValue(e.getMessage()).appendText(")");
                return rule.equals(e.rule()) && rule.equals(e.violation().rule())
                        && e.violation().status() == status;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolationException with rule ").appendValue(rule)
                        .appendText(" and status ").appendValue(status);
            }
        };
    }
}

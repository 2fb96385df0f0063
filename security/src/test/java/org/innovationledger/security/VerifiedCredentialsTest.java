package org.innovationledger.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCredentialsTest {

    /** Accepts only ann/right and counts how often the slow check ran. */
    private final AtomicInteger slowChecks = new AtomicInteger();
    private final AuthenticationProvider slow = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            slowChecks.incrementAndGet();
            if (a.getName().equals("ann") && "right".equals(a.getCredentials())) {
                return UsernamePasswordAuthenticationToken.authenticated("ann", "right", List.of());
            }
            throw new BadCredentialsException("no");
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final TestClock clock = new TestClock();

    @Test
    void aVerifiedPairIsCheckedSlowlyOnlyOnceWithinTheTtl() {
        VerifiedCredentials credentials = new VerifiedCredentials(slow, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 3; i++) {
            Authentication result = credentials.authenticate(attempt("ann", "right"));
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getCredentials()).as("never hands the password on").isNull();
        }
        assertThat(slowChecks).hasValue(1);
        clock.advance(Duration.ofMinutes(6));
        credentials.authenticate(attempt("ann", "right"));
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndNeverMatchesARememberedOne() {
        VerifiedCredentials credentials = new VerifiedCredentials(slow, Duration.ofMinutes(5), clock);
        credentials.authenticate(attempt("ann", "right"));
        assertThatThrownBy(() -> credentials.authenticate(attempt("ann", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> credentials.authenticate(attempt("ann", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(slowChecks).hasValue(3);
    }

    private static Authentication attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

}

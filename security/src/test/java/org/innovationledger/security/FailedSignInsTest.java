package org.innovationledger.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class FailedSignInsTest {

    private final TestClock clock = new TestClock();
    private final FailedSignIns failedSignIns = new FailedSignIns(3, Duration.ofMinutes(1), clock);

    private void fail(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("ann", "x");
        attempt.setDetails(new WebAuthenticationDetails(request));
        failedSignIns.onApplicationEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
                new BadCredentialsException("bad")));
    }

    private int signIn(String address, boolean withCredentials) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
        request.setRemoteAddr(address);
        if (withCredentials) {
            request.addHeader("Authorization", "Basic YW5uOng=");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        failedSignIns.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void anAddressWithTooManyFailuresWaitsUntilTheWindowPasses() throws Exception {
        fail("10.0.0.1");
        fail("10.0.0.1");
        assertThat(signIn("10.0.0.1", true)).isEqualTo(200);
        fail("10.0.0.1");
        assertThat(signIn("10.0.0.1", true)).isEqualTo(429);
        assertThat(signIn("10.0.0.1", false)).as("no credentials, no sign-in").isEqualTo(200);
        assertThat(signIn("10.0.0.2", true)).as("other addresses are not affected").isEqualTo(200);
        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn("10.0.0.1", true)).isEqualTo(200);
    }
}

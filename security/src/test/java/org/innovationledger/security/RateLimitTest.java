package org.innovationledger.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;


import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    private final TestClock clock = new TestClock();
    private final RateLimit limit = new RateLimit(new LedgerSecurityProperties.RateLimit(true, 2, 3), clock);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private int call(String user, String path) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(user == null ? null
                : UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr("10.0.0.7");
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        if (response.getStatus() == 429) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getHeader("Retry-After")).isEqualTo("1");
            assertThat(response.getContentAsString()).contains("\"rule\":\"RATE_LIMITED\"");
        }
        return response.getStatus();
    }

    @Test
    void aClientGetsItsBurstThenWaitsForTheSustainedRate() throws Exception {
        assertThat(call("ann", "/api/portfolio")).isEqualTo(200);
        assertThat(call("ann", "/api/portfolio")).isEqualTo(200);
        assertThat(call("ann", "/api/portfolio")).isEqualTo(200);
        assertThat(call("ann", "/api/portfolio")).isEqualTo(429);
        assertThat(call("bob", "/api/portfolio")).as("another client has its own bucket").isEqualTo(200);
        clock.advance(Duration.ofMillis(500)); // 2 per second: one token back
        assertThat(call("ann", "/api/portfolio")).isEqualTo(200);
        assertThat(call("ann", "/api/portfolio")).isEqualTo(429);
    }

    @Test
    void anonymousCallsShareTheirAddressesBucketAndHealthIsNeverLimited() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call(null, "/api/me")).isEqualTo(200);
        }
        assertThat(call(null, "/api/me")).isEqualTo(429);
        assertThat(call(null, "/actuator/health")).isEqualTo(200);
    }
}

package org.innovationledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after too many failed sign-ins from one address within the window, further
 * sign-in attempts from it (requests with credentials, or the login form) get 429 until the window passes.
 * Calls without credentials (health, API docs) are not affected. Counted per instance and per address, so a
 * hospital behind one address shares its allowance: the limit is set well above what people mistype.
 */
final class FailedSignIns extends OncePerRequestFilter
        implements ApplicationListener<AbstractAuthenticationFailureEvent> {

    private static final int MAX_ADDRESSES = 50_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    private record Window(long startedAt, int count) {
    }

    FailedSignIns(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            if (failures.size() > MAX_ADDRESSES) {
                failures.clear();
            }
            long now = clock.millis();
            failures.merge(details.getRemoteAddress(), new Window(now, 1), (old, one) ->
                    now - old.startedAt() > window.toMillis() ? one : new Window(old.startedAt(), old.count() + 1));
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean signingIn = request.getHeader("Authorization") != null
                || ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI()));
        return !signingIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Window current = failures.get(request.getRemoteAddr());
        long now = clock.millis();
        if (current != null && current.count() >= maxFailures && now - current.startedAt() <= window.toMillis()) {
            long waitSeconds = Math.max(1, (current.startedAt() + window.toMillis() - now + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(waitSeconds));
            Problems.write(request, response, 429, "Too Many Requests", "TOO_MANY_FAILED_SIGN_INS",
                    "too many failed sign-ins from your address; try again in " + waitSeconds + " s");
            return;
        }
        chain.doFilter(request, response);
    }
}

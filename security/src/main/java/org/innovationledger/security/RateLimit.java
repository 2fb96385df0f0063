package org.innovationledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: the authenticated principal, or the remote address for anonymous calls. Past the
 * burst, a client gets 429 with Retry-After until its bucket refills at the sustained rate. Health probes are
 * never limited. In memory per instance: with N instances behind a balancer a client gets N times the rate.
 */
final class RateLimit extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 50_000;

    private final double perSecond;
    private final int burst;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimit(LedgerSecurityProperties.RateLimit settings, Clock clock) {
        this.perSecond = settings.requestsPerSecond();
        this.burst = settings.burst();
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(client(request), key -> new Bucket(burst, clock.millis()));
        long waitMillis = bucket.take(perSecond, burst, clock.millis());
        if (waitMillis > 0) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, (waitMillis + 999) / 1000)));
            Problems.write(request, response, 429, "Too Many Requests", "RATE_LIMITED",
                    "more than " + burst + " requests at once or " + perSecond + " per second; slow down");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String client(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? "address:" + request.getRemoteAddr()
                : "principal:" + authentication.getName();
    }

    private static final class Bucket {

        private double tokens;
        private long lastRefill;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.lastRefill = now;
        }

        /** Takes one token; answers 0 when granted, else how long until one is there. */
        synchronized long take(double perSecond, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - lastRefill) * perSecond / 1000.0);
            lastRefill = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 1000.0 / perSecond);
        }
    }
}

package org.innovationledger.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Set;

/**
 * The API is for clients that sign in on every request (HTTP Basic, a bearer token), and for the web interface,
 * whose pages call the same API with the session the login form opened. Such a session is a cookie a browser sends
 * to any request, also one a foreign page makes it send, so a state-changing call that rides on the session (and not
 * on an Authorization header) must carry the page's CSRF token ({@value #CSRF_HEADER}). The API itself never opens a
 * session; it only uses one the login form opened.
 */
final class ApiSessions {

    static final String CSRF_HEADER = "X-CSRF-TOKEN";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private ApiSessions() {
    }

    /** Unsafe methods authenticated by the session cookie alone. */
    static final RequestMatcher NEEDS_CSRF_TOKEN = ApiSessions::ridesOnTheSession;

    private static boolean ridesOnTheSession(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) != null;
    }
}

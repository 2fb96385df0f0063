package org.innovationledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 as problem details, saying how to authenticate; never which resources exist. */
final class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;

    ProblemEntryPoint(boolean bearer) {
        this.challenge = bearer ? "Basic realm=\"Innovation Ledger\", Bearer" : "Basic realm=\"Innovation Ledger\"";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // RFC 6750: a bearer token that was sent but refused is named as such
        response.setHeader("WWW-Authenticate", e instanceof OAuth2AuthenticationException
                ? "Bearer error=\"invalid_token\"" : challenge);
        Problems.write(request, response, 401, "Unauthorized", "AUTHENTICATION_REQUIRED",
                "sign in with HTTP Basic (a local user) or a bearer token from the identity provider");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            Problems.write(request, response, 403, "Forbidden", "CSRF_TOKEN_INVALID",
                    "a request signed in through the web interface's session must carry the page's CSRF token in the "
                            + ApiSessions.CSRF_HEADER + " header; other clients sign in with HTTP Basic or a bearer token");
            return;
        }
        Problems.write(request, response, 403, "Forbidden", "ROLE_NOT_ALLOWED",
                "your role may not " + request.getMethod() + " " + request.getRequestURI());
    }
}

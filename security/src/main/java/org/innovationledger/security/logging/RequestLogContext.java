package org.innovationledger.security.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innovationledger.kernel.common.Caller;
import org.innovationledger.security.AuthenticatedCaller;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * For the duration of a request, every log line names its correlation id and the authenticated caller's
 * principal, role and tenant (registered after Spring Security, so the caller is known). The response names
 * the correlation id too, for a client to quote when it reports a problem.
 */
class RequestLogContext extends OncePerRequestFilter {

    private final AuthenticatedCaller callers;

    RequestLogContext(AuthenticatedCaller callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = RequestCorrelation.of(request);
        response.setHeader(RequestCorrelation.HEADER, correlationId);
        Optional<Caller> caller = callers.current();
        Map<String, String> fields = new HashMap<>();
        fields.put(LogFields.CORRELATION_ID, correlationId);
        fields.put(LogFields.PRINCIPAL, caller.map(Caller::principal).orElse(null));
        fields.put(LogFields.ROLE, caller.map(Caller::role).orElse(null));
        fields.put(LogFields.TENANT, caller.map(c -> c.tenant().value()).orElse(null));
        try (LogContext ignored = LogContext.of(fields)) {
            chain.doFilter(request, response);
        }
    }

    /** The error page's lines (a failure the container forwards to /error) belong to the request too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}

package org.innovationledger.command.infra;

import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.kernel.common.Caller;
import org.innovationledger.kernel.common.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, for the HTTP request being served on this thread.
 * <p>
 * Until authentication lands (issue 4) the caller is read from the {@code X-Ledger-Principal},
 * {@code X-Ledger-Role} and {@code X-Ledger-Tenant} headers, falling back to the configured demo caller.
 * This is identification, not security.
 */
@Component
public class RequestCaller {

    public static final String PRINCIPAL_HEADER = "X-Ledger-Principal";
    public static final String ROLE_HEADER = "X-Ledger-Role";
    public static final String TENANT_HEADER = "X-Ledger-Tenant";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final String defaultPrincipal;
    private final String defaultRole;
    private final String defaultTenant;

    public RequestCaller(@Value("${ledger.demo-caller.principal:demo}") String defaultPrincipal,
                         @Value("${ledger.demo-caller.role:PORTFOLIO_MANAGER}") String defaultRole,
                         @Value("${ledger.demo-caller.tenant:region-stockholm}") String defaultTenant) {
        this.defaultPrincipal = defaultPrincipal;
        this.defaultRole = defaultRole;
        this.defaultTenant = defaultTenant;
    }

    /** The caller of the current HTTP request, or empty outside of one. */
    public Optional<Caller> current() {
        return request().map(r -> new Caller(
                header(r, PRINCIPAL_HEADER, defaultPrincipal),
                header(r, ROLE_HEADER, defaultRole),
                TenantId.of(header(r, TENANT_HEADER, defaultTenant))));
    }

    /** The client's correlation id, or a new one, remembered for the rest of the request. */
    public Optional<String> correlationId() {
        return request().map(r -> {
            Object known = r.getAttribute(CORRELATION_HEADER);
            if (known == null) {
                String given = r.getHeader(CORRELATION_HEADER);
                known = given != null && given.matches("[A-Za-z0-9._:-]{1,128}") ? given : UUID.randomUUID().toString();
                r.setAttribute(CORRELATION_HEADER, known);
            }
            return known.toString();
        });
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    private static String header(HttpServletRequest request, String name, String fallback) {
        String value = request.getHeader(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}

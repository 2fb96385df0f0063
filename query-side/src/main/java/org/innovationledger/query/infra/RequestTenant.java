package org.innovationledger.query.infra;

import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.security.AuthenticatedCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The tenant a query is answered for: always the authenticated caller's own (with what other tenants shared
 * with it), never one the client names.
 */
@Component
public class RequestTenant {

    private final AuthenticatedCaller callers;

    RequestTenant(AuthenticatedCaller callers) {
        this.callers = callers;
    }

    public TenantId of(HttpServletRequest request) {
        return callers.current().orElseThrow(() -> new AccessDeniedException("no ledger role")).tenant();
    }
}

package org.innovationledger.query.infra;

import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.kernel.common.LedgerRole;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.security.AuthenticatedCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The tenant a query is answered for: always the authenticated caller's own (with what other tenants shared
 * with it), never one the client names; only an admin may ask for every region's ({@code scope=global}).
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

    /**
     * The caller's region for {@code scope} absent or {@code tenant}; null (every region) for {@code global}, which
     * only an admin may ask for ({@link GlobalScopeRefused}, a 403, otherwise). {@code what} names what is read.
     */
    public TenantId scoped(String scope, HttpServletRequest request, String what) {
        TenantId own = of(request);
        String value = scope == null || scope.isBlank() ? "tenant" : scope.strip();
        return switch (value) {
            case "tenant" -> own;
            case "global" -> {
                if (callers.role().orElse(null) != LedgerRole.ADMIN) {
                    throw new GlobalScopeRefused(what);
                }
                yield null;
            }
            default -> throw new IllegalArgumentException("scope must be tenant or global, got: " + scope);
        };
    }

    /** Asking for every region's data without being an admin. */
    public static final class GlobalScopeRefused extends RuntimeException {
        GlobalScopeRefused(String what) {
            super("only an admin may read every region's " + what + " (scope=global); leave scope out or say"
                    + " scope=tenant for your own region's");
        }
    }
}

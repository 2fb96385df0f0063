package org.innovationledger.query.infra;

import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.kernel.common.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tenant the current query is asked for. Until authentication lands (issue 4) it is read from the
 * {@code X-Ledger-Tenant} header, falling back to the configured demo tenant. This is not security.
 */
@Component
public class RequestTenant {

    public static final String TENANT_HEADER = "X-Ledger-Tenant";

    private final String defaultTenant;

    RequestTenant(@Value("${ledger.demo-caller.tenant:region-stockholm}") String defaultTenant) {
        this.defaultTenant = defaultTenant;
    }

    public TenantId of(HttpServletRequest request) {
        String given = request.getHeader(TENANT_HEADER);
        return TenantId.of(given == null || given.isBlank() ? defaultTenant : given.strip());
    }
}

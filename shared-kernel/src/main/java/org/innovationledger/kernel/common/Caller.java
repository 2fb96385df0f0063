package org.innovationledger.kernel.common;


/** Who sends a command or query: principal id, the role acted in, and the tenant acted for. */
public record Caller(String principal, String role, TenantId tenant) {

    public Caller {
        Texts.present(tenant, "tenant");
        if (principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("principal is required");
        }
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("role is required");
        }
    }
}

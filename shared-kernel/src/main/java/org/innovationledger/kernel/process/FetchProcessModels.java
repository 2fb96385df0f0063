package org.innovationledger.kernel.process;

import org.innovationledger.kernel.common.TenantId;

/**
 * Answers the models the tenant may use as {@link ProcessModelView}s, each at its newest version: the built-in
 * models first, then the tenant's own.
 */
public record FetchProcessModels(TenantId tenant) {
}

package org.innovationledger.command.value;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.value.ValueModelRef;

/**
 * The value models a tenant has defined, read from their event streams (never the read side), for the rules of
 * other aggregates: an agreement may only reference a version that exists in its tenant.
 */
public interface ValueModelCatalogue {

    /** Whether exactly that version of the model exists in the tenant. */
    boolean exists(TenantId tenant, ValueModelRef ref);
}

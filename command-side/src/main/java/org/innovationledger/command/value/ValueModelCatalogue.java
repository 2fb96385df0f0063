package org.innovationledger.command.value;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelRef;

import java.util.Optional;

/**
 * The value models a tenant has defined, read from their event streams (never the read side), for the rules of
 * other aggregates: an agreement may only reference a version that exists in its tenant, and value is distributed
 * by the rule of exactly that version.
 */
public interface ValueModelCatalogue {

    /** The definition of exactly that version, if it exists in the tenant. */
    Optional<ValueModelDefinition> find(TenantId tenant, ValueModelRef ref);

    /** Whether exactly that version of the model exists in the tenant. */
    default boolean exists(TenantId tenant, ValueModelRef ref) {
        return find(tenant, ref).isPresent();
    }
}

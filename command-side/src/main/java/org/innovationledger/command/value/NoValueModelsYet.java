package org.innovationledger.command.value;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.springframework.stereotype.Component;

/** Until the ValueModel aggregate lands (issue 5, in progress): no value model exists anywhere. */
@Component
class NoValueModelsYet implements ValueModelCatalogue {

    @Override
    public boolean exists(TenantId tenant, ValueModelRef ref) {
        return false;
    }
}

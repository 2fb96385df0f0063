package org.innovationledger.command.initiative;

import org.innovationledger.command.process.ProcessModelCatalogue;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A fake catalogue for aggregate tests: serves exactly the model versions added to it, to every tenant or to
 * one tenant only (a tenant's own model).
 */
final class TestProcessModelCatalogue implements ProcessModelCatalogue {

    private record Offer(ProcessModelDefinition definition, TenantId onlyFor) {

        boolean availableTo(TenantId tenant) {
            return onlyFor == null || onlyFor.equals(tenant);
        }
    }

    private final Map<ProcessModelRef, Offer> offers = new LinkedHashMap<>();

    /** Serves a model version to every tenant, like a built-in model. */
    TestProcessModelCatalogue serve(ProcessModelRef ref, ProcessModelDefinition definition) {
        offers.put(ref, new Offer(definition, null));
        return this;
    }

    /** Serves a model version to one tenant only, like a tenant's own model. */
    TestProcessModelCatalogue serveTo(TenantId tenant, ProcessModelRef ref, ProcessModelDefinition definition) {
        offers.put(ref, new Offer(definition, tenant));
        return this;
    }

    @Override
    public Optional<ProcessModelDefinition> find(TenantId tenant, ProcessModelRef ref) {
        return Optional.ofNullable(offers.get(ref)).filter(o -> o.availableTo(tenant)).map(Offer::definition);
    }

    @Override
    public Optional<ProcessModelRef> latest(TenantId tenant, ProcessModelId id) {
        return offers.entrySet().stream()
                .filter(e -> e.getKey().id().equals(id) && e.getValue().availableTo(tenant))
                .map(Map.Entry::getKey)
                .max(Comparator.comparingInt(ProcessModelRef::version));
    }
}

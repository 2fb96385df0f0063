package org.innovationledger.command.initiative;

import org.innovationledger.command.need.NeedDirectory;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.need.NeedId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A fake need directory for aggregate tests: knows exactly the needs added to it. */
final class InMemoryNeedDirectory implements NeedDirectory {

    private final Map<NeedId, KnownNeed> needs = new HashMap<>();

    InMemoryNeedDirectory open(NeedId needId, TenantId tenant) {
        needs.put(needId, new KnownNeed(needId, tenant, true));
        return this;
    }

    InMemoryNeedDirectory closed(NeedId needId, TenantId tenant) {
        needs.put(needId, new KnownNeed(needId, tenant, false));
        return this;
    }

    @Override
    public Optional<KnownNeed> find(NeedId needId) {
        return Optional.ofNullable(needs.get(needId));
    }
}
